/**
 * JMH benchmarks of the model and its runners, packaged as {@code benchmarks/target/benchmarks.jar}
 * (the README's "Performance" gives every figure with the command that measured it). They measure
 * the library through its public API only: one run of a scenario ({@code engine.Simulation}), a
 * Monte Carlo ({@code montecarlo.MonteCarlo}), a sweep, the explorer's response, and the cost of
 * MASON's schedule, of extensions and of uncertain parameters against the same work without them.
 * {@link io.github.bitforbit.benchmarks.SyntheticScenarios} builds scenarios of a chosen size for the
 * cost-growth benchmark. Timing targets are checked by running the jar, never as unit tests.
 */
package io.github.bitforbit.benchmarks;
