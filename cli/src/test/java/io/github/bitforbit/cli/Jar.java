package io.github.bitforbit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code bitforbit.jar} as a separate process (for the *IT end-to-end tests). */
final class Jar {

    /** The jar, from the {@code bitforbit.jar} system property that Failsafe sets. */
    static final Path JAR = Path.of(System.getProperty("bitforbit.jar", "target/bitforbit.jar")).toAbsolutePath();

    private Jar() {
    }

    /** What a finished process left. */
    record Result(int code, String out, String err) {
    }

    /** The command line {@code java -jar bitforbit.jar args...}. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts the jar in {@code dir} with stdout and stderr going to files there. */
    static Process start(Path dir, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no " + JAR + ": run 'mvn verify' (the jar is built in the package phase)");
        }
        return new ProcessBuilder(command(args)).directory(dir.toFile())
                .redirectOutput(dir.resolve(".stdout").toFile()).redirectError(dir.resolve(".stderr").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    /**
     * Runs the jar in {@code dir} with stdout going to {@code stdout} (e.g. a device), stderr to a
     * file there, to the end (at most two minutes); {@link Result#out} is then empty.
     */
    static Result runTo(Path dir, Path stdout, String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(args)).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()))
                .redirectError(dir.resolve(".stderr").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bitforbit did not finish within two minutes");
        }
        return new Result(p.exitValue(), "", Files.readString(dir.resolve(".stderr"), StandardCharsets.UTF_8));
    }

    /** Runs the jar in {@code dir} to the end (at most two minutes). */
    static Result run(Path dir, String... args) throws IOException, InterruptedException {
        Process p = start(dir, args);
        return finish(p, dir);
    }

    /** Waits for a started process and reads what it wrote. */
    static Result finish(Process p, Path dir) throws IOException, InterruptedException {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bitforbit did not finish within two minutes");
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve(".stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(".stderr"), StandardCharsets.UTF_8));
    }
}
