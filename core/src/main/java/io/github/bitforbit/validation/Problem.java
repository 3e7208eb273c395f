package io.github.bitforbit.validation;

/**
 * One thing wrong with a scenario, as data: where ({@code path}, in the dotted form of sweep paths,
 * e.g. {@code parties.Congress.vetoLift}) and what ({@code message}, one line).
 *
 * @param path    where in the scenario, dotted
 * @param message what is wrong there
 */
public record Problem(String path, String message) {

    /**
     * Requires both parts.
     *
     * @param path    where in the scenario, dotted (not null)
     * @param message what is wrong there (not null)
     * @throws IllegalArgumentException if either is null
     */
    public Problem {
        Validate.notNull("path", path);
        Validate.notNull("message", message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
