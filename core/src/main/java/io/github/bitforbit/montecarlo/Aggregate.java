package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.CountQuantiles;
import io.github.bitforbit.stats.CumulativeIncidence;
import io.github.bitforbit.stats.KaplanMeier;
import io.github.bitforbit.stats.RunningMoments;
import io.github.bitforbit.stats.StreamingQuantiles;
import io.github.bitforbit.stats.Wilson;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The streaming summary of one design's runs, fed one run at a time in run-index order by the
 * consumer thread; its memory is fixed (independent of the number of runs).
 */
final class Aggregate {

    private static final OutcomeKind[] KINDS = OutcomeKind.values();
    private static final CollapseCause[] CAUSES = CollapseCause.values();

    private final List<String> parties;
    private final int maxTime;
    private long runs;
    private final long[] kinds = new long[KINDS.length];
    private final RunningMoments[] moments = new RunningMoments[Metric.count()];
    /** P-square estimators for continuous metrics (null for whole-number ones). */
    private final StreamingQuantiles[] quantiles = new StreamingQuantiles[Metric.count()];
    /** Exact histograms for whole-number metrics (null for continuous ones): cheaper and exact. */
    private final CountQuantiles[] counts = new CountQuantiles[Metric.count()];
    /** Competing risks: cause {@link #COLLAPSE} and cause {@link #COMPLETION}; a stall censors. */
    private final CumulativeIncidence incidence;
    private static final int COLLAPSE = 0;
    private static final int COMPLETION = 1;
    /** The users' probes by name, summarised like the metrics (mean, interval). */
    private final Map<String, RunningMoments> probeMoments = new LinkedHashMap<>();
    private final Map<String, StreamingQuantiles> probeQuantiles = new LinkedHashMap<>();
    private final long[] collapses;
    /** Runs in which every phase was completed at some step, and those of them that later collapsed. */
    private long everCompleted;
    private long collapsedAfter;
    /** "The agreement holds": months from completion to a collapse, censored at the end of the run. */
    private final KaplanMeier holds;
    /** The departures of a coalition's members; null for a side of one principal (nothing to count). */
    private final DepartureCounts departures;

    /**
     * @param parties the scenario's party ids, in scenario order (a collapse's party)
     * @param members its sanctioners' ids, in scenario order (a departure's member); with fewer
     *                than two, no departures are counted
     * @param maxTime the last step a run can end at
     */
    Aggregate(List<String> parties, List<String> members, int maxTime) {
        this.parties = List.copyOf(parties);
        this.maxTime = maxTime;
        for (int i = 0; i < Metric.count(); i++) {
            moments[i] = new RunningMoments();
            if (Metric.at(i).whole()) {
                counts[i] = new CountQuantiles();
            } else {
                quantiles[i] = new StreamingQuantiles(0.1, 0.5, 0.9);
            }
        }
        incidence = new CumulativeIncidence(maxTime, 2);
        collapses = new long[parties.size() * CAUSES.length];
        holds = new KaplanMeier(maxTime);
        departures = members.size() >= 2 ? new DepartureCounts(members, parties, maxTime) : null;
    }

    /** Adds the run in {@code slot} of {@code block}. */
    void add(Block block, int slot) {
        runs++;
        int kind = block.kind[slot];
        kinds[kind]++;
        int step = Math.min(block.step[slot], maxTime);
        int completed = block.completedAt[slot];
        boolean collapsed = kind == OutcomeKind.COLLAPSED.ordinal();
        // competing first events: completion, or a collapse before it; a stall censors
        if (completed >= 0) {
            everCompleted++;
            incidence.event(Math.min(completed, maxTime), COMPLETION);
            // the run's last step: the walk-out, or the horizon's (duration - 1)
            int last = collapsed ? step : (int) block.values[slot * Metric.count() + Metric.DURATION.ordinal()] - 1;
            holds.record(Math.max(0, Math.min(last, maxTime) - completed), collapsed);
            if (collapsed) {
                collapsedAfter++;
            }
        } else if (collapsed) {
            incidence.event(step, COLLAPSE);
        } else {
            incidence.censor(step);
        }
        if (departures != null) {
            departures.add(block, slot);
        }
        int collapse = block.collapse[slot];
        if (collapse != Block.NO_COLLAPSE) {
            collapses[collapse]++;
        }
        if (block.probes != null && block.probes[slot] != null) {
            double[] row = block.probes[slot];
            for (int i = 0; i < row.length; i++) {
                String name = block.probeNames[i];
                probeMoments.computeIfAbsent(name, k -> new RunningMoments()).add(row[i]);
                probeQuantiles.computeIfAbsent(name, k -> new StreamingQuantiles(0.1, 0.5, 0.9)).add(row[i]);
            }
        }
        int offset = slot * Metric.count();
        for (int i = 0; i < Metric.count(); i++) {
            double v = block.values[offset + i];
            moments[i].add(v);
            if (counts[i] != null) {
                counts[i].add(v);
            } else {
                quantiles[i].add(v);
            }
        }
    }

    private double quantile(int metric, double p) {
        if (counts[metric] != null) {
            return counts[metric].quantile(p);
        }
        return quantiles[metric].count() == 0 ? Double.NaN : quantiles[metric].quantile(p);
    }

    long runs() {
        return runs;
    }

    /** The collapse share's Wilson half-width at {@code confidence}; +inf with no runs. */
    double collapseHalfWidth(double confidence) {
        return runs == 0 ? Double.POSITIVE_INFINITY
                : Wilson.interval(kinds[OutcomeKind.COLLAPSED.ordinal()], runs, confidence).halfWidth();
    }

    MonteCarloResult snapshot(String scenario, String design, long seed, long requestedRuns, boolean partial,
                              double confidence, double precisionTarget) {
        Map<OutcomeKind, Long> counts = new EnumMap<>(OutcomeKind.class);
        Map<OutcomeKind, Interval> shares = new EnumMap<>(OutcomeKind.class);
        for (OutcomeKind k : KINDS) {
            counts.put(k, kinds[k.ordinal()]);
            shares.put(k, runs == 0 ? new Interval(Double.NaN, Double.NaN, Double.NaN)
                    : Wilson.interval(kinds[k.ordinal()], runs, confidence));
        }
        Map<Metric, MetricSummary> metrics = new EnumMap<>(Metric.class);
        for (int i = 0; i < Metric.count(); i++) {
            RunningMoments m = moments[i];
            metrics.put(Metric.at(i), new MetricSummary(Metric.at(i).label(), m.mean(), m.standardDeviation(),
                    m.tInterval(confidence), quantile(i, 0.1), quantile(i, 0.5), quantile(i, 0.9)));
        }
        long collapsed = kinds[OutcomeKind.COLLAPSED.ordinal()];
        Map<CollapseKey, CollapseShare> causes = new LinkedHashMap<>();
        for (int p = 0; p < parties.size(); p++) {
            for (CollapseCause c : CAUSES) {
                long n = collapses[p * CAUSES.length + c.ordinal()];
                if (n > 0) {
                    causes.put(new CollapseKey(parties.get(p), c),
                            new CollapseShare(n, (double) n / collapsed, (double) n / runs));
                }
            }
        }
        Map<String, MetricSummary> probes = new LinkedHashMap<>();
        for (Map.Entry<String, RunningMoments> e : probeMoments.entrySet()) {
            RunningMoments m = e.getValue();
            StreamingQuantiles q = probeQuantiles.get(e.getKey());
            probes.put(e.getKey(), new MetricSummary(e.getKey(), m.mean(), m.standardDeviation(),
                    m.tInterval(confidence), q.quantile(0.1), q.quantile(0.5), q.quantile(0.9)));
        }
        boolean reached = !Double.isNaN(precisionTarget) && collapseHalfWidth(confidence) <= precisionTarget;
        AfterCompletion after = new AfterCompletion(everCompleted, share(everCompleted, runs, confidence),
                collapsedAfter, share(collapsedAfter, runs, confidence),
                share(collapsedAfter, everCompleted, confidence), holds.curve(confidence));
        return new MonteCarloResult(scenario, design, seed, requestedRuns, runs, partial, confidence,
                precisionTarget, reached, counts, shares, metrics, incidence.curve(COLLAPSE, confidence),
                incidence.curve(COMPLETION, confidence), causes, probes, after,
                departures == null ? Map.of() : departures.snapshot(runs, confidence));
    }

    private static Interval share(long k, long n, double confidence) {
        return n == 0 ? new Interval(Double.NaN, Double.NaN, Double.NaN) : Wilson.interval(k, n, confidence);
    }
}
