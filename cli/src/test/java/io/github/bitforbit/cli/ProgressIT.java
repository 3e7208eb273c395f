package io.github.bitforbit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The progress bar follows stderr and only stderr: util-linux {@code script} gives the jar a
 * pseudo-terminal, and the shell inside redirects one stream at a time.
 */
class ProgressIT {

    /** Long enough that the bar is drawn at least once (it redraws at most every 100 ms). */
    private static final String RUN = "run demo --runs 100000 --threads 1";

    @Test
    void aTerminalOnStderrWithStdoutRedirectedShowsTheBar(@TempDir Path dir) throws Exception {
        String typescript = script(dir, RUN + " > table.txt");
        assertTrue(typescript.contains("\r[") && typescript.contains(" runs/s "), "no bar on the terminal: "
                + typescript);
        String table = Files.readString(dir.resolve("table.txt"), StandardCharsets.UTF_8);
        assertTrue(table.contains("Outcomes (share of runs"), table);
        assertFalse(table.contains("\r"), "no frames in the results");
    }

    @Test
    void stderrRedirectedToAFileGetsNoFramesEvenOnATerminal(@TempDir Path dir) throws Exception {
        String typescript = script(dir, RUN + " 2> err.log");
        assertTrue(typescript.contains("Outcomes (share of runs"), "the table went to the terminal");
        assertFalse(typescript.contains(" runs/s "), "no bar on stdout: " + typescript);
        String err = Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8);
        assertFalse(err.contains("\r"), "no \\r frames in the log: " + err);
        assertEquals("", err.strip());
    }

    /** Runs {@code bitforbit ARGS} inside {@code script}, in {@code dir}; returns what reached the terminal. */
    private static String script(Path dir, String shellArgs) throws Exception {
        assumeTrue(new ProcessBuilder("script", "--version").start().waitFor() == 0, "util-linux script is needed");
        String java = Jar.command().stream().map(ProgressIT::quote).collect(Collectors.joining(" "));
        Path log = dir.resolve("typescript");
        ProcessBuilder pb = new ProcessBuilder(List.of("script", "-qfec", java + " " + shellArgs, log.toString()));
        pb.environment().put("TERM", "xterm");
        Process p = pb.directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "script did not finish");
        assertEquals(0, p.exitValue());
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
