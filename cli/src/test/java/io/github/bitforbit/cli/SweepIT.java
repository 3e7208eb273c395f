package io.github.bitforbit.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end: sweeps appended point by point, killed part-way, resumed to the uninterrupted result. */
class SweepIT {

    /** 12 points of 3,000 runs on one thread: long enough to kill part-way. */
    private static final String[] SWEEP = {"sweep", "dprk-2018", "--vary", "parties.DPRK.trust.initial=0.1..0.9:6",
            "--vary", "ruleSet=all-or-nothing,bit-for-bit", "--runs", "3000", "--seed", "7", "--output", "sweep.csv"};

    @TempDir
    Path dir;

    @Test
    void aKilledSweepKeepsItsRowsAndResumesToTheUninterruptedFile() throws Exception {
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Jar.Result full = Jar.run(reference, with(SWEEP, "--threads", "2", "--quiet"));
        assertEquals(0, full.code(), full.err());
        List<String> expected = rows(reference.resolve("sweep.csv"));
        assertEquals(12, expected.size());

        Path killed = Files.createDirectory(dir.resolve("killed"));
        Process p = Jar.start(killed, with(SWEEP, "--threads", "1"));
        Path csv = killed.resolve("sweep.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && (!Files.exists(csv) || rows(csv).size() < 2) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the sweep was still running when killed");
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());
        List<String> partial = rows(csv);
        assertTrue(partial.size() >= 2 && partial.size() < 12, "part-way: " + partial.size() + " rows");
        for (String row : partial) {
            assertTrue(expected.contains(row), "a kept row is a finished row: " + row);
        }
        String err = Files.readString(killed.resolve(".stderr"));
        assertTrue(err.contains("add --resume"), err);

        Jar.Result resumed = Jar.run(killed, with(SWEEP, "--threads", "2", "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("resuming sweep.csv: " + partial.size() + " of 12 points on file"),
                resumed.err());
        assertEquals(sorted(expected), sorted(rows(csv)), "row for row, byte for byte");
        assertEquals(header(reference.resolve("sweep.csv")), header(csv));

        Jar.Result again = Jar.run(killed, with(SWEEP, "--resume", "--quiet"));
        assertEquals(0, again.code(), again.err());
        assertEquals(sorted(expected), sorted(rows(csv)), "resuming a finished sweep adds nothing");
    }

    @Test
    void resumingWithOtherSettingsIsRefused() throws Exception {
        String[] small = {"sweep", "demo", "--vary", "horizon=24..48:3", "--runs", "100", "--output", "s.csv", "-q"};
        assertEquals(0, Jar.run(dir, small).code());
        String before = Files.readString(dir.resolve("s.csv"));
        List<String[]> others = List.of(
                new String[] {"sweep", "demo", "--vary", "horizon=24..48:3", "--runs", "100", "--seed", "1"},
                new String[] {"sweep", "demo", "--vary", "horizon=24..48:3", "--runs", "200"},
                new String[] {"sweep", "dprk-2018", "--vary", "horizon=24..48:3", "--runs", "100"},
                new String[] {"sweep", "demo", "--vary", "horizon=24..48:3", "--runs", "100", "--set", "falseAlarm=0.1"},
                new String[] {"sweep", "demo", "--vary", "horizon=24..48:4", "--runs", "100"},
                new String[] {"sweep", "demo", "--vary", "horizon=24..48:3", "--runs", "100", "--sampling", "lhs",
                        "--points", "3"});
        for (String[] other : others) {
            Jar.Result r = Jar.run(dir, with(other, "--output", "s.csv", "--resume"));
            assertEquals(2, r.code(), String.join(" ", other) + ": " + r.err());
            assertTrue(r.err().startsWith("bitforbit: error: cannot resume: s.csv was written by a different sweep"),
                    r.err());
        }
        assertEquals(before, Files.readString(dir.resolve("s.csv")), "a refused resume leaves the file alone");
        Jar.Result exists = Jar.run(dir, small);
        assertEquals(2, exists.code());
        assertTrue(exists.err().contains("--resume"), exists.err());
        assertEquals(0, Jar.run(dir, with(small, "--force")).code());
    }

    /** A level the scenario refuses is found before the file exists: exit 2, no file, so the corrected rerun just runs. */
    @Test
    void aBadLevelExitsTwoAndLeavesNoFile() throws Exception {
        Jar.Result bad = Jar.run(dir, "sweep", "demo", "--vary", "parties.DPRK.trust.initial=0.1..1.9:3", "--vary",
                "horizon=12,24", "--runs", "50", "--output", "bad.csv");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().startsWith("bitforbit: error: ") && bad.err().contains("1.9"), bad.err());
        assertFalse(Files.exists(dir.resolve("bad.csv")), "no file");
        assertEquals(0, Jar.run(dir, "sweep", "demo", "--vary", "parties.DPRK.trust.initial=0.1..0.9:3", "--runs", "50",
                "--output", "bad.csv", "-q").code());

        Jar.Result old = Jar.run(dir, "sweep", "demo", "--vary", "horizon=24..48", "--runs", "20", "--design", "lhs",
                "--points", "3", "--output", "old.csv");
        assertEquals(0, old.code(), old.err());
        assertTrue(old.err().contains("--design is now --sampling"), old.err());
        assertTrue(Files.readString(dir.resolve("old.csv")).contains("# sampling: lhs\n"));
    }

    @Test
    void sweepCsvPlotsAndSensitivity() throws Exception {
        Jar.Result line = Jar.run(dir, "sweep", "demo", "--vary", "parties.DPRK.trust.initial=0.2..0.8:4", "--runs", "200",
                "--output", "line.csv", "--plot", "line.png", "-q");
        assertEquals(0, line.code(), line.err());
        List<String> lines = Files.readAllLines(dir.resolve("line.csv"));
        assertTrue(lines.get(0).startsWith("# tool: bitforbit"), lines.get(0));
        String header = lines.stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertTrue(header.startsWith("point,parties.DPRK.trust.initial,runs,completedShare,completedLow,completedHigh,"
                + "collapsedShare,"), header);
        assertTrue(rows(dir.resolve("line.csv")).get(0).startsWith("0,0.2,200,"));
        assertNotNull(ImageIO.read(dir.resolve("line.png").toFile()));

        Jar.Result heat = Jar.run(dir, "sweep", "demo", "--vary", "parties.DPRK.trust.initial=0.2..0.8:3", "--vary",
                "ruleSet=all-or-nothing,bit-for-bit", "--runs", "100", "--output", "heat.csv", "--plot", "heat.svg", "-q");
        assertEquals(0, heat.code(), heat.err());
        assertEquals(6, rows(dir.resolve("heat.csv")).size());
        String svg = Svg.parse(dir.resolve("heat.svg")).getDocumentElement().getTextContent();
        assertTrue(svg.contains("Collapse share by parties.DPRK.trust.initial and ruleSet"), "heatmap title");

        Jar.Result sobol = Jar.run(dir, "sweep", "demo", "--vary", "parties.DPRK.trust.initial=0.1..0.9", "--vary",
                "parties.USA.trust.initial=0.1..0.9", "--sensitivity", "--points", "4", "--runs", "100",
                "--bootstrap", "50", "--output", "sobol.csv", "-q");
        assertEquals(0, sobol.code(), sobol.err());
        assertTrue(sobol.out().contains("Sobol indices of the collapse share"), sobol.out());
        assertTrue(sobol.out().contains("parties.DPRK.trust.initial") && sobol.out().contains("first-order"));
        assertEquals(16, rows(dir.resolve("sobol.csv")).size(), "n (k + 2) points");
    }

    @Test
    void ctrlCStopsARunWithExitCode130AndNoOutputFile() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/perl")), "perl resets SIGINT for the child");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV"));
        cmd.addAll(Jar.command("run", "dprk-2018", "--runs", "5000000", "--threads", "1", "--output", "big.json"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(".log").toFile()).start();
        Thread.sleep(2500);
        assertTrue(p.isAlive(), "still running");
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped after SIGINT");
        assertEquals(130, p.exitValue(), Files.readString(dir.resolve(".log")));
        assertTrue(Files.readString(dir.resolve(".log")).contains("bitforbit: interrupted"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains("big.json")), "no (partial) output");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String[] with(String[] args, String... more) {
        String[] out = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, out, args.length, more.length);
        return out;
    }

    /** The data rows (not comments, not the header row), as written. */
    static List<String> rows(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readString(csv, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            out.add(line);
        }
        return out;
    }

    private static String header(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
    }

    private static List<String> sorted(List<String> rows) {
        List<String> s = new ArrayList<>(rows);
        s.sort(Comparator.comparingInt(r -> Integer.parseInt(r.substring(0, r.indexOf(',')))));
        return s;
    }
}
