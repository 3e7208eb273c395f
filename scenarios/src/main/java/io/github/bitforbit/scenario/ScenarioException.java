package io.github.bitforbit.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file could not be loaded: every problem found, each located in its file. The
 * message is the problems, one per line, in the form {@code file:line:column: path: message}.
 * Loading either returns a valid scenario or throws this; nothing else.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * An exception for these problems (at least one).
     *
     * @param problems the problems, at least one
     */
    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * An exception for one problem.
     *
     * @param problem where (file, line, column, field path) and what
     */
    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    /** {@return every problem, in file order where that is known} */
    public List<Problem> problems() {
        return problems;
    }
}
