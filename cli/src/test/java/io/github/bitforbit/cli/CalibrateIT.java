package io.github.bitforbit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end on the packaged jar: calibrate on three built-ins, the same on 1 and 2 threads, and bad input. */
class CalibrateIT {
    private static final List<String> ARGS = List.of("calibrate", "--cases",
            "agreed-framework-1994,six-party-2007,jcpoa-2015", "--prior", "parties.*.trust.initial=uniform(0.1,0.9)",
            "--prior", "falseAlarm=uniform(0,0.2)", "--population", "40", "--generations", "3", "--runs-per-case",
            "20", "--seed", "5", "--output", "posterior.csv");

    @TempDir
    Path dir;

    private Jar.Result calibrate(Path in, String... more) throws Exception {
        List<String> args = new ArrayList<>(ARGS);
        args.addAll(List.of(more));
        return Jar.run(in, args.toArray(String[]::new));
    }

    private static List<String> figures(String csv) {
        return csv.lines().filter(l -> !l.startsWith("#")).toList();
    }

    private static String stable(String text) {
        return text.lines().filter(l -> !l.startsWith("# threads:") && !l.startsWith("# time:"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void thePosteriorIsWrittenWithItsSummariesAndIsTheSameOnOneAndTwoThreads() throws Exception {
        Path one = Files.createDirectory(dir.resolve("one"));
        Path two = Files.createDirectory(dir.resolve("two"));
        Jar.Result a = calibrate(one, "--threads", "1", "--holdout", "hanoi-2019", "--plot", "marginals.png");
        Jar.Result b = calibrate(two, "--threads", "2", "--quiet", "--holdout", "hanoi-2019");
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertEquals(a.out(), b.out(), "the summary");
        String csvA = Files.readString(one.resolve("posterior.csv"), StandardCharsets.UTF_8);
        assertEquals(stable(csvA), stable(Files.readString(two.resolve("posterior.csv"), StandardCharsets.UTF_8)));
        assertTrue(a.err().contains("generation 0: tolerance"), a.err());
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(one.resolve("marginals.png").toFile());
        assertTrue(png != null && png.getWidth() >= 700, "a PNG of the marginals");
        assertTrue(csvA.lines().anyMatch(l -> l.startsWith("# time: ")), "stamped");
        assertEquals("", b.err());

        assertTrue(a.out().contains("effective sample size") && a.out().contains("90% credible interval"), a.out());
        assertTrue(a.out().lines().anyMatch(l -> l.startsWith("Holdout hanoi-2019: posterior predictive P(record) ")
                && l.endsWith(" of 400 runs matched over the particles)")), a.out()); // 20 particles x 20 runs
        List<String> comments = csvA.lines().filter(l -> l.startsWith("#")).toList();
        assertTrue(comments.stream().anyMatch(l -> l.startsWith("# ess: ")), csvA);
        assertTrue(comments.stream().anyMatch(l -> l.startsWith("# parameter falseAlarm: mean ")), csvA);
        assertTrue(comments.stream().anyMatch(l -> l.startsWith("# generation 0: tolerance ")), csvA);
        List<String> rows = csvA.lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals("particle,parties.*.trust.initial,falseAlarm,weight,normalisedWeight,distance", rows.get(0));
        assertEquals(1 + 20, rows.size(), "alpha N = 20 particles kept");
        double sum = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            double trust = Double.parseDouble(f[1]);
            double alarm = Double.parseDouble(f[2]);
            assertTrue(trust >= 0.1 && trust <= 0.9 && alarm >= 0 && alarm <= 0.2, row);
            assertTrue(Double.parseDouble(f[3]) > 0, row);
            sum += Double.parseDouble(f[4]);
        }
        assertEquals(1.0, sum, 1e-9);

        // what calibrate writes is what --posterior reads: posterior predictive runs from it
        Jar.Result predictive = Jar.run(one, "run", "six-party-2007", "--posterior", "posterior.csv", "--runs", "500",
                "--format", "csv");
        assertEquals(0, predictive.code(), predictive.err());
        Jar.Result plain = Jar.run(one, "run", "six-party-2007", "--runs", "500", "--format", "csv");
        assertEquals(0, plain.code(), plain.err());
        assertNotEquals(figures(plain.out()), figures(predictive.out()), "the posterior's draws change the figures");
    }

    @Test
    void aKilledCalibrationResumesToTheUninterruptedPosterior() throws Exception {
        String[] slow = {"calibrate", "--cases", "dprk-2018,six-party-2007,hanoi-2019", "--prior",
                "falseAlarm=uniform(0,0.2)", "--prior", "parties.*.trust.initial=uniform(0.1,0.9)", "--population",
                "200", "--generations", "5", "--runs-per-case", "60", "--seed", "3", "--output", "posterior.csv",
                "--quiet"};
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Jar.Result full = Jar.run(reference, with(slow, "--threads", "2"));
        assertEquals(0, full.code(), full.err());
        assertFalse(Files.exists(reference.resolve("posterior.csv.state.json")), "no state left after a finished run");

        Path killed = Files.createDirectory(dir.resolve("killed"));
        Path state = killed.resolve("posterior.csv.state.json");
        Process p = Jar.start(killed, with(slow, "--threads", "1"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (p.isAlive() && !Files.exists(state) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the calibration was still running when killed");
        p.destroy();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());
        assertFalse(Files.exists(killed.resolve("posterior.csv")), "no output from a killed run");
        assertTrue(Files.exists(state), "the last finished generation is kept");

        String[] otherSeed = with(slow, "--threads", "2", "--resume");
        otherSeed[List.of(otherSeed).indexOf("--seed") + 1] = "4";
        Jar.Result other = Jar.run(killed, otherSeed);
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().contains("other settings"), other.err());
        Jar.Result resumed = Jar.run(killed, with(slow, "--threads", "2", "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(full.out(), resumed.out());
        assertEquals(stable(Files.readString(reference.resolve("posterior.csv"), StandardCharsets.UTF_8)),
                stable(Files.readString(killed.resolve("posterior.csv"), StandardCharsets.UTF_8)));
        assertFalse(Files.exists(state));
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void badInputFailsInOneLineAndWritesNothing() throws Exception {
        Path none = dir.resolve("none.yaml");
        Files.writeString(none, io.github.bitforbit.scenario.Scenarios.toYaml(
                io.github.bitforbit.scenario.Scenarios.builtIn("demo")));
        List<String[]> bad = List.of(
                new String[]{"--prior", "parties.*.nothing=uniform(0,1)"},
                new String[]{"--prior", "falseAlarm=normal(0,1)"},
                new String[]{"--cases", "none.yaml"},
                new String[]{"--population", "3"},
                new String[]{"--alpha", "1.5"},
                new String[]{"--holdout", "six-party-2007"},
                new String[]{"--plot", "marginals.gif"});
        for (String[] extra : bad) {
            List<String> args = new ArrayList<>(ARGS);
            int at = args.indexOf(extra[0]);
            if (extra[0].equals("--cases")) {
                args.set(at + 1, extra[1]);
            } else {
                args.addAll(List.of(extra));
            }
            Jar.Result r = Jar.run(dir, args.toArray(String[]::new));
            assertNotEquals(0, r.code(), String.join(" ", extra));
            assertTrue(r.err().startsWith("bitforbit: error: "), r.err());
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("bitforbit: error: ")).count(), r.err());
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(dir.resolve("posterior.csv")), "no output for " + String.join(" ", extra));
        }
    }
}
