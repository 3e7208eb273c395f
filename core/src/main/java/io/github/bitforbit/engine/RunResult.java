package io.github.bitforbit.engine;

/**
 * The result of one run.
 *
 * @param seed    the run's seed, which determines it completely
 * @param outcome how it ended
 * @param metrics what was measured
 */
public record RunResult(long seed, Outcome outcome, Metrics metrics) {
}
