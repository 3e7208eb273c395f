package io.github.bitforbit.cli.explore;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploaded text never makes the server read a file, however the {@code extends} is spelled. */
class UploadedScenarioTest {

    @TempDir
    Path dir;

    /** A valid scenario file on disk: what an upload must not be able to reach. */
    private String secret;

    @BeforeEach
    void writeSecret() throws Exception {
        Path file = dir.resolve("secret.yaml");
        Files.writeString(file, Scenarios.toYaml(Scenarios.builtIn("demo")));
        secret = file.toAbsolutePath().toString();
    }

    private static BadRequest refused(String name, String text) {
        return assertThrows(BadRequest.class, () -> UploadedScenario.parse(new ExplorerRequest.Upload(name, text)));
    }

    @Test
    void theLoaderWouldReadTheFileSoTheGuardIsWhatStopsIt() {
        String text = "extends: " + secret + "\nname: stolen\n";
        Scenario read = Scenarios.parse(text, dir.resolve("x.yaml").toString());
        assertEquals("stolen", read.name());
        BadRequest e = refused("x.yaml", text);
        assertEquals(1, e.problems().size());
        assertEquals(1, e.problems().get(0).line());
        assertEquals("extends", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("only extend a built-in"), e.getMessage());
    }

    @Test
    void everySpellingOfAFileExtendsIsRefused() {
        refused("x.yaml", "name: x\nextends: ../secret.yaml\n");
        refused("x.yaml", "name: x\nextends: 'demo/../" + secret + "'\n");
        refused("x.yaml", "base: &b " + secret + "\nextends: *b\nname: x\n");
        refused("x.yaml", "defaults: &d\n  extends: " + secret + "\n<<: *d\nname: x\n");
        refused("x.yaml", "\"ext\\x65nds\": " + secret + "\nname: x\n");
        refused("x.json", "{\"ext\\u0065nds\": \"" + secret + "\", \"name\": \"x\"}");
        refused("x.yaml", "extends: [" + secret + "]\nname: x\n");
        refused("x.yaml", "extends: {file: " + secret + "}\nname: x\n");
        refused("x.yaml", "name: x\nextends: " + secret + "\nextends: demo\n");
    }

    @Test
    void aBuiltInMayBeExtended() {
        Scenario s = UploadedScenario.parse(new ExplorerRequest.Upload("mine.yaml",
                "extends: demo\nname: mine\nhorizon: 30\n"));
        assertEquals("mine", s.name());
        assertEquals(30, s.horizon());
    }

    @Test
    void malformedTextIsRefusedWithLineAndColumn() {
        BadRequest e = refused("bad.yaml", "name: bad\nhorizon: [1,\n  parties: x\n");
        assertFalse(e.problems().isEmpty());
        assertTrue(e.problems().get(0).toString().matches("bad\\.yaml:\\d+:\\d+: .*"), e.problems().toString());
        BadRequest invalid = refused("bad.yaml", Scenarios.toYaml(Scenarios.builtIn("demo"))
                .replaceFirst("horizon: \\d+", "horizon: -3"));
        assertTrue(invalid.problems().get(0).toString().startsWith("bad.yaml:"), invalid.problems().toString());
        assertTrue(invalid.getMessage().contains("not a valid scenario"), invalid.getMessage());
    }
}
