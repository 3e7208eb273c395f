/**
 * How principals decide and value (docs/ODD.md section 4): the {@link io.github.bitforbit.agents.Strategy}
 * contract and the {@link io.github.bitforbit.agents.Situation} it sees, the built-in strategies
 * and their registry {@link io.github.bitforbit.agents.Strategies} (open to
 * {@link io.github.bitforbit.agents.StrategyType}s), and the pure functions of valuation and belief
 * ({@link io.github.bitforbit.agents.Valuation}, {@link io.github.bitforbit.agents.TrustBelief}).
 * The agents themselves, which own state, are in {@code io.github.bitforbit.engine}.
 */
package io.github.bitforbit.agents;
