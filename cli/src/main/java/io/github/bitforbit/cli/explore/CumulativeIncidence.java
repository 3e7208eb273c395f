package io.github.bitforbit.cli.explore;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.montecarlo.RunSink;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.Wilson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cumulative incidence of collapse and of completion over time, per design of a comparison:
 * the probability that talks have collapsed (completed) by the end of month t, with collapse,
 * completion and stalling as competing outcomes.
 *
 * <p>Every run is followed to its end (a stall is the horizon, not a censoring), so the
 * Aalen-Johansen estimator reduces to the share of runs that ended that way by month t, and its
 * interval is the Wilson interval of that share. It is a {@link RunSink}: the runner passes it
 * every run, in run order, once per design in the order given. The runner's result carries a
 * Kaplan-Meier curve of the time to collapse, which counts completions and stalls together as
 * censored, so completion cannot be told from it; this class is the one place to switch once the
 * result carries cumulative incidence itself.
 */
public final class CumulativeIncidence implements RunSink {

    private final int designs;
    private final int minimum;
    /** ends[design][kind][step]: runs of the design that ended that way in that step (grows as needed). */
    private long[][][] ends;
    private int latest = -1;
    private long calls;

    /**
     * An empty tally.
     *
     * @param designs designs in the comparison, {@code >= 1}
     * @param months  the months the curves cover at least, {@code >= 1} (the horizon); a run that
     *                ends later (an uncertain horizon) extends them
     */
    public CumulativeIncidence(int designs, int months) {
        if (designs < 1 || months < 1) {
            throw new IllegalArgumentException("need designs >= 1 and months >= 1");
        }
        this.designs = designs;
        this.minimum = months;
        this.ends = new long[designs][OutcomeKind.values().length][months];
    }

    @Override
    public void accept(long runIndex, RunResult result) {
        int design = (int) (calls++ % designs);
        int step = Math.max(result.outcome().step(), 0);
        if (step >= ends[0][0].length) {
            int grown = Math.max(step + 1, 2 * ends[0][0].length);
            for (long[][] perDesign : ends) {
                for (int k = 0; k < perDesign.length; k++) {
                    perDesign[k] = Arrays.copyOf(perDesign[k], grown);
                }
            }
        }
        latest = Math.max(latest, step);
        ends[design][result.outcome().kind().ordinal()][step]++;
    }

    /**
     * The cumulative incidence of one outcome for one design, month by month.
     *
     * @param design     the design's position in the comparison, from 0
     * @param kind       collapsed or completed (stalled is possible, but happens at the horizon)
     * @param confidence the two-sided level of the intervals, in (0, 1)
     * @return one interval per month from 1 to the months given or the last month any run ended
     *         in, whichever is later: the share of runs that ended this way in that month or
     *         earlier; empty if no run was recorded
     */
    public List<Interval> curve(int design, OutcomeKind kind, double confidence) {
        long runs = runs(design);
        int months = Math.max(minimum, latest + 1);
        List<Interval> out = new ArrayList<>(months);
        if (runs == 0) {
            return out;
        }
        long cumulative = 0;
        for (int t = 0; t < months; t++) {
            cumulative += ends[design][kind.ordinal()][t];
            out.add(Wilson.interval(cumulative, runs, confidence));
        }
        return out;
    }

    /**
     * The runs recorded for one design so far.
     *
     * @param design the design's position in the comparison, from 0
     * @return the number of runs that ended (completed, collapsed or stalled)
     */
    public long runs(int design) {
        long n = 0;
        for (long[] perKind : ends[design]) {
            for (long c : perKind) {
                n += c;
            }
        }
        return n;
    }
}
