package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.stats.Interval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How often one member of a coalition (one of the scenario's sanctioners) left the talks while the
 * rest of its side went on ({@link io.github.bitforbit.engine.Departure}, docs/ODD.md section
 * 7.11), over the runs of a Monte Carlo. A member leaves at most once in a run and never acts
 * again; the run may still go on, and even end in a collapse by another party. The last member
 * still in ends the run by leaving: that departure is also the run's collapse (counted under its
 * party in {@link MonteCarloResult#collapses()}), and {@code endedRun} counts it. Every share comes
 * with its Wilson score interval at the result's {@linkplain MonteCarloResult#confidence()
 * confidence}; a share with no runs to count is NaN, bounds included.
 *
 * @param member                     the member's party id, e.g. {@code "EU"}
 * @param left                       runs in which it left, in {@code [0, runs]}
 * @param leftShare                  {@code left} divided by all runs, in [0, 1]
 * @param leftAfterCompletion        runs in which it left while the agreement was in force (every
 *                                   phase completed), in {@code [0, left]}
 * @param leftAfterCompletionShare   {@code leftAfterCompletion} divided by all runs, in [0, 1]
 * @param leftBeforeCompletion       runs in which it left before the agreement was in force,
 *                                   {@code left - leftAfterCompletion}
 * @param leftBeforeCompletionShare  {@code leftBeforeCompletion} divided by all runs, in [0, 1]
 * @param endedRun                   runs in which it left as the last member still in, which ended
 *                                   the run as a collapse by it, in {@code [0, left]}; the other
 *                                   {@code left - endedRun} it left while the rest of its side went on
 * @param endedRunShare              {@code endedRun} divided by all runs, in [0, 1]
 * @param causes                     runs in which it left, by why it left (e.g.
 *                                   {@link CollapseCause#REIMPOSED}): only causes that occurred, in
 *                                   enum order, each count {@code >= 1}, adding up to {@code left}
 * @param medianStep                 the median step (from 0) in which it left, over the runs in
 *                                   which it did (the smallest step with at least half of them at
 *                                   or before it); NaN when it never left
 * @param meanStep                   the mean step in which it left; NaN when it never left
 * @param anotherLeft                runs in which at least one other member left, in {@code [0, runs]}
 * @param stayedWhenAnotherLeft      those of them in which this member never left, in
 *                                   {@code [0, anotherLeft]}
 * @param stayedWhenAnotherLeftShare {@code stayedWhenAnotherLeft} divided by {@code anotherLeft}, in
 *                                   [0, 1]; NaN when no other member ever left
 */
public record MemberDepartures(String member, long left, Interval leftShare, long leftAfterCompletion,
                               Interval leftAfterCompletionShare, long leftBeforeCompletion,
                               Interval leftBeforeCompletionShare, long endedRun, Interval endedRunShare,
                               Map<CollapseCause, Long> causes,
                               double medianStep, double meanStep, long anotherLeft, long stayedWhenAnotherLeft,
                               Interval stayedWhenAnotherLeftShare) {

    /**
     * Checks the counts and copies the causes.
     *
     * @param member see {@link #member()}
     * @param left see {@link #left()}
     * @param leftShare see {@link #leftShare()}
     * @param leftAfterCompletion see {@link #leftAfterCompletion()}
     * @param leftAfterCompletionShare see {@link #leftAfterCompletionShare()}
     * @param leftBeforeCompletion see {@link #leftBeforeCompletion()}
     * @param leftBeforeCompletionShare see {@link #leftBeforeCompletionShare()}
     * @param endedRun see {@link #endedRun()}
     * @param endedRunShare see {@link #endedRunShare()}
     * @param causes see {@link #causes()} (null: none)
     * @param medianStep see {@link #medianStep()}
     * @param meanStep see {@link #meanStep()}
     * @param anotherLeft see {@link #anotherLeft()}
     * @param stayedWhenAnotherLeft see {@link #stayedWhenAnotherLeft()}
     * @param stayedWhenAnotherLeftShare see {@link #stayedWhenAnotherLeftShare()}
     * @throws IllegalArgumentException if a count is negative, the counts before and after
     *                                  completion do not add up to {@code left}, more ended the run
     *                                  than left, more stayed than
     *                                  saw another leave, or the causes do not add up to {@code left}
     */
    public MemberDepartures {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(leftShare, "leftShare");
        Objects.requireNonNull(leftAfterCompletionShare, "leftAfterCompletionShare");
        Objects.requireNonNull(leftBeforeCompletionShare, "leftBeforeCompletionShare");
        Objects.requireNonNull(endedRunShare, "endedRunShare");
        Objects.requireNonNull(stayedWhenAnotherLeftShare, "stayedWhenAnotherLeftShare");
        if (leftAfterCompletion < 0 || leftBeforeCompletion < 0 || leftAfterCompletion + leftBeforeCompletion != left) {
            throw new IllegalArgumentException("need leftAfterCompletion + leftBeforeCompletion == left, none negative: "
                    + leftAfterCompletion + " + " + leftBeforeCompletion + " != " + left);
        }
        if (endedRun < 0 || endedRun > left) {
            throw new IllegalArgumentException("need 0 <= endedRun <= left: " + endedRun + ", " + left);
        }
        if (stayedWhenAnotherLeft < 0 || stayedWhenAnotherLeft > anotherLeft) {
            throw new IllegalArgumentException("need 0 <= stayedWhenAnotherLeft <= anotherLeft: " + stayedWhenAnotherLeft
                    + ", " + anotherLeft);
        }
        Map<CollapseCause, Long> copy = new EnumMap<>(CollapseCause.class);
        if (causes != null) {
            copy.putAll(causes);
        }
        long sum = 0;
        for (long n : copy.values()) {
            if (n < 1) {
                throw new IllegalArgumentException("causes: every count must be >= 1: " + copy);
            }
            sum += n;
        }
        if (sum != left) {
            throw new IllegalArgumentException("causes must add up to left = " + left + ": " + copy);
        }
        causes = Collections.unmodifiableMap(copy);
    }

    /**
     * The runs in which it left for this cause.
     *
     * @param cause why it left
     * @return a count in {@code [0, left]}
     */
    public long count(CollapseCause cause) {
        return causes.getOrDefault(Objects.requireNonNull(cause, "cause"), 0L);
    }
}
