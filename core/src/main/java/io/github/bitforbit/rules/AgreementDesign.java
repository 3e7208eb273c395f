package io.github.bitforbit.rules;

import io.github.bitforbit.model.Scenario;

/**
 * Something that yields a rule set for a scenario: either a fixed {@link RuleSet} or a
 * {@link Template} that builds one from any scenario's own concessions. Designs are what
 * {@code compare} puts side by side.
 */
public interface AgreementDesign {

    /** A short name, e.g. {@code "bit-for-bit"}. */
    String name();

    /** The rule set this design gives for {@code scenario}; fails if it cannot apply. */
    RuleSet ruleSetFor(Scenario scenario);
}
