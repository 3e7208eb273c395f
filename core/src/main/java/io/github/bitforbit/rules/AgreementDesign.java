package io.github.bitforbit.rules;

import io.github.bitforbit.terms.Terms;

/**
 * Something that yields a rule set for a scenario: either a fixed {@link RuleSet} or a
 * {@link Template} that builds one from any scenario's own concessions. Designs are what
 * {@code compare} puts side by side. The two kinds are the only ones (a design of your own is a
 * {@link Template#of} or a {@link RuleSet}), so the set is sealed.
 */
public sealed interface AgreementDesign permits RuleSet, Template {

    /**
     * How files, comparisons and the command line name it.
     *
     * @return a short name, e.g. {@code "bit-for-bit"}
     */
    String name();

    /**
     * The rule set this design gives for a scenario.
     *
     * @param terms the scenario's terms (a {@link io.github.bitforbit.model.Scenario} is one), whose concessions the phases are made of
     * @return the phases and rules a run follows
     * @throws IllegalArgumentException if the design cannot apply to the scenario (e.g. a side
     *                                  with no concessions)
     */
    RuleSet ruleSetFor(Terms terms);
}
