package io.github.bitforbit.cli.explore;

import io.github.bitforbit.scenario.Problem;

import java.util.List;

/**
 * A request the explorer refuses: it is answered with {@link #status()} (a 4xx) and a one-line
 * message, plus the located problems of an uploaded scenario, never a stack trace.
 */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status, 400 to 499. */
    private final int status;
    private final transient List<Problem> problems;

    /**
     * A 400 (bad request).
     *
     * @param message one line saying what is wrong and where
     */
    public BadRequest(String message) {
        this(400, message, List.of());
    }

    /**
     * A refusal.
     *
     * @param status   the HTTP status, 400 to 499
     * @param message  one line saying what is wrong and where
     * @param problems the problems of an uploaded scenario, each with line and column (may be empty)
     */
    public BadRequest(int status, String message, List<Problem> problems) {
        super(message);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a refusal is a 4xx status: " + status);
        }
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** {@return the HTTP status, 400 to 499} */
    public int status() {
        return status;
    }

    /** {@return the located problems of an uploaded scenario (empty for other refusals)} */
    public List<Problem> problems() {
        return problems;
    }
}
