package io.github.bitforbit.montecarlo;

import io.github.bitforbit.stats.Interval;

/**
 * Sobol sensitivity indices of the collapse share with respect to one swept parameter.
 *
 * @param path       the parameter's path
 * @param firstOrder the first-order index S_i (share of the variance of the collapse share due to
 *                   this parameter alone; in [0, 1] in theory, estimates may stray slightly outside)
 *                   with its percentile bootstrap interval
 * @param total      the total index ST_i (share due to this parameter including all its
 *                   interactions; {@code >= S_i} in theory) with its bootstrap interval
 */
public record ParameterSensitivity(String path, Interval firstOrder, Interval total) {
}
