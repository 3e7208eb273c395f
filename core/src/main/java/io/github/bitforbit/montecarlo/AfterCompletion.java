package io.github.bitforbit.montecarlo;

import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.SurvivalPoint;

import java.util.List;

/**
 * What became of the agreements that entered into force: completion does not end a run, so an
 * agreement whose every phase was done must then hold to the horizon, and may not (docs/ODD.md
 * section 7.10). The share {@code COMPLETED} of {@link MonteCarloResult#outcomeShares()} counts the
 * agreements still in force at the horizon; this adds those ever completed and those that
 * collapsed after completion, so that a late completion is not mistaken for a durable one.
 *
 * @param everCompleted          runs in which every phase was completed at some step, {@code >= 0}
 * @param everCompletedShare     their share of all runs, with its Wilson interval (NaN with no runs)
 * @param collapsedAfter         runs that collapsed after completion, in {@code [0, everCompleted]}
 * @param collapsedAfterShare    their share of all runs, with its Wilson interval
 * @param collapsedAfterOfCompleted their share of the runs ever completed, with its Wilson interval
 *                               (NaN when none completed)
 * @param holds                  Kaplan-Meier estimate that the agreement still holds, by months
 *                               since its completion (time 0: the month of completion), a collapse
 *                               the event, the horizon censoring; empty-at-risk steps included
 */
public record AfterCompletion(long everCompleted, Interval everCompletedShare, long collapsedAfter,
                              Interval collapsedAfterShare, Interval collapsedAfterOfCompleted,
                              List<SurvivalPoint> holds) {

    /** No runs summarised: zero counts, NaN shares, an empty curve. */
    public static final AfterCompletion NONE = new AfterCompletion(0, unknown(), 0, unknown(), unknown(), List.of());

    private static Interval unknown() {
        return new Interval(Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * Copies the curve.
     *
     * @param everCompleted see {@link #everCompleted()}
     * @param everCompletedShare see {@link #everCompletedShare()}
     * @param collapsedAfter see {@link #collapsedAfter()}
     * @param collapsedAfterShare see {@link #collapsedAfterShare()}
     * @param collapsedAfterOfCompleted see {@link #collapsedAfterOfCompleted()}
     * @param holds see {@link #holds()}
     * @throws IllegalArgumentException if a count is negative or more collapsed after completion than completed
     */
    public AfterCompletion {
        if (everCompleted < 0 || collapsedAfter < 0 || collapsedAfter > everCompleted) {
            throw new IllegalArgumentException("need 0 <= collapsedAfter <= everCompleted: " + collapsedAfter + ", "
                    + everCompleted);
        }
        java.util.Objects.requireNonNull(everCompletedShare, "everCompletedShare");
        java.util.Objects.requireNonNull(collapsedAfterShare, "collapsedAfterShare");
        java.util.Objects.requireNonNull(collapsedAfterOfCompleted, "collapsedAfterOfCompleted");
        holds = List.copyOf(holds);
    }
}
