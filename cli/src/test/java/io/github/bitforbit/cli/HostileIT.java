package io.github.bitforbit.cli;

import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End-to-end on the packaged jar: hostile outputs and inputs (issue 10). Devices, pipes and
 * links, outputs that are inputs, stdout that cannot be written, endless inputs and absurd
 * sizes each end with the documented exit code and one line on stderr, no stack trace, and no
 * partial or temporary file. Devices are the test's own nodes in a temporary directory where the
 * machine allows it (the system's {@code /dev/null} and {@code /dev/full} otherwise), and every
 * device is checked to be a device still afterwards: this runs as root in CI.
 */
class HostileIT {

    @TempDir
    Path dir;

    private Path nullDevice;
    private Path fullDevice;

    @BeforeEach
    void devices() throws Exception {
        nullDevice = node("null", 3, Path.of("/dev/null"));
        fullDevice = node("full", 7, Path.of("/dev/full"));
    }

    /** A character device 1,MINOR of our own, or the system's if this machine lets no one make one. */
    private Path node(String name, int minor, Path system) throws Exception {
        Path p = dir.resolve("dev-" + name);
        if (exec("mknod", "-m", "666", p.toString(), "c", "1", Integer.toString(minor)) && isCharDevice(p)) {
            return p;
        }
        return system;
    }

    private static boolean exec(String... cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isCharDevice(Path p) throws IOException {
        if (!Files.exists(p)) {
            return false;
        }
        Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return ((Integer) mode & 0170000) == 0020000;
    }

    private static boolean isFifo(Path p) throws IOException {
        Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return ((Integer) mode & 0170000) == 0010000;
    }

    /** Exit code {@code code}, nothing on stdout, and exactly one error line without a stack trace. */
    private static void assertOneLine(int code, Jar.Result r, String expected) {
        assertEquals(code, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertEquals("bitforbit: error: " + expected, lines.get(0));
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    private void assertNoTemporaries() throws IOException {
        try (var files = Files.walk(dir)) {
            List<Path> left = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), left, "no temporary file is left");
        }
    }

    // ------------------------------------------------------------------ 1: devices, pipes, links, -

    @Test
    void aDeviceIsWrittenToAndNeverReplaced() throws Exception {
        for (String[] command : List.of(new String[] {"run", "demo", "-n", "200", "-q", "-f", "csv"},
                new String[] {"compare", "demo", "-n", "200", "-q", "-f", "json"},
                new String[] {"trace", "demo"}, new String[] {"schema"})) {
            Jar.Result ok = Jar.run(dir, with(command, "--output", nullDevice.toString()));
            assertEquals(0, ok.code(), String.join(" ", command) + ": " + ok.err());
            assertTrue(isCharDevice(nullDevice), nullDevice + " is still a device after " + command[0]);

            Jar.Result full = Jar.run(dir, with(command, "--output", fullDevice.toString()));
            assertOneLine(1, full, "cannot write " + fullDevice + ": No space left on device");
            assertTrue(isCharDevice(fullDevice), fullDevice + " is still a device after " + command[0]);
        }
        assertNoTemporaries();
    }

    @Test
    void aNamedPipeAndALinkToItAreWrittenThrough() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(exec("mkfifo", fifo.toString()), "mkfifo");
        Path link = dir.resolve("link-to-pipe.csv");
        Files.createSymbolicLink(link, fifo.getFileName());
        for (Path target : List.of(fifo, link)) {
            byte[][] got = new byte[1][];
            Thread reader = new Thread(() -> {
                try (InputStream in = Files.newInputStream(fifo)) {
                    got[0] = in.readAllBytes();
                } catch (IOException e) {
                    got[0] = new byte[0];
                }
            });
            reader.start();
            Jar.Result r = Jar.run(dir, "run", "demo", "-n", "200", "-q", "-f", "csv", "--output", target.toString());
            reader.join(60_000);
            assertEquals(0, r.code(), r.err());
            String csv = new String(got[0], StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("# tool: bitforbit\n") && csv.contains(CsvReport.HEADER), csv);
            assertTrue(isFifo(fifo), "the pipe is still a pipe");
            assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        }
        assertNoTemporaries();
    }

    @Test
    void dashIsStdout() throws Exception {
        Jar.Result run = Jar.run(dir, "run", "demo", "-n", "200", "-q", "-f", "json", "--output", "-");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("{"), run.out());
        Jar.Result trace = Jar.run(dir, "trace", "demo", "-o", "-");
        assertTrue(trace.out().startsWith("# bitforbit "), trace.out());
        Jar.Result schema = Jar.run(dir, "schema", "-o", "-");
        assertTrue(schema.out().contains("\"$schema\""), schema.out());
        assertFalse(Files.exists(dir.resolve("-")), "no file named -");
        Jar.Result sweep = Jar.run(dir, "sweep", "demo", "--vary", "horizon=10..20:2", "-o", "-");
        assertOneLine(2, sweep, "--output -: a sweep needs a file (it appends each point and can resume), not stdout");
    }

    @Test
    void aSymlinkIsWrittenThroughAndAReplacedFileKeepsItsMode() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("result.json");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = dir.resolve("result.json");
        Files.createSymbolicLink(link, Path.of("real/result.json"));
        Jar.Result r = Jar.run(dir, "run", "demo", "-n", "200", "-q", "-o", "result.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).startsWith("{"), "the file it points to has the results");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        assertNoTemporaries();
    }

    // ------------------------------------------------------------------ 12: leftovers of a kill -9

    @Test
    void leftoversOfAKilledWriterAreRemovedByTheNextWriteAndNothingElse() throws Exception {
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        List<Path> stale = List.of(dir.resolve(".r.json.1x2y3z.tmp"), dir.resolve(".r.json.0.tmp"));
        List<Path> others = List.of(dir.resolve(".r.json.keep"), dir.resolve(".other.json.1x2y3z.tmp"),
                dir.resolve(".r.json.NOT-OURS.tmp"), dir.resolve("r.json.1x2y3z.tmp"));
        for (Path p : concat(stale, others)) {
            Files.writeString(p, "half a file");
            Files.setLastModifiedTime(p, hourAgo);
        }
        Jar.Result r = Jar.run(dir, "run", "demo", "-n", "200", "-q", "-o", "r.json");
        assertEquals(0, r.code(), r.err());
        for (Path p : stale) {
            assertFalse(Files.exists(p), p + " is removed");
        }
        for (Path p : others) {
            assertTrue(Files.exists(p), p + " is not this tool's and stays");
        }
    }

    // ------------------------------------------------------------------ 2: the output is an input

    @Test
    void anOutputThatIsAnInputIsRefusedHoweverItIsSpelled() throws Exception {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, Scenarios.toYaml(Scenarios.builtIn("demo")));
        Path json = dir.resolve("demo.json");
        Files.writeString(json, Scenarios.toJson(Scenarios.builtIn("demo")));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/child.yaml"), "extends: ../base.yaml\nname: child\n");
        Files.createSymbolicLink(dir.resolve("alias.yaml"), base);
        Files.createLink(dir.resolve("hard.yaml"), base);
        byte[] baseBytes = Files.readAllBytes(base);
        byte[] jsonBytes = Files.readAllBytes(json);
        List<String[]> cases = new ArrayList<>();
        for (String command : List.of("run", "compare", "trace")) {
            cases.add(new String[] {command, "base.yaml", "--output", "base.yaml", "the scenario file"});
            cases.add(new String[] {command, "demo.json", "--output", "./sub/../demo.json", "the scenario file"});
            cases.add(new String[] {command, "sub/child.yaml", "--output", base.toAbsolutePath().toString(),
                    "a file the scenario extends (" + base.toRealPath() + ")"});
            cases.add(new String[] {command, "sub/child.yaml", "--output", "alias.yaml",
                    "a file the scenario extends (" + base.toRealPath() + ")"});
            cases.add(new String[] {command, "base.yaml", "--output", "hard.yaml", "the scenario file"});
        }
        cases.add(new String[] {"run", "sub/child.yaml", "--plot", "alias.yaml", "x"});
        for (String[] c : cases) {
            String[] args = c[0].equals("trace") ? new String[] {c[0], c[1], c[2], c[3], "--format", "text"}
                    : new String[] {c[0], c[1], c[2], c[3], "--format", "json", "-n", "100", "-q"};
            Jar.Result r = Jar.run(dir, args);
            if (c[2].equals("--plot")) {
                assertEquals(2, r.code(), r.err());
                continue;
            }
            assertOneLine(2, r, c[2] + " " + c[3] + " is " + c[4] + ": refusing to overwrite the input");
        }
        Jar.Result sweep = Jar.run(dir, "sweep", "sub/child.yaml", "--vary", "horizon=10..20:2", "-o", "x.csv",
                "--plot", "base.svg", "-q");
        assertEquals(0, sweep.code(), "an unrelated plot name is fine: " + sweep.err());
        assertArrayEquals(baseBytes, Files.readAllBytes(base), "the scenario is untouched");
        assertArrayEquals(jsonBytes, Files.readAllBytes(json), "the JSON scenario is untouched");
        assertNoTemporaries();
    }

    @Test
    void anOutputNameThatTellsNoFormatIsRefused() throws Exception {
        assertOneLine(2, Jar.run(dir, "run", "demo", "-n", "100", "-o", "results.yaml"),
                "--output results.yaml: the name does not tell the format (.csv, .json, .md or .txt); give --format "
                        + "table, csv, json or markdown");
        assertFalse(Files.exists(dir.resolve("results.yaml")));
        Jar.Result given = Jar.run(dir, "run", "demo", "-n", "100", "-q", "-o", "results.yaml", "--format", "json");
        assertEquals(0, given.code(), given.err());
        Jar.Result trace = Jar.run(dir, "trace", "demo", "-o", "trace.json");
        assertEquals(0, trace.code(), trace.err());
        assertTrue(Files.readString(dir.resolve("trace.json")).startsWith("{"), "a .json trace is JSON");
    }

    // ------------------------------------------------------------------ 3: stdout that cannot be written

    @Test
    void aFullDeviceAsStdoutFailsEveryCommand() throws Exception {
        for (String[] args : List.of(new String[] {"run", "demo", "-n", "200", "-q", "-f", "csv"},
                new String[] {"list"}, new String[] {"describe", "demo"}, new String[] {"schema"},
                new String[] {"trace", "demo"}, new String[] {"--help"})) {
            Jar.Result r = Jar.runTo(dir, fullDevice, args);
            assertOneLine(1, r, "cannot write to stdout: No space left on device");
            assertTrue(isCharDevice(fullDevice));
        }
    }

    @Test
    void aClosedPipeAsStdoutFails() throws Exception {
        Process p = new ProcessBuilder(Jar.command("run", "demo", "-n", "2000", "-q", "-f", "csv"))
                .directory(dir.toFile()).redirectError(dir.resolve(".stderr").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        p.getInputStream().close(); // the reader is gone before anything is written
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        Jar.Result r = new Jar.Result(p.exitValue(), "", Files.readString(dir.resolve(".stderr")));
        assertOneLine(1, r, "cannot write to stdout: Broken pipe");
    }

    // ------------------------------------------------------------------ 6: endless inputs

    @Test
    void anEndlessPipeOrADeviceIsReadNoFurtherThanTheLimit() throws Exception {
        Path fifo = dir.resolve("endless.yaml");
        assumeTrue(exec("mkfifo", fifo.toString()), "mkfifo");
        AtomicLong sent = new AtomicLong();
        Thread writer = new Thread(() -> {
            byte[] chunk = "sources: [padding]\n".repeat(500).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                    out.write(chunk);
                    sent.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the reader stopped: as it should
            }
        });
        writer.setDaemon(true);
        writer.start();
        long start = System.nanoTime();
        Jar.Result r = Jar.run(dir, "validate", "endless.yaml");
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("endless.yaml:1:1: more than 1048576 bytes, over the limit (reading stopped there)",
                "bitforbit: error: 1 of 1 file is invalid (1 problem)"), r.err().lines().toList());
        assertTrue((System.nanoTime() - start) / 1e9 < 60, "stops at the limit");
        writer.join(10_000);
        assertTrue(sent.get() < 64L << 20, "read no further than about the limit: " + sent.get());

        if (Files.isReadable(Path.of("/dev/zero"))) {
            Jar.Result zero = Jar.run(dir, "run", "/dev/zero");
            assertEquals(2, zero.code(), zero.err());
            assertTrue(zero.err().startsWith("/dev/zero:1:1: more than 1048576 bytes"), zero.err());
        }
    }

    // ------------------------------------------------------------------ 7, 8, 9: absurd sizes

    @Test
    void absurdThreadsPointsAndHorizonsAreRefusedUpFront() throws Exception {
        assertOneLine(2, Jar.run(dir, "run", "demo", "--threads", "100000"),
                "--threads must be between 1 and 1024: 100000");
        assertOneLine(2, Jar.run(dir, "compare", "demo", "--threads", "100000"),
                "--threads must be between 1 and 1024: 100000");
        assertOneLine(2, Jar.run(dir, "sweep", "demo", "--vary", "horizon=10..20:2", "-o", "t.csv", "--threads",
                "100000"), "--threads must be between 1 and 1024: 100000");
        Jar.Result many = Jar.run(dir, "run", "demo", "-n", "300", "--threads", "1024", "-f", "json", "-q");
        Jar.Result one = Jar.run(dir, "run", "demo", "-n", "300", "--threads", "1", "-f", "json", "-q");
        assertEquals(0, many.code(), many.err());
        assertEquals(one.out().replaceAll("\"(threads|time)\" : [^,]*,", ""),
                many.out().replaceAll("\"(threads|time)\" : [^,]*,", ""), "1024 threads for 300 runs: same figures");

        for (String design : List.of("lhs", "sobol")) {
            assertOneLine(2, Jar.run(dir, "sweep", "demo", "--vary", "parties.DPRK.trust.initial=0.1..0.9", "--design",
                    design, "--points", "2147483647", "-o", design + ".csv"),
                    "--points must be between 1 and 100000: 2147483647");
            assertFalse(Files.exists(dir.resolve(design + ".csv")), "no header-only file");
        }
        assertOneLine(2, Jar.run(dir, "sweep", "demo", "--vary", "parties.DPRK.trust.initial=0.1..0.9", "--sensitivity",
                "--points", "65536", "-o", "s.csv"), "--points 65536 with --sensitivity over 1 parameters makes "
                + "196608 points, more than the 100000 allowed");
        assertOneLine(2, Jar.run(dir, "sweep", "demo", "--vary", "parties.DPRK.trust.initial=0.1..0.9:1000",
                "--vary", "parties.USA.trust.initial=0.1..0.9:1000", "-o", "g.csv"), "the grid has more than 100000 points");
        assertFalse(Files.exists(dir.resolve("s.csv")) || Files.exists(dir.resolve("g.csv")), "no header-only file");

        Files.writeString(dir.resolve("long.yaml"), "extends: demo\nhorizon: 2000000000\n");
        Jar.Result file = Jar.run(dir, "run", "long.yaml", "-o", "long.json");
        assertEquals(2, file.code(), file.err());
        assertEquals(List.of("long.yaml:2:10: horizon: 2000000000 is outside 1..1200",
                "bitforbit: error: long.yaml is not a valid scenario: 1 problem"), file.err().lines().toList());
        assertOneLine(2, Jar.run(dir, "run", "demo", "--set", "horizon=2000000000", "-o", "long.json"),
                "--set horizon=2000000000: horizon: 2000000000 must be between 1 and 1200");
        assertOneLine(2, Jar.run(dir, "run", "demo", "--set", "horizon=1e2"),
                "--set horizon=1e2: horizon: '1e2' is not a whole number");
        assertFalse(Files.exists(dir.resolve("long.json")));
        Jar.Result longest = Jar.run(dir, "run", "demo", "--set", "horizon=1200", "-n", "100", "-f", "json", "-q");
        assertEquals(0, longest.code(), longest.err());
        assertNoTemporaries();
    }

    // ------------------------------------------------------------------ 5: --confine-extends

    @Test
    void confineExtendsKeepsAScenarioInItsDirectory() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.writeString(dir.resolve("base.yaml"), Scenarios.toYaml(Scenarios.builtIn("demo")));
        Files.writeString(shared.resolve("up.yaml"), "extends: ../base.yaml\nname: up\n");
        Files.writeString(shared.resolve("etc.yaml"), "extends: /etc/passwd\n");
        Jar.Result free = Jar.run(dir, "validate", "shared/up.yaml");
        assertEquals(0, free.code(), free.err());
        for (String[] args : List.of(new String[] {"validate", "--confine-extends", "shared/up.yaml"},
                new String[] {"run", "shared/up.yaml", "--confine-extends"})) {
            Jar.Result r = Jar.run(dir, args);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("shared/up.yaml:1:10: extends: extends '../base.yaml': outside the scenario's "
                    + "directory; extends is confined to it"), r.err());
        }
        Jar.Result etc = Jar.run(dir, "validate", "shared/etc.yaml");
        assertEquals(2, etc.code());
        assertFalse(etc.err().contains("root"), "nothing of a file that is not a scenario: " + etc.err());
    }

    private static String[] with(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
