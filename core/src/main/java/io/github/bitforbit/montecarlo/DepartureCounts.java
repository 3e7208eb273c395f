package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.stats.CountQuantiles;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.Wilson;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The departures of a coalition's members over one design's runs, fed by {@link Aggregate} in run
 * order: per member, the runs in which it left (after or before completion, by cause, and when),
 * those in which its leaving, as the last member in, ended the run (the run's collapse is by it, at
 * the step it left), and the runs in which another member left and it stayed. Only made for a side of two or more
 * members. Integer counts and an exact histogram of steps, so every figure is independent of the
 * order of the runs; memory is fixed (the histogram grows with the longest step, not the runs).
 */
final class DepartureCounts {

    private static final CollapseCause[] CAUSES = CollapseCause.values();
    private static final int CAUSE_BITS = Block.AFTER_COMPLETION - 1;

    private final List<String> members;
    /** Each member's index among the scenario's parties, as in {@link Block#collapse}. */
    private final int[] partyOf;
    private final int maxTime;
    private final long[] left;
    private final long[] after;
    private final long[] ended;
    /** Per member m and cause c, at {@code m * CAUSES.length + c}. */
    private final long[] causes;
    private final long[] stepSum;
    private final CountQuantiles[] steps;
    private final long[] anotherLeft;
    private final long[] stayed;

    /**
     * @param members the sanctioners' ids, in scenario order
     * @param parties every party's id, in scenario order (the members among them)
     * @param maxTime the last step a run can end at
     */
    DepartureCounts(List<String> members, List<String> parties, int maxTime) {
        this.members = List.copyOf(members);
        this.maxTime = maxTime;
        int n = members.size();
        partyOf = new int[n];
        for (int m = 0; m < n; m++) {
            partyOf[m] = parties.indexOf(members.get(m));
        }
        left = new long[n];
        after = new long[n];
        ended = new long[n];
        causes = new long[n * CAUSES.length];
        stepSum = new long[n];
        steps = new CountQuantiles[n];
        for (int m = 0; m < n; m++) {
            steps[m] = new CountQuantiles();
        }
        anotherLeft = new long[n];
        stayed = new long[n];
    }

    /** Adds the departures of the run in {@code slot} of {@code block} (none, if it has none). */
    void add(Block block, int slot) {
        if (block.leftAt == null) {
            return;
        }
        int n = members.size();
        if (block.members != n) {
            throw new IllegalStateException("block has departures of " + block.members + " members, the scenario "
                    + n + " sanctioners " + members);
        }
        int base = slot * n;
        int leavers = 0;
        for (int m = 0; m < n; m++) {
            if (block.leftAt[base + m] != Block.STAYED) {
                leavers++;
            }
        }
        if (leavers == 0) {
            return;
        }
        int collapse = block.collapse[slot];
        int collapser = collapse == Block.NO_COLLAPSE ? -1 : collapse / Block.CAUSES;
        for (int m = 0; m < n; m++) {
            int step = block.leftAt[base + m];
            boolean gone = step != Block.STAYED;
            if (gone) {
                int how = block.leftHow[base + m] & 0xFF;
                left[m]++;
                if ((how & Block.AFTER_COMPLETION) != 0) {
                    after[m]++;
                }
                causes[m * CAUSES.length + (how & CAUSE_BITS)]++;
                if (partyOf[m] == collapser && step == block.step[slot]) {
                    ended[m]++;
                }
                int at = Math.min(step, maxTime);
                stepSum[m] += at;
                steps[m].add(at);
            }
            if (leavers - (gone ? 1 : 0) > 0) {
                anotherLeft[m]++;
                if (!gone) {
                    stayed[m]++;
                }
            }
        }
    }

    /** Every member's figures after {@code runs} runs, in scenario order. */
    Map<String, MemberDepartures> snapshot(long runs, double confidence) {
        Map<String, MemberDepartures> out = new LinkedHashMap<>();
        for (int m = 0; m < members.size(); m++) {
            Map<CollapseCause, Long> why = new EnumMap<>(CollapseCause.class);
            for (CollapseCause c : CAUSES) {
                long k = causes[m * CAUSES.length + c.ordinal()];
                if (k > 0) {
                    why.put(c, k);
                }
            }
            long before = left[m] - after[m];
            double median = left[m] == 0 ? Double.NaN : steps[m].quantile(0.5);
            double mean = left[m] == 0 ? Double.NaN : (double) stepSum[m] / left[m];
            out.put(members.get(m), new MemberDepartures(members.get(m), left[m], share(left[m], runs, confidence),
                    after[m], share(after[m], runs, confidence), before, share(before, runs, confidence), ended[m],
                    share(ended[m], runs, confidence), why, median, mean, anotherLeft[m], stayed[m],
                    share(stayed[m], anotherLeft[m], confidence)));
        }
        return out;
    }

    /** {@code k / n} with its Wilson interval; NaN with no trials. */
    static Interval share(long k, long n, double confidence) {
        return n == 0 ? new Interval(Double.NaN, Double.NaN, Double.NaN) : Wilson.interval(k, n, confidence);
    }
}
