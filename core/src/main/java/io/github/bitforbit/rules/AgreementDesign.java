package io.github.bitforbit.rules;

import io.github.bitforbit.model.Scenario;

/**
 * Something that yields a rule set for a scenario: either a fixed {@link RuleSet} or a
 * {@link Template} that builds one from any scenario's own concessions. Designs are what
 * {@code compare} puts side by side.
 */
public interface AgreementDesign {

    /**
     * How files, comparisons and the command line name it.
     *
     * @return a short name, e.g. {@code "bit-for-bit"}
     */
    String name();

    /**
     * The rule set this design gives for a scenario.
     *
     * @param scenario the scenario whose concessions the phases are made of
     * @return the phases and rules a run follows
     * @throws IllegalArgumentException if the design cannot apply to the scenario (e.g. a side
     *                                  with no concessions)
     */
    RuleSet ruleSetFor(Scenario scenario);
}
