/**
 * How principals decide and value (docs/ODD.md sections 7.1, 7.2 and 7.9): the
 * {@link io.github.bitforbit.agents.Strategy} contract and the
 * {@link io.github.bitforbit.agents.Situation} it sees (the value and cost of a phase, in
 * discounted utility, the decider's trust and temptation), the built-in strategies and their
 * registry {@link io.github.bitforbit.agents.Strategies} (open to
 * {@link io.github.bitforbit.agents.StrategyType}s), and the pure functions of valuation and belief:
 * {@link io.github.bitforbit.agents.Valuation} (security, sanctions pain, political cost, the
 * opportunist's cheating probability) and {@link io.github.bitforbit.agents.TrustBelief} (Bayes'
 * rule on inspections and on relief that holds).
 *
 * <p>The agents themselves, which own state, are in {@code io.github.bitforbit.engine}: they compute
 * a situation with these functions and ask the party's strategy, chosen in its
 * {@link io.github.bitforbit.model.Party} specification. A strategy decides offers, answers,
 * performance and walk-outs; a party's private type (cooperative or not), drawn per run, decides
 * cheating and reneging, and a strategy never sees it.
 */
package io.github.bitforbit.agents;
