package io.github.bitforbit.montecarlo;

/**
 * How often one party walked out for one cause.
 *
 * @param count           runs that collapsed this way, {@code >= 1}
 * @param shareOfCollapses {@code count} divided by all collapses, in (0, 1]
 * @param shareOfRuns     {@code count} divided by all runs, in (0, 1]
 */
public record CollapseShare(long count, double shareOfCollapses, double shareOfRuns) {
}
