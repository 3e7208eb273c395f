package io.github.bitforbit.robust;

/**
 * A design's regret over the points of a robust comparison (Savage 1951): at each point its
 * shortfall from the best design there, as a share of runs (0.1 is ten percentage points; completion:
 * the best share less its own; collapse: its own share less the least).
 *
 * @param mean the mean regret over the points, in [0, 1]
 * @param p90  the 90th percentile of the regret (Commons Math, estimation type R-7, Hyndman and
 *             Fan's default), in [0, 1]
 * @param max  the largest regret at any point, in [0, 1]
 */
public record Regret(double mean, double p90, double max) {
}
