package io.github.bitforbit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether this process's stderr is a terminal, which decides whether the progress bar is drawn.
 * Java 17's {@code System.console()} answers for stdin and stdout together, so it draws frames
 * into {@code 2>err.log} and shows nothing behind {@code > table.txt}; stderr is asked directly:
 * on Linux where {@code /proc/self/fd/2} leads (a {@code /dev/pts/N} or {@code /dev/ttyN}
 * device), on other Unix systems {@code test -t 2} in a shell that inherits our stderr, on
 * Windows the console as before.
 */
final class Terminal {

    private static volatile Boolean stderr;

    private Terminal() {
    }

    /** True when stderr is a terminal (and {@code TERM} is not {@code dumb}); computed once. */
    static boolean stderrIsTerminal() {
        Boolean known = stderr;
        if (known == null) {
            known = !"dumb".equals(System.getenv("TERM")) && detect();
            stderr = known;
        }
        return known;
    }

    private static boolean detect() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return System.console() != null;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "test -t 2")
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.getOutputStream().close();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
