package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end: {@code --posterior} on {@code run}, {@code compare} and {@code sweep}, on the packaged jar. */
class PosteriorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPREAD = "# prior: parties.DPRK.trust.initial=uniform(0.1, 0.9)\n"
            + "parties.DPRK.trust.initial,falseAlarm,weight,distance\n"
            + "0.2,0.02,1.0,0.1\n0.5,0.1,2.5,0.05\n0.8,0.2,0.7,0.2\n0.35,0.0,1.2,0.07\n";

    @TempDir
    Path dir;

    @Test
    void aPosteriorChangesTheFiguresAndGivesTheSameOnOneOrTwoThreads() throws Exception {
        Files.writeString(dir.resolve("post.csv"), SPREAD);
        String[] compare = {"compare", "dprk-2018", "--runs", "2000", "--seed", "4", "--format", "json"};
        ObjectNode one = json(with(compare, "--posterior", "post.csv", "--threads", "1"));
        ObjectNode two = json(with(compare, "--posterior", "post.csv", "--threads", "2"));
        ObjectNode none = json(with(compare, "--threads", "2"));
        assertEquals("post.csv", one.at("/provenance/posterior").asText());
        assertEquals(4, one.at("/provenance/posteriorParticles").asInt());
        for (ObjectNode o : List.of(one, two, none)) {
            ((ObjectNode) o.get("provenance")).remove(Provenance.VOLATILE);
        }
        assertEquals(one, two, "identical apart from time and threads");
        assertNotEquals(none.get("designs"), one.get("designs"), "the posterior changes the runs");

        String[] sweep = {"sweep", "dprk-2018", "--vary", "horizon=24..36:3", "--runs", "400", "--posterior", "post.csv",
                "-q", "--threads"};
        assertEquals(0, Jar.run(dir, with(sweep, "1", "--output", "a.csv")).code());
        assertEquals(0, Jar.run(dir, with(sweep, "2", "--output", "b.csv")).code());
        assertEquals(rows(dir.resolve("a.csv")), rows(dir.resolve("b.csv")));
        assertTrue(Files.readString(dir.resolve("a.csv")).contains("# posteriorSha256: "));
        assertEquals(0, Jar.run(dir, "sweep", "dprk-2018", "--vary", "horizon=24..36:3", "--runs", "400", "-q",
                "--output", "c.csv").code());
        assertNotEquals(rows(dir.resolve("a.csv")), rows(dir.resolve("c.csv")));
    }

    @Test
    void aPosteriorOnOnePointEqualsThatPointSet() throws Exception {
        Files.writeString(dir.resolve("one.csv"), "parties.DPRK.trust.initial,falseAlarm,weight\n0.37,0.08,1\n"
                + "0.37,0.08,2.5\n");
        ObjectNode drawn = json("run", "dprk-2018", "--runs", "3000", "--seed", "8", "--format", "json",
                "--posterior", "one.csv");
        ObjectNode set = json("run", "dprk-2018", "--runs", "3000", "--seed", "8", "--format", "json",
                "--set", "parties.DPRK.trust.initial=0.37", "--set", "falseAlarm=0.08");
        drawn.remove("provenance");
        set.remove("provenance");
        assertEquals(set, drawn);
        ObjectNode c1 = json("compare", "demo", "--runs", "1500", "--format", "json", "--posterior", "one.csv");
        ObjectNode c2 = json("compare", "demo", "--runs", "1500", "--format", "json",
                "--set", "parties.DPRK.trust.initial=0.37", "--set", "falseAlarm=0.08");
        assertEquals(c2.get("designs"), c1.get("designs"));
        assertEquals(c2.get("verdict"), c1.get("verdict"));
    }

    @Test
    void malformedPosteriorsAreOneLineExitTwoAndNoFile() throws Exception {
        String header = "parties.DPRK.trust.initial,falseAlarm,weight\n";
        List<String[]> cases = List.of(
                new String[] {null, "--posterior missing.csv: no such file"},
                new String[] {header + "0.3,0.1,1\n0.4,0.1\n", "bad.csv:3: 2 cells where the header has 3"},
                new String[] {header + "0.3,0.1,1\n0.4,x,1\n", "bad.csv:3: 'x' in column falseAlarm is not a finite"},
                new String[] {header + "0.3,0.1,0\n", "bad.csv:2: weight 0 is not positive"},
                new String[] {header + "0.3,0.1,-2\n", "bad.csv:2: weight -2 is not positive"},
                new String[] {"# a comment\nparties.DPRK.trust.intial,weight\n0.3,1\n", "bad.csv:2: unknown parameter path"},
                new String[] {header + "0.3,0.1,1\n\n1.4,0.1,1\n", "bad.csv:4: parties.DPRK.trust.initial: 1.4"},
                new String[] {"parties.DPRK.trust.initial,w\n0.3,1\n", "bad.csv:1: no 'weight' column"},
                new String[] {header, "bad.csv:1: a header and no particles"},
                new String[] {"# prior: falseAlarm=normal(0,1)\n" + header + "0.3,0.1,1\n", "bad.csv:1: prior"});
        for (String[] c : cases) {
            String name = c[0] == null ? "missing.csv" : "bad.csv";
            if (c[0] != null) {
                Files.writeString(dir.resolve(name), c[0]);
            }
            for (String command : List.of("run", "compare")) {
                Jar.Result r = Jar.run(dir, command, "dprk-2018", "--runs", "50", "--posterior", name, "-o", "out.json");
                assertEquals(2, r.code(), c[1] + ": " + r.err());
                assertTrue(r.err().startsWith("bitforbit: error: --posterior ") && r.err().contains(c[1])
                        && r.err().strip().lines().count() == 1, c[1] + ": " + r.err());
                assertFalse(Files.exists(dir.resolve("out.json")));
            }
            Jar.Result s = Jar.run(dir, "sweep", "dprk-2018", "--vary", "horizon=24..36:2", "--runs", "50",
                    "--posterior", name, "-o", "s.csv");
            assertEquals(2, s.code(), s.err());
            assertTrue(s.err().contains(c[1]), s.err());
            assertFalse(Files.exists(dir.resolve("s.csv")), "no sweep file for " + c[1]);
        }
        Files.writeString(dir.resolve("post.csv"), SPREAD);
        Jar.Result set = Jar.run(dir, "run", "dprk-2018", "--posterior", "post.csv", "--set", "falseAlarm=0.1");
        assertEquals(2, set.code());
        assertTrue(set.err().contains("--set falseAlarm and --posterior post.csv exclude each other"), set.err());
        Jar.Result vary = Jar.run(dir, "sweep", "dprk-2018", "--posterior", "post.csv", "--vary", "falseAlarm=0..0.1:2",
                "-o", "s.csv");
        assertEquals(2, vary.code());
        assertTrue(vary.err().contains("--vary falseAlarm and --posterior"), vary.err());
        assertFalse(Files.exists(dir.resolve("s.csv")));
    }

    private ObjectNode json(String... args) throws Exception {
        Jar.Result r = Jar.run(dir, with(args, "-q"));
        assertEquals(0, r.code(), r.err());
        return (ObjectNode) JSON.readTree(r.out());
    }

    private static List<String> rows(Path csv) throws Exception {
        return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).toList();
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
