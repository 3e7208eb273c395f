package io.github.bitforbit.scenario;

import io.github.bitforbit.validation.Warning;

import java.util.Objects;

/**
 * A warning about a scenario ({@link Warning}: the scenario is valid, but a design in it cannot
 * act as written), located in its file as a {@link Problem} is: where the element the warning's
 * path names is written (the phase, or its {@code target} or {@code sanctioner} key where that is
 * written; the rule, or its {@code when} or {@code then}).
 *
 * @param file    the file the element is written in (the file an {@code extends} chain read it
 *                from, if it was inherited); "" for a scenario that was not read from a file
 * @param line    1-based line; 0 without a file
 * @param column  1-based column; 0 without a file
 * @param warning what cannot act: its path (dotted, by ids, as {@code Scenario.warnings()} gives
 *                it, e.g. {@code ruleSets.historical.phases.freeze.sanctioner}) and message
 */
public record LocatedWarning(String file, int line, int column, Warning warning) {

    /**
     * Checks the components.
     *
     * @param file see {@link #file()}
     * @param line see {@link #line()}
     * @param column see {@link #column()}
     * @param warning see {@link #warning()} (not null)
     */
    public LocatedWarning {
        file = file == null ? "" : Problem.printable(file);
        Objects.requireNonNull(warning, "warning");
    }

    /**
     * A warning about a scenario that was not read from a file (built in Java): no position.
     *
     * @param warning the warning
     * @return it, without a file
     */
    public static LocatedWarning unlocated(Warning warning) {
        return new LocatedWarning("", 0, 0, warning);
    }

    /** {@return whether the warning has a place in a file} */
    public boolean located() {
        return !file.isEmpty();
    }

    /**
     * {@code file:line:column: warning: path: message}, as a problem is printed but for the word
     * {@code warning}; {@code warning: path: message} without a file.
     */
    @Override
    public String toString() {
        return (located() ? file + ":" + line + ":" + column + ": " : "") + "warning: "
                + Problem.printable(warning.toString());
    }
}
