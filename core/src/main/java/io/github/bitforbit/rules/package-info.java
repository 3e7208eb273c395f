/**
 * Agreement designs (docs/ODD.md sections 7.3 to 7.7): the rules of the game a scenario is played
 * under. A {@link io.github.bitforbit.rules.AgreementDesign} yields a
 * {@link io.github.bitforbit.rules.RuleSet} for a {@link io.github.bitforbit.model.Scenario}: either
 * a fixed rule set (a scenario's own, e.g. {@code historical}) or a
 * {@link io.github.bitforbit.rules.Template} that builds one from any scenario's concessions (the
 * five built-ins: all-or-nothing, bit-for-bit, action-for-action, front-loaded, GRIT). A rule set is
 * ordered {@link io.github.bitforbit.rules.Phase}s (who gives what, in which
 * {@link io.github.bitforbit.rules.Order}, by which deadline, verified or not), triggers
 * ({@link io.github.bitforbit.rules.Rule}: a {@link io.github.bitforbit.rules.Condition} and an
 * {@link io.github.bitforbit.rules.Action}, in the text syntax of
 * {@link io.github.bitforbit.rules.RuleSyntax}), snapback, counter-offers and the
 * {@link io.github.bitforbit.rules.ProposalMode}.
 *
 * <p>{@link io.github.bitforbit.rules.RuleSetCheck} checks a rule set against the scenario it is used
 * in (the scenario does so for its own designs); {@code io.github.bitforbit.engine} compiles it once
 * per simulation and applies it every step. Users extend it with condition kinds
 * ({@link io.github.bitforbit.rules.ConditionKind}, registered in
 * {@link io.github.bitforbit.rules.ConditionKinds}, reading a run through
 * {@link io.github.bitforbit.rules.RunView}) and templates
 * ({@link io.github.bitforbit.rules.Template#of}, {@link io.github.bitforbit.rules.TemplateSource}).
 */
package io.github.bitforbit.rules;
