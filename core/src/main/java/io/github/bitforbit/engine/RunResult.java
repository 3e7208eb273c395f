package io.github.bitforbit.engine;

import java.util.List;
import java.util.Map;

/**
 * The result of one run.
 *
 * @param seed    the run's seed, which determines it completely
 * @param outcome how it ended
 * @param metrics what was measured
 * @param probes  the values of the users' {@link Probe}s by name, in registration order (empty
 *                when there are none)
 * @param departures the members of a coalition that left while their side went on, in the order
 *                they left (empty for a side of one principal, and when nobody left)
 */
public record RunResult(long seed, Outcome outcome, Metrics metrics, Map<String, Double> probes,
                        List<Departure> departures) {

    /**
     * A result without probes.
     *
     * @param seed    the run's seed
     * @param outcome how it ended
     * @param metrics what was measured
     */
    public RunResult(long seed, Outcome outcome, Metrics metrics) {
        this(seed, outcome, metrics, Map.of(), List.of());
    }

    /**
     * A result without departures.
     *
     * @param seed    the run's seed
     * @param outcome how it ended
     * @param metrics what was measured
     * @param probes  the probes' values by name (null: none)
     */
    public RunResult(long seed, Outcome outcome, Metrics metrics, Map<String, Double> probes) {
        this(seed, outcome, metrics, probes, List.of());
    }

    /**
     * Makes the probes read-only.
     *
     * @param seed    the run's seed
     * @param outcome how it ended
     * @param metrics what was measured
     * @param probes  the probes' values by name (null: none)
     * @param departures the coalition members that left (null: none)
     */
    public RunResult {
        departures = departures == null || departures.isEmpty() ? List.of() : List.copyOf(departures);
        probes = probes == null || probes.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(probes);
    }
}
