package io.github.bitforbit.montecarlo;

import io.github.bitforbit.stats.Interval;

/**
 * The distribution of one metric over the runs of a Monte Carlo, in the metric's own units.
 *
 * <p>Mean and standard deviation are exact (Welford); the interval is the Student t interval for
 * the mean at the result's confidence level; the quantiles are streaming P-square estimates
 * (approximate, exact with five runs or fewer), computed on the runs in run-index order so they
 * are reproducible. Every field is NaN when there are no runs; the interval bounds and the
 * standard deviation are NaN with a single run.
 *
 * @param name         the metric's label, e.g. {@code "relief-delivered"}
 * @param mean         the sample mean
 * @param sd           the sample standard deviation (n - 1 denominator), {@code >= 0}
 * @param meanInterval the t interval for the mean, with estimate {@code mean}
 * @param p10          the 10th percentile: exact for whole-number metrics (counts, steps), a P-square
 *                     estimate for continuous ones
 * @param median       the estimated median
 * @param p90          the estimated 90th percentile
 */
public record MetricSummary(String name, double mean, double sd, Interval meanInterval,
                            double p10, double median, double p90) {
}
