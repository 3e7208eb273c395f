package io.github.bitforbit.cli.explore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests are parsed strictly and bounded; every refusal says what is wrong. */
class ExplorerRequestTest {

    private static BadRequest refused(Consumer<ObjectNode> change) {
        ObjectNode o = Requests.dprk();
        change.accept(o);
        return assertThrows(BadRequest.class, () -> Requests.parse(o));
    }

    private static void refusedSaying(String part, Consumer<ObjectNode> change) {
        BadRequest e = refused(change);
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertTrue(e.status() >= 400 && e.status() < 500);
    }

    @Test
    void defaults() {
        ExplorerRequest r = ExplorerRequest.parse("{}".getBytes(StandardCharsets.UTF_8));
        assertEquals("dprk-2018", r.builtIn());
        assertEquals(ExplorerRequest.DEFAULT_RUNS, r.runs());
        assertTrue(Double.isNaN(r.precision()));
        assertNull(r.sweep());
        assertTrue(r.designs().isEmpty());
    }

    @Test
    void runCountsArePositiveAndBounded() {
        refusedSaying("runs must be from 1 to 50000", o -> o.put("runs", 50_001));
        refusedSaying("runs must be from 1", o -> o.put("runs", 0));
        refusedSaying("runs must be a whole number", o -> o.put("runs", "many"));
        refusedSaying("runs must be a whole number", o -> o.put("runs", 2.5));
        refusedSaying("precision", o -> o.put("precision", 0.7));
        refusedSaying("trace.run", o -> o.putObject("trace").put("run", 2000));
        refusedSaying("designs names 7 designs", o -> {
            var a = o.putArray("designs");
            for (int i = 0; i < 7; i++) {
                a.add("d" + i);
            }
        });
    }

    @Test
    void malformedParametersAreRefused() {
        refusedSaying("'abc' is not a number", o -> o.putObject("set").put("parties.DPRK.trust.initial", "abc"));
        refusedSaying("not a finite number", o -> o.putObject("set").put("parties.DPRK.trust.initial", "NaN"));
        refusedSaying("is not a parameter path", o -> o.putObject("set").put("../../etc/passwd x", 1));
        refusedSaying("expected a number", o -> o.putObject("set").putObject("horizon"));
        refusedSaying("unknown field 'sett'", o -> o.putObject("sett"));
        refusedSaying("twice", o -> o.putArray("designs").add("grit").add("grit"));
        refusedSaying("not a built-in scenario's name", o -> o.put("scenario", "../../etc/passwd"));
        refusedSaying("not a built-in scenario's name", o -> o.put("scenario", "/etc/hosts"));
    }

    @Test
    void sweepsAreBounded() {
        refusedSaying("over the limit of 300000", o -> {
            ObjectNode s = o.putObject("sweep").put("runsPerPoint", 2000);
            s.putObject("x").put("path", "horizon").put("low", 10).put("high", 60).put("levels", 12);
            s.putObject("y").put("path", "falseAlarm").put("low", 0).put("high", 0.5).put("levels", 12);
        });
        refusedSaying("sweep.x.levels must be from 2 to 12", o -> {
            ObjectNode s = o.putObject("sweep");
            s.putObject("x").put("path", "horizon").put("low", 10).put("high", 60).put("levels", 40);
            s.putObject("y").put("path", "falseAlarm").put("low", 0).put("high", 0.5).put("levels", 2);
        });
        refusedSaying("low must be below high", o -> {
            ObjectNode s = o.putObject("sweep");
            s.putObject("x").put("path", "horizon").put("low", 60).put("high", 10).put("levels", 4);
            s.putObject("y").put("path", "falseAlarm").put("low", 0).put("high", 0.5).put("levels", 2);
        });
    }

    @Test
    void bodiesMustBeOneBoundedJsonObject() {
        assertTrue(assertThrows(BadRequest.class, () -> ExplorerRequest.parse("[1]".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("JSON object"));
        assertTrue(assertThrows(BadRequest.class, () -> ExplorerRequest.parse("{\"runs\":".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("not valid JSON"));
        assertTrue(assertThrows(BadRequest.class,
                () -> ExplorerRequest.parse("{\"runs\":1,\"runs\":2}".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("not valid JSON"));
        assertEquals(413, assertThrows(BadRequest.class,
                () -> ExplorerRequest.parse(new byte[ExplorerRequest.MAX_BODY_BYTES + 1])).status());
        BadRequest big = refused(o -> o.putObject("upload").put("name", "big.yaml")
                .put("text", "#".repeat(ExplorerRequest.MAX_UPLOAD_BYTES + 1)));
        assertEquals(413, big.status());
        assertTrue(big.getMessage().contains("over the 1048576-byte limit"), big.getMessage());
    }

    @Test
    void uploadNamesLoseTheirDirectories() {
        assertEquals("passwd.yaml", ExplorerRequest.safeName("../../etc/passwd"));
        assertEquals("deal.json", ExplorerRequest.safeName("C:\\Users\\me\\deal.json"));
        assertEquals("upload.yaml", ExplorerRequest.safeName(""));
        assertEquals("upload.yaml", ExplorerRequest.safeName(".yaml"));
        assertEquals("my_deal_.yml", ExplorerRequest.safeName("my deal!.yml"));
    }
}
