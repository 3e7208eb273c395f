package io.github.bitforbit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line in-process: help, exit codes and one-line errors (the packaged jar is tested by *IT). */
class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"list", "describe", "validate", "run", "compare", "sweep", "robust", "trace", "schema"})
    void everyCommandHasHelpWithExamples(String command) {
        Cli c = Cli.run(command, "--help");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("Usage: bitforbit " + command), c.out());
        assertTrue(c.out().contains("Examples:"), c.out());
        assertTrue(c.out().contains("--help"), c.out());
        assertFalse(c.err().contains("WARN"), c.err());
    }

    @Test
    void topLevelHelpListsEveryCommandAndTheExitCodes() {
        Cli c = Cli.run("--help");
        assertEquals(0, c.code());
        for (String command : new String[] {"list", "describe", "validate", "run", "compare", "sweep", "robust", "trace",
                "schema", "generate-completion"}) {
            assertTrue(c.out().contains("  " + command + " "), command);
        }
        assertTrue(c.out().contains("130 interrupted"), c.out());
    }

    @Test
    void withoutACommandItPrintsTheUsageOnStderrAndExits2() {
        Cli c = Cli.run();
        assertEquals(2, c.code());
        assertTrue(c.err().startsWith("Usage: bitforbit"), c.err());
        assertEquals("", c.out());
    }

    @Test
    void versionNamesTheTool() {
        Cli c = Cli.run("--version");
        assertEquals(0, c.code());
        assertTrue(c.out().startsWith("bitforbit "), c.out());
    }

    @Test
    void completionScriptIsGenerated() {
        Cli c = Cli.run("generate-completion");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("complete -F"), c.out().substring(0, 200));
        assertTrue(c.out().contains("sweep"));
    }

    @Test
    void badUsageIsOneLineAndExit2() {
        assertUsage(Cli.run("run", "--runs", "0"), "--runs must be at least 1");
        assertUsage(Cli.run("run", "--bogus"), "Unknown option: '--bogus'");
        assertUsage(Cli.run("frobnicate"), "unknown command 'frobnicate'");
        assertUsage(Cli.run("run", "--format", "xml"), "--format");
        assertUsage(Cli.run("run", "--precision", "0.7"), "--precision must be between 0 and 0.5");
        assertUsage(Cli.run("compare", "--rule-sets", "bit-for-bit"), "at least two rule sets");
        assertUsage(Cli.run("compare", "--rule-sets", "grit,grit"), "twice");
        assertUsage(Cli.run("run", "--plot", "chart.gif"), "must end in .png or .svg");
        assertUsage(Cli.run("trace", "--format", "yaml"), "--format must be text or json");
        assertUsage(Cli.run("sweep", "--vary", "horizon=12..24:2"), "Missing required option: '--output");
    }

    @Test
    void unknownNamesGetASuggestion() {
        assertUsage(Cli.run("run", "dprk-2019"), "unknown scenario 'dprk-2019'");
        assertUsage(Cli.run("run", "dprk-2018", "--rule-set", "bit-fr-bit"), "did you mean 'bit-for-bit'?");
        assertUsage(Cli.run("run", "demo", "--set", "parties.DPRK.trust.inital=0.3"),
                "did you mean 'parties.DPRK.trust.initial'?");
        assertUsage(Cli.run("run", "demo", "--set", "parties.DPRK.trust.initial"), "is not PATH=VALUE");
        assertUsage(Cli.run("run", "demo", "--set", "parties.DPRK.trust.initial=1.5"), "is not a probability");
        assertUsage(Cli.run("run", "missing/file.yaml"), "no such scenario file: missing/file.yaml");
    }

    @Test
    void sweepChecksItsOptionsBeforeRunning(@TempDir Path dir) throws IOException {
        String out = dir.resolve("s.csv").toString();
        assertUsage(Cli.run("sweep", "demo", "--vary", "nope=1..2:2", "-o", out), "unknown parameter path 'nope'");
        assertUsage(Cli.run("sweep", "demo", "--vary", "parties.DPRK.patience=2..4", "-o", out), "no levels for a grid");
        assertUsage(Cli.run("sweep", "demo", "--vary", "horizon=12..24:2", "-o", dir.resolve("s.txt").toString()),
                "must end in .csv");
        assertUsage(Cli.run("sweep", "demo", "--vary", "horizon=12..24:2", "--vary", "falseAlarm=0..0.1:2",
                "--vary", "parties.DPRK.patience=2..4:2", "-o", out, "--plot", dir.resolve("p.png").toString()),
                "--plot draws one or two varied parameters");
        assertUsage(Cli.run("sweep", "demo", "--vary", "horizon=12..24:2", "-o", out, "--sensitivity", "--points", "6"),
                "power of two");
        assertUsage(Cli.run("sweep", "demo", "--vary", "horizon=12..24:2", "-o", out, "--points", "6"),
                "--points applies to");
        assertFalse(Files.exists(dir.resolve("s.csv")), "nothing written before the checks pass");
        Files.writeString(dir.resolve("s.csv"), "x\n");
        assertUsage(Cli.run("sweep", "demo", "--vary", "horizon=12..24:2", "-o", out), "exists: add --resume");
        assertUsage(Cli.run("sweep", "demo", "--vary", "horizon=12..24:2", "-o", out, "--resume"),
                "is not a bitforbit sweep file");
    }

    @Test
    void anInvalidFileListsEveryProblemWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nhorizon: 0\nparties:\n  - {id: USA, role: sanctioner, trust: {initial: 2}}\n");
        Cli v = Cli.run("validate", bad.toString());
        assertEquals(2, v.code());
        assertTrue(v.err().contains(bad + ":2:10: horizon: "), v.err());
        assertTrue(v.err().contains("trust.initial"), v.err());
        assertTrue(v.err().contains("bitforbit: error: 1 of 1 file is invalid"), v.err());
        assertFalse(v.err().contains("Exception") || v.err().contains("\tat "), v.err());
        Cli r = Cli.run("run", bad.toString(), "--runs", "10");
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad + ":2:10: horizon: "), r.err());
        assertTrue(r.err().contains("is not a valid scenario"), r.err());
        Cli debug = Cli.run("run", bad.toString(), "--runs", "10", "--stacktrace");
        assertEquals(2, debug.code());
        assertTrue(debug.err().contains("\tat "), "--stacktrace shows where");
    }

    @Test
    void validFilesAreReportedOnStdout(@TempDir Path dir) {
        Path good = dir.resolve("demo.json");
        io.github.bitforbit.scenario.Scenarios.write(io.github.bitforbit.scenario.Scenarios.builtIn("demo"), good);
        Cli v = Cli.run("validate", good.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().startsWith(good + ": ok (demo:"), v.out());
        assertEquals("", v.err());
    }

    @Test
    void anErrorSuchAsOutOfMemoryIsOneLineAndExit1() {
        for (Throwable e : new Throwable[] {new OutOfMemoryError("Java heap space"),
                new RuntimeException("worker failed", new OutOfMemoryError("unable to create native thread: possibly out "
                        + "of memory or process/resource limits reached")), new StackOverflowError()}) {
            StringWriter err = new StringWriter();
            CommandLine cl = BitForBit.commandLine();
            cl.setErr(new PrintWriter(err, true));
            assertEquals(BitForBit.FAILURE, BitForBit.failed(e, cl, false));
            List<String> lines = err.toString().lines().toList();
            assertEquals(1, lines.size(), err.toString());
            assertTrue(lines.get(0).startsWith("bitforbit: error: "), lines.get(0));
            assertFalse(err.toString().contains("\tat "), err.toString());
        }
        StringWriter err = new StringWriter();
        CommandLine cl = BitForBit.commandLine();
        cl.setErr(new PrintWriter(err, true));
        BitForBit.failed(new OutOfMemoryError("Java heap space"), cl, false);
        assertEquals("bitforbit: error: out of memory (Java heap space): ask for less (runs, points, horizon) or give "
                + "Java more memory (java -Xmx...)", err.toString().trim());
    }

    @Test
    void outputThatCannotBeWrittenFailsTheCommand() {
        StringWriter err = new StringWriter();
        PrintWriter broken = new PrintWriter(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        int code = BitForBit.execute(new String[] {"list"}, broken, new PrintWriter(err, true), () -> "No space left on device");
        assertEquals(BitForBit.FAILURE, code);
        assertEquals("bitforbit: error: cannot write to stdout: No space left on device", err.toString().trim());
    }

    private static void assertUsage(Cli c, String expected) {
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains(expected), "expected '" + expected + "' in: " + c.err());
        assertTrue(c.err().contains("bitforbit: error: "), c.err());
        assertFalse(c.err().contains("\tat "), "no stack trace: " + c.err());
    }

    /** Errors in the command line's words, not picocli's; a near miss gets "did you mean". */
    @Test
    void paperCutsAreMended(@TempDir Path dir) throws IOException {
        Cli typo = Cli.run("runn");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("bitforbit: error: unknown command 'runn' (did you mean 'run'?)"), typo.err());
        Cli notANumber = Cli.run("run", "demo", "--runs", "abc");
        assertEquals(2, notANumber.code());
        assertTrue(notANumber.err().startsWith("bitforbit: error: --runs: 'abc' is not a whole number\n"),
                notANumber.err());
        Cli format = Cli.run("run", "demo", "--format", "xml");
        assertTrue(format.err().startsWith("bitforbit: error: --format: 'xml' is not one of table, csv, json, "
                + "markdown\n"), format.err());
        Cli range = Cli.run("sweep", "demo", "--vary", "parties.DPRK.trust.initial=0.1-0.9:9", "--output",
                dir.resolve("r.csv").toString());
        assertEquals(2, range.code());
        assertTrue(range.err().contains("a range is lo..hi:n"), range.err());
        assertFalse(Files.exists(dir.resolve("r.csv")));
        Path trace = dir.resolve("t.txt");
        Cli wrote = Cli.run("trace", "demo", "--seed", "3", "-o", trace.toString());
        assertEquals(0, wrote.code(), wrote.err());
        assertEquals("bitforbit: wrote " + trace + "\n", wrote.err());
        // no empty provenance values: no --set, so no "set" line at all
        assertFalse(Files.readString(trace).contains("| set "), Files.readString(trace));
        Cli md = Cli.run("run", "demo", "--runs", "50", "--threads", "1", "--format", "markdown");
        assertFalse(md.out().contains("``"), "no empty backticks");
        assertFalse(md.out().contains("- set:"), md.out());
    }

    /** Tab completion offers the built-in scenarios and every rule set. */
    @Test
    void completionKnowsScenarioAndRuleSetNames() {
        Cli c = Cli.run("generate-completion");
        assertEquals(0, c.code());
        assertTrue(c.out().contains("\"dprk-2018\" \"agreed-framework-1994\""), "scenario names");
        assertTrue(c.out().contains("\"all-or-nothing\" \"article-bit-for-bit\" \"bit-for-bit\""), "rule-set names");
    }

    /** Conflicting sweep options are refused before anything runs. */
    @Test
    void sweepRefusesOptionsTheVariedValuesWouldOverride(@TempDir Path dir) {
        String out = dir.resolve("s.csv").toString();
        Cli ruleSet = Cli.run("sweep", "demo", "--vary", "ruleSet=grit,bit-for-bit", "-r", "grit", "-o", out);
        assertEquals(2, ruleSet.code());
        assertTrue(ruleSet.err().contains("--rule-set grit and --vary ruleSet=... exclude each other"), ruleSet.err());
        Cli set = Cli.run("sweep", "demo", "--vary", "horizon=12,24", "--set", "horizon=30", "-o", out);
        assertEquals(2, set.code());
        assertTrue(set.err().contains("--set horizon=30 and --vary horizon=... exclude each other"), set.err());
        assertFalse(Files.exists(dir.resolve("s.csv")));
    }
}
