package io.github.bitforbit.cli;

import java.util.List;

/**
 * A failure the command line reports as one clear line ({@code bitforbit: error: ...}), optionally
 * preceded by detail lines (such as a scenario file's problems), and ends with its exit code.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The process exit code: 1, 2 or 130, see {@link BitForBit}. */
    private final int exitCode;
    private final transient List<String> details;

    /**
     * A failure.
     *
     * @param exitCode the process exit code, one of {@link BitForBit#USAGE}, {@link BitForBit#FAILURE}
     *                 or {@link BitForBit#INTERRUPTED}
     * @param message  the one-line error
     * @param details  lines printed before it, as they are (may be empty)
     * @param cause    the underlying exception, shown with {@code --stacktrace} (may be null)
     */
    public CliException(int exitCode, String message, List<String> details, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.details = List.copyOf(details);
    }

    /**
     * Bad usage or invalid input: exit code 2.
     *
     * @param message the one-line message
     * @return the exception, exit code 2
     */
    public static CliException usage(String message) {
        return new CliException(BitForBit.USAGE, message, List.of(), null);
    }

    /**
     * Bad usage or invalid input caused by {@code cause}: exit code 2.
     *
     * @param cause the exception that said what was wrong (kept for debugging, never printed)
     * @param message the one-line message
     * @return the exception, exit code 2
     */
    public static CliException usage(String message, Throwable cause) {
        return new CliException(BitForBit.USAGE, message, List.of(), cause);
    }

    /**
     * A failure while running: exit code 1.
     *
     * @param cause the exception that made it fail (kept for debugging, never printed)
     * @param message the one-line message
     * @return the exception, exit code 1
     */
    public static CliException failure(String message, Throwable cause) {
        return new CliException(BitForBit.FAILURE, message, List.of(), cause);
    }

    /**
     * The work was interrupted (Ctrl-C): exit code 130.
     *
     * @param message the one-line message
     * @return the exception, exit code 130
     */
    public static CliException interrupted(String message) {
        return new CliException(BitForBit.INTERRUPTED, message, List.of(), null);
    }

    /** {@return the exit code} */
    public int exitCode() {
        return exitCode;
    }

    /** {@return lines printed before the error line} */
    public List<String> details() {
        return details;
    }
}
