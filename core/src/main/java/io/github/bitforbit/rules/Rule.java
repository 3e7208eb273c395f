package io.github.bitforbit.rules;

import io.github.bitforbit.validation.Validate;

/**
 * A trigger: {@code when CONDITION then ACTION} (docs/ODD.md section 7.7), e.g.
 * {@code when detected(test-freeze) then restore(textiles)}.
 *
 * @param when the condition
 * @param then the action, taken in the rules stage: once per event for an event condition, once
 *             in all for a level condition
 */
public record Rule(Condition when, Action then) {

    /**
     * Requires both parts.
     *
     * @param when the condition (not null)
     * @param then the action (not null)
     * @throws IllegalArgumentException if either is missing
     */
    public Rule {
        Validate.notNull("rule.when", when);
        Validate.notNull("rule.then", then);
    }

    @Override
    public String toString() {
        return "when " + when + " then " + then;
    }
}
