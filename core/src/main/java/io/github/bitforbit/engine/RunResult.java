package io.github.bitforbit.engine;

import java.util.Map;

/**
 * The result of one run.
 *
 * @param seed    the run's seed, which determines it completely
 * @param outcome how it ended
 * @param metrics what was measured
 * @param probes  the values of the users' {@link Probe}s by name, in registration order (empty
 *                when there are none)
 */
public record RunResult(long seed, Outcome outcome, Metrics metrics, Map<String, Double> probes) {

    /**
     * A result without probes.
     *
     * @param seed    the run's seed
     * @param outcome how it ended
     * @param metrics what was measured
     */
    public RunResult(long seed, Outcome outcome, Metrics metrics) {
        this(seed, outcome, metrics, Map.of());
    }

    /**
     * Makes the probes read-only.
     *
     * @param seed    the run's seed
     * @param outcome how it ended
     * @param metrics what was measured
     * @param probes  the probes' values by name (null: none)
     */
    public RunResult {
        probes = probes == null || probes.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(probes);
    }
}
