package io.github.bitforbit.validation;

/**
 * Something in a scenario that is valid but cannot act as written (a phase no one has a reason
 * to accept, a rule whose event never happens), as data: where ({@code path}, dotted as in
 * {@link Problem}) and what ({@code message}, one line). Unlike a {@link Problem} it does not
 * stop the scenario from loading or running; the command line prints it and succeeds.
 *
 * @param path    where in the scenario, dotted
 * @param message what cannot act there, and why
 */
public record Warning(String path, String message) {

    /**
     * Requires both parts.
     *
     * @param path    where in the scenario, dotted (not null)
     * @param message what cannot act there (not null)
     * @throws IllegalArgumentException if either is null
     */
    public Warning {
        Validate.notNull("path", path);
        Validate.notNull("message", message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
