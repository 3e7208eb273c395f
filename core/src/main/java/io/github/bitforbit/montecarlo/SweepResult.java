package io.github.bitforbit.montecarlo;

import java.util.List;

/**
 * The result of a parameter sweep: one row per point, in index order.
 *
 * @param scenario     the base scenario's name
 * @param method       {@code "grid"}, {@code "latin-hypercube"} or {@code "sobol"}
 * @param parameters   the swept parameter paths, in the order they were added
 * @param seed         the master seed; every point uses the same run seeds (common random numbers
 *                     across points, so differences between points are not blurred by seed noise)
 * @param runsPerPoint runs of each point's Monte Carlo, {@code >= 1}
 * @param rows         the rows, sorted by {@link SweepRow#index()}; for a partial sweep, the points
 *                     completed before the cancellation
 * @param partial      true if the sweep was cancelled before every point was run
 */
public record SweepResult(String scenario, String method, List<String> parameters, long seed, long runsPerPoint,
                          List<SweepRow> rows, boolean partial) {

    /**
     * Copies the lists.
     *
     * @param scenario see {@link #scenario()}
     * @param method see {@link #method()}
     * @param parameters see {@link #parameters()}
     * @param seed see {@link #seed()}
     * @param runsPerPoint see {@link #runsPerPoint()}
     * @param rows see {@link #rows()}
     * @param partial see {@link #partial()}
     */
    public SweepResult {
        parameters = List.copyOf(parameters);
        rows = List.copyOf(rows);
    }
}
