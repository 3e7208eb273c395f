package io.github.bitforbit.rules;

import io.github.bitforbit.model.Scenario;

/**
 * A kind of rule condition beyond the built-in ones (docs/ODD.md section 7.7, "Extending"), written
 * {@code NAME(ARGUMENT)} in a rule, e.g. {@code when relief-above(0.5) then suspend}. A custom
 * condition is a level condition: asked once per step in the rules stage, the rule fires the
 * first step it holds. Register one with {@link ConditionKinds#register} or list it in
 * {@code META-INF/services/io.github.bitforbit.rules.ConditionKind}.
 */
public interface ConditionKind {

    /** Its name in rules: lower case letters and hyphens, not a built-in name. */
    String name();

    /** One line saying when it holds. */
    String summary();

    /** What is wrong with {@code argument} in {@code scenario} (one line), or null if it is fine. */
    default String check(String argument, Scenario scenario) {
        return null;
    }

    /** The test for {@code argument}, compiled once per simulation. */
    Test compile(String argument, Scenario scenario);

    /** A compiled condition. */
    @FunctionalInterface
    interface Test {
        /** Whether it holds now. */
        boolean holds(RunView run);
    }
}
