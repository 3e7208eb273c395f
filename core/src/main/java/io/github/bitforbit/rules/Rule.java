package io.github.bitforbit.rules;

import io.github.bitforbit.model.Validate;

/**
 * A trigger: {@code when CONDITION then ACTION} (MODEL.md section 2), e.g.
 * {@code when violated(test-freeze) then restore(textiles)}.
 *
 * @param when the condition
 * @param then the action taken in the rules stage of each step the condition holds
 */
public record Rule(Condition when, Action then) {

    public Rule {
        Validate.notNull("rule.when", when);
        Validate.notNull("rule.then", then);
    }

    /** Parses {@code "when CONDITION then ACTION"}; see {@link RuleSyntax}. */
    public static Rule parse(String text) {
        return RuleSyntax.rule(text);
    }

    @Override
    public String toString() {
        return "when " + when + " then " + then;
    }
}
