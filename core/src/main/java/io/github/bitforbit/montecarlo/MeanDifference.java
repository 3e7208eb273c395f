package io.github.bitforbit.montecarlo;

import io.github.bitforbit.stats.Interval;

/**
 * The mean difference {@code mean(a - b)} of one metric between design A and design B over runs
 * paired by common random numbers, in the metric's units.
 *
 * @param paired            the Student t interval computed on the per-run differences, with
 *                          estimate the mean difference (bounds NaN with fewer than two runs)
 * @param varianceReduction {@code 1 - Var(a - b) / (Var(a) + Var(b))}: the fraction of variance
 *                          removed by pairing compared with independent seeds, in [-1, 1]; NaN
 *                          when both designs give a constant
 */
public record MeanDifference(Interval paired, double varianceReduction) {
}
