package io.github.bitforbit.montecarlo;

import io.github.bitforbit.stats.Interval;

/**
 * The difference {@code pA - pB} between the shares of runs of design A and design B that ended
 * one way, estimated from runs paired by common random numbers (run k of both designs has the
 * same seed).
 *
 * @param paired             Newcombe's (1998) method 10 interval for paired proportions, with
 *                           estimate {@code pA - pB} in [-1, 1]
 * @param unpaired           the interval the same counts would give had A and B been run on
 *                           independent seeds (Newcombe's method 10 for independent proportions),
 *                           for judging what pairing gains
 * @param varianceReduction  fraction of the variance of the estimated difference removed by
 *                           pairing, in [-1, 1] (NaN when undefined); positive when the designs'
 *                           outcomes move together across seeds
 * @param onlyA              runs that ended this way under A but not under B, {@code >= 0}
 * @param onlyB              runs that ended this way under B but not under A, {@code >= 0}
 */
public record ShareDifference(Interval paired, Interval unpaired, double varianceReduction, long onlyA, long onlyB) {
}
