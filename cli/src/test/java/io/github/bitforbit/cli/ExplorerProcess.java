package io.github.bitforbit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** {@code bitforbit explore} running as a separate process from the packaged jar, for the *IT tests. */
final class ExplorerProcess implements AutoCloseable {

    final Process process;
    final String url;
    private final Path dir;

    private ExplorerProcess(Process process, String url, Path dir) {
        this.process = process;
        this.url = url;
        this.dir = dir;
    }

    /** Starts {@code bitforbit explore args...} and waits (at most a minute) for the address it prints. */
    static ExplorerProcess start(Path dir, String... args) throws IOException, InterruptedException {
        String[] all = new String[args.length + 1];
        all[0] = "explore";
        System.arraycopy(args, 0, all, 1, args.length);
        Process p = Jar.start(dir, all);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String out = Files.readString(dir.resolve(".stdout"), StandardCharsets.UTF_8);
            if (out.contains("\n")) {
                return new ExplorerProcess(p, out.lines().findFirst().orElseThrow().trim(), dir);
            }
            if (!p.isAlive()) {
                throw new AssertionError("explore ended with " + p.exitValue() + ": " + stderr(dir));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new AssertionError("explore printed no address within a minute: " + stderr(dir));
    }

    /** What it wrote on stderr so far. */
    String stderr() throws IOException {
        return stderr(dir);
    }

    private static String stderr(Path dir) throws IOException {
        return Files.readString(dir.resolve(".stderr"), StandardCharsets.UTF_8);
    }

    /** Sends SIGINT, as Ctrl-C does, and returns the exit code. */
    int interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("explore did not stop within 30 s of SIGINT");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
