package io.github.bitforbit.rules;

import io.github.bitforbit.terms.Terms;

/**
 * A kind of rule condition beyond the built-in ones (docs/ODD.md section 7.7, "Extending"), written
 * {@code NAME(ARGUMENT)} in a rule, e.g. {@code when relief-above(0.5) then suspend}. A custom
 * condition is a level condition: asked once per step in the rules stage, the rule fires the
 * first step it holds. Register one with {@link ConditionKinds#register} or list it in
 * {@code META-INF/services/io.github.bitforbit.rules.ConditionKind}.
 */
public interface ConditionKind {

    /**
     * The name rules write it by.
     *
     * @return lower case letters and hyphens, not a built-in name, e.g. {@code "relief-above"}
     */
    String name();

    /**
     * What {@code describe} and listings say about it.
     *
     * @return one line saying when it holds
     */
    String summary();

    /**
     * Checks an argument when a scenario is validated, so that a bad rule is reported with the
     * scenario's other problems rather than when it runs. The default accepts any argument.
     *
     * @param argument the text between the brackets
     * @param terms    the terms of the scenario the rule is used in (its parties' roles and concessions)
     * @return what is wrong (one line), or null if it is fine
     */
    default String check(String argument, Terms terms) {
        return null;
    }

    /**
     * Compiles the condition once per simulation, so that asking it each step is cheap.
     *
     * @param argument the text between the brackets, already checked
     * @param terms    the terms of the scenario simulated
     * @return the test asked in the rules stage of every step until it first holds
     */
    Test compile(String argument, Terms terms);

    /** A compiled condition. */
    @FunctionalInterface
    interface Test {
        /**
         * Whether it holds now.
         *
         * @param run the run in progress, read-only
         * @return true in a step in which it holds (the rule then fires, once)
         */
        boolean holds(RunView run);
    }
}
