package io.github.bitforbit.spark;

import io.github.bitforbit.cli.BitForBit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End-to-end: target/bitforbit-spark.jar in a child JVM with Spark's class path beside it (as
 * spark-submit runs it), in local mode. A sweep killed part-way (SIGKILL) and resubmitted with
 * {@code --resume} ends with the file an uninterrupted one writes, which is the command line's.
 */
class SparkSweepIT {

    /** 12 points of 3,000 runs, one point per Spark job: long enough to kill part-way. */
    private static final String[] SWEEP = {"sweep", "dprk-2018", "--vary", "parties.DPRK.trust.initial=0.1..0.9:6",
            "--vary", "ruleSet=all-or-nothing,bit-for-bit", "--runs", "3000", "--seed", "7"};
    private static final String[] SPARK = {"--master", "local[2]", "--runs-per-job", "3000", "--partitions", "3"};

    @TempDir
    Path dir;

    @Test
    void aKilledSparkSweepResumesToTheUninterruptedFileWhichIsTheCommandLines() throws Exception {
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Result full = run(reference, concat(SPARK, SWEEP, "--output", "sweep.csv", "--quiet"));
        assertEquals(0, full.code, full.err);
        List<String> expected = rows(reference.resolve("sweep.csv"));
        assertEquals(12, expected.size());

        Path local = Files.createDirectory(dir.resolve("local"));
        StringWriter err = new StringWriter();
        int code = BitForBit.execute(concat(new String[0], SWEEP, "--quiet", "--output",
                local.resolve("sweep.csv").toString()), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertEquals(expected, rows(local.resolve("sweep.csv")), "Spark's rows are the command line's, byte for byte");
        assertEquals(header(local.resolve("sweep.csv")), header(reference.resolve("sweep.csv")));

        Path killed = Files.createDirectory(dir.resolve("killed"));
        Process p = start(killed, concat(SPARK, SWEEP, "--output", "sweep.csv"));
        Path csv = killed.resolve("sweep.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && (!Files.exists(csv) || rows(csv).size() < 2) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(p.isAlive(), "the sweep was still running when killed");
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> partial = rows(csv);
        assertTrue(partial.size() >= 2 && partial.size() < 12, "part-way: " + partial.size() + " rows");
        assertEquals(expected.subList(0, partial.size()), partial, "the kept rows are the first finished points");

        Result resumed = run(killed, concat(SPARK, SWEEP, "--output", "sweep.csv", "--resume"));
        assertEquals(0, resumed.code, resumed.err);
        assertTrue(resumed.err.contains("resuming sweep.csv: " + partial.size() + " of 12 points on file"), resumed.err);
        assertEquals(expected, rows(csv), "row for row, in order, byte for byte");
        assertEquals(header(reference.resolve("sweep.csv")), header(csv));
    }

    @Test
    void badOptionsFailInOneLineBeforeSparkStarts() throws Exception {
        Result r = run(dir, "--partitions", "-1", "run", "demo", "--runs", "10");
        assertEquals(2, r.code, r.err);
        assertEquals("bitforbit: error: --partitions must be at least 1: -1", r.err.strip());
        Result noMaster = run(dir, "run", "demo", "--runs", "10");
        assertEquals(2, noMaster.code, noMaster.err);
        assertTrue(noMaster.err.strip().startsWith("bitforbit: error: no Spark master"), noMaster.err);
        Result unknown = run(dir, "--master", "local[1]", "run", "no-such-scenario");
        assertEquals(2, unknown.code, unknown.err);
        assertEquals(1, unknown.err.strip().lines().count(), unknown.err);
    }

    private record Result(int code, String err) {
    }

    private static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("bitforbit.spark.jvm-options").trim().split("\\s+")));
        command.add("-Xmx1g");
        command.add("-cp");
        command.add(System.getProperty("bitforbit.spark.jar") + File.pathSeparator
                + Files.readString(Path.of(System.getProperty("bitforbit.spark.classpath"))).trim() + File.pathSeparator
                + Files.readString(Path.of(System.getProperty("bitforbit.spark.shared-classpath"))).trim());
        command.add("io.github.bitforbit.spark.Main");
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(".stdout").toFile()).redirectError(dir.resolve(".stderr").toFile()).start();
    }

    private static Result run(Path dir, String... args) throws Exception {
        Process p = start(dir, args);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
        String err = Files.readString(dir.resolve(".stderr"), StandardCharsets.UTF_8);
        // Spark's own warnings at start-up (host name, native Hadoop) are not the command's output
        StringBuilder ours = new StringBuilder();
        err.lines().filter(l -> l.startsWith("bitforbit")).forEach(l -> ours.append(l).append('\n'));
        return new Result(p.exitValue(), ours.toString());
    }

    private static String[] concat(String[] a, String[] b, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    private static List<String> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> rows = new ArrayList<>();
        boolean header = true;
        for (String l : lines) {
            if (l.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(l);
        }
        return rows;
    }

    /** The provenance and column lines, less the volatile ones (time, threads). */
    private static List<String> header(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(csv)) {
            if (l.startsWith("# time:") || l.startsWith("# threads:")) {
                continue;
            }
            out.add(l);
            if (!l.startsWith("#")) {
                break;
            }
        }
        return out;
    }
}
