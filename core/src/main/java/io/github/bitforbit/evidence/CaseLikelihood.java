package io.github.bitforbit.evidence;

import io.github.bitforbit.stats.Interval;

/**
 * How likely the model finds a case's observed record, under its historical design: Monte Carlo
 * estimates with Wilson intervals.
 *
 * @param scenario the scenario's name
 * @param design   the design run
 * @param runs     the runs
 * @param outcome  the probability of the observed outcome
 * @param window   the probability of the outcome within the observed window
 * @param record   the probability of the whole record (outcome, window, and who ended it and how)
 * @param matches  the runs that matched the whole record
 */
public record CaseLikelihood(String scenario, String design, long runs, Interval outcome, Interval window,
                             Interval record, long matches) {

    /**
     * The log score of the record, {@code ln((matches + 0.5) / (runs + 1))}: the natural log of
     * the record's probability, kept finite when no run matched (the Jeffreys adjustment, half a
     * match), so that cases can be pooled. Larger (closer to 0) is better.
     *
     * @return the log score, {@code < 0}
     */
    public double logScore() {
        return Math.log((matches + 0.5) / (runs + 1));
    }
}
