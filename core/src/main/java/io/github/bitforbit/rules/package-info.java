/**
 * Agreement designs (docs/ODD.md sections 7.6 and 7.7): a {@link io.github.bitforbit.rules.RuleSet}
 * of phases and rules, the five built-in {@link io.github.bitforbit.rules.Template}s, the rule
 * syntax, the checks of a rule set against a scenario, and the registry of user
 * {@link io.github.bitforbit.rules.ConditionKind}s.
 */
package io.github.bitforbit.rules;
