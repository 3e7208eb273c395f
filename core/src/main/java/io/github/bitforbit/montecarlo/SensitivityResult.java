package io.github.bitforbit.montecarlo;

import java.util.List;

/**
 * Sobol sensitivity indices of a scenario's collapse share over the swept parameters (Saltelli
 * et al. 2010 estimators, see {@link io.github.bitforbit.stats.SobolIndices}).
 *
 * @param scenario     the base scenario's name
 * @param seed         the master seed of every point's Monte Carlo (and of the bootstrap)
 * @param runsPerPoint runs of each point's Monte Carlo
 * @param baseSamples  rows n of each Saltelli matrix, a power of two
 * @param evaluations  points run: {@code n (k + 2)} for k parameters
 * @param bootstrap    bootstrap resamples behind each interval
 * @param confidence   confidence level of the intervals
 * @param parameters   one entry per swept parameter, in the order they were added
 */
public record SensitivityResult(String scenario, long seed, long runsPerPoint, int baseSamples, int evaluations,
                                int bootstrap, double confidence, List<ParameterSensitivity> parameters) {

    /**
     * Copies the list.
     *
     * @param scenario see {@link #scenario()}
     * @param seed see {@link #seed()}
     * @param runsPerPoint see {@link #runsPerPoint()}
     * @param baseSamples see {@link #baseSamples()}
     * @param evaluations see {@link #evaluations()}
     * @param bootstrap see {@link #bootstrap()}
     * @param confidence see {@link #confidence()}
     * @param parameters see {@link #parameters()}
     */
    public SensitivityResult {
        parameters = List.copyOf(parameters);
    }

    /**
     * The indices of one parameter.
     *
     * @param path the parameter path, as in docs/CLI.md
     * @return its first-order and total Sobol indices of the collapse share, with intervals
     * @throws IllegalArgumentException if that path was not swept
     */
    public ParameterSensitivity parameter(String path) {
        for (ParameterSensitivity p : parameters) {
            if (p.path().equals(path)) {
                return p;
            }
        }
        throw new IllegalArgumentException("parameter '" + path + "' was not swept");
    }
}
