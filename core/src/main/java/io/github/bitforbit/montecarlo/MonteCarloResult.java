package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.SurvivalPoint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The summary of a Monte Carlo of one scenario under one design: an immutable value whose every
 * figure is a deterministic function of (scenario, design, seed, runs, confidence, precision
 * target, batch size), whatever the number of threads. Two results from the same inputs are
 * {@link #equals equal}.
 *
 * @param scenario         the scenario's name
 * @param design           the design's name
 * @param seed             the master seed; run k used {@link RunSeeds#seed(long, long) seed(seed, k)}
 * @param requestedRuns    the runs asked for (with a precision target: the most allowed), {@code >= 1}
 * @param runs             the runs actually summarised, in {@code [0, requestedRuns]}; they are
 *                         runs {@code 0 .. runs - 1}
 * @param partial          true if the call was cancelled (or interrupted) before it finished, so
 *                         only the first {@code runs} runs are included
 * @param confidence       the two-sided confidence level of every interval, in (0, 1)
 * @param precisionTarget  the requested half-width of the collapse share's interval, in (0, 0.5),
 *                         or NaN if none was requested
 * @param reachedPrecision true if a precision target was requested and the collapse share's
 *                         half-width is at most that target; false otherwise
 * @param outcomeCounts    runs that ended each way (every kind present; counts add up to {@code runs})
 * @param outcomeShares    share of runs that ended each way, with its Wilson score interval (every
 *                         kind present; all NaN when {@code runs == 0})
 * @param metrics          the summary of every {@link Metric} (every metric present, in enum order)
 * @param survival         Kaplan-Meier curve of the time to collapse, one point per step from 0 to
 *                         the longest possible horizon: a collapse is an event at its step;
 *                         completion and stalling censor at theirs; pointwise log(-log) Greenwood
 *                         band at {@code confidence}
 * @param collapses        collapses broken down by who walked out and why: only combinations that
 *                         occurred, ordered by party (scenario order) then cause
 * @param probes           the summary of every user {@link io.github.bitforbit.engine.Probe} by name
 *                         (empty when there are none)
 */
public record MonteCarloResult(String scenario, String design, long seed, long requestedRuns, long runs,
                               boolean partial, double confidence, double precisionTarget,
                               boolean reachedPrecision, Map<OutcomeKind, Long> outcomeCounts,
                               Map<OutcomeKind, Interval> outcomeShares, Map<Metric, MetricSummary> metrics,
                               List<SurvivalPoint> survival, Map<CollapseKey, CollapseShare> collapses,
                               Map<String, MetricSummary> probes) {

    /** A result without user probes. */
    public MonteCarloResult(String scenario, String design, long seed, long requestedRuns, long runs,
                            boolean partial, double confidence, double precisionTarget, boolean reachedPrecision,
                            Map<OutcomeKind, Long> outcomeCounts, Map<OutcomeKind, Interval> outcomeShares,
                            Map<Metric, MetricSummary> metrics, List<SurvivalPoint> survival,
                            Map<CollapseKey, CollapseShare> collapses) {
        this(scenario, design, seed, requestedRuns, runs, partial, confidence, precisionTarget, reachedPrecision,
                outcomeCounts, outcomeShares, metrics, survival, collapses, Map.of());
    }

    /** Makes the collections unmodifiable copies. */
    public MonteCarloResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(design, "design");
        outcomeCounts = Collections.unmodifiableMap(new EnumMap<>(outcomeCounts));
        outcomeShares = Collections.unmodifiableMap(new EnumMap<>(outcomeShares));
        metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
        survival = List.copyOf(survival);
        collapses = Collections.unmodifiableMap(new LinkedHashMap<>(collapses));
        probes = Collections.unmodifiableMap(new LinkedHashMap<>(probes == null ? Map.of() : probes));
    }

    /**
     * The share of runs that ended this way.
     *
     * @param kind completed, collapsed or stalled
     * @return the share in [0, 1] with its Wilson score interval
     */
    public Interval share(OutcomeKind kind) {
        return outcomeShares.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The number of runs that ended this way.
     *
     * @param kind completed, collapsed or stalled
     * @return a count in {@code [0, runs]}
     */
    public long count(OutcomeKind kind) {
        return outcomeCounts.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The summary of one metric.
     *
     * @param metric the metric
     * @return its summary
     */
    public MetricSummary metric(Metric metric) {
        return metrics.get(Objects.requireNonNull(metric, "metric"));
    }

    /** The half-width of the collapse share's interval, in [0, 0.5]; NaN when {@code runs == 0}. */
    public double collapseHalfWidth() {
        return share(OutcomeKind.COLLAPSED).halfWidth();
    }
}
