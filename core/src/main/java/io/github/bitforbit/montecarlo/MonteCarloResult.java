package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.IncidencePoint;

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
 * @param collapseIncidence   the cumulative incidence of collapse before completion: the probability
 *                         that the talks have collapsed by the end of each step without every
 *                         phase done, with completion a competing risk
 *                         and stalling (the horizon reached) censoring (Aalen-Johansen, see
 *                         {@link io.github.bitforbit.stats.CumulativeIncidence}); one point per
 *                         step from 0 to the longest possible horizon, pointwise band at
 *                         {@code confidence}
 * @param completionIncidence the cumulative incidence of completion, with collapse the competing
 *                         risk, on the same steps
 * @param collapses        collapses broken down by who walked out and why: only combinations that
 *                         occurred, ordered by party (scenario order) then cause
 * @param probes           the summary of every user {@link io.github.bitforbit.engine.Probe} by name
 *                         (empty when there are none)
 * @param afterCompletion  the runs ever completed, those that collapsed after completion, and the
 *                         Kaplan-Meier curve of "the agreement holds" since completion
 * @param departures       for a coalition (a scenario with two or more sanctioners): how often each
 *                         member left while the rest of its side went on, by member id, every
 *                         member present in scenario order; empty for a side of one principal
 */
public record MonteCarloResult(String scenario, String design, long seed, long requestedRuns, long runs,
                               boolean partial, double confidence, double precisionTarget,
                               boolean reachedPrecision, Map<OutcomeKind, Long> outcomeCounts,
                               Map<OutcomeKind, Interval> outcomeShares, Map<Metric, MetricSummary> metrics,
                               List<IncidencePoint> collapseIncidence, List<IncidencePoint> completionIncidence,
                               Map<CollapseKey, CollapseShare> collapses, Map<String, MetricSummary> probes,
                               AfterCompletion afterCompletion, Map<String, MemberDepartures> departures) {

    /**
     * A result without user probes.
     *
     * @param scenario see {@link #scenario()}
     * @param design see {@link #design()}
     * @param seed see {@link #seed()}
     * @param requestedRuns see {@link #requestedRuns()}
     * @param runs see {@link #runs()}
     * @param partial see {@link #partial()}
     * @param confidence see {@link #confidence()}
     * @param precisionTarget see {@link #precisionTarget()}
     * @param reachedPrecision see {@link #reachedPrecision()}
     * @param outcomeCounts see {@link #outcomeCounts()}
     * @param outcomeShares see {@link #outcomeShares()}
     * @param metrics see {@link #metrics()}
     * @param collapseIncidence see {@link #collapseIncidence()}
     * @param completionIncidence see {@link #completionIncidence()}
     * @param collapses see {@link #collapses()}
     */
    public MonteCarloResult(String scenario, String design, long seed, long requestedRuns, long runs,
                            boolean partial, double confidence, double precisionTarget, boolean reachedPrecision,
                            Map<OutcomeKind, Long> outcomeCounts, Map<OutcomeKind, Interval> outcomeShares,
                            Map<Metric, MetricSummary> metrics, List<IncidencePoint> collapseIncidence,
                            List<IncidencePoint> completionIncidence, Map<CollapseKey, CollapseShare> collapses) {
        this(scenario, design, seed, requestedRuns, runs, partial, confidence, precisionTarget, reachedPrecision,
                outcomeCounts, outcomeShares, metrics, collapseIncidence, completionIncidence, collapses, Map.of(),
                AfterCompletion.NONE);
    }

    /**
     * A result with user probes, without the breakdown after completion ({@link AfterCompletion#NONE}).
     *
     * @param scenario see {@link #scenario()}
     * @param design see {@link #design()}
     * @param seed see {@link #seed()}
     * @param requestedRuns see {@link #requestedRuns()}
     * @param runs see {@link #runs()}
     * @param partial see {@link #partial()}
     * @param confidence see {@link #confidence()}
     * @param precisionTarget see {@link #precisionTarget()}
     * @param reachedPrecision see {@link #reachedPrecision()}
     * @param outcomeCounts see {@link #outcomeCounts()}
     * @param outcomeShares see {@link #outcomeShares()}
     * @param metrics see {@link #metrics()}
     * @param collapseIncidence see {@link #collapseIncidence()}
     * @param completionIncidence see {@link #completionIncidence()}
     * @param collapses see {@link #collapses()}
     * @param probes see {@link #probes()}
     */
    public MonteCarloResult(String scenario, String design, long seed, long requestedRuns, long runs,
                            boolean partial, double confidence, double precisionTarget, boolean reachedPrecision,
                            Map<OutcomeKind, Long> outcomeCounts, Map<OutcomeKind, Interval> outcomeShares,
                            Map<Metric, MetricSummary> metrics, List<IncidencePoint> collapseIncidence,
                            List<IncidencePoint> completionIncidence, Map<CollapseKey, CollapseShare> collapses,
                            Map<String, MetricSummary> probes) {
        this(scenario, design, seed, requestedRuns, runs, partial, confidence, precisionTarget, reachedPrecision,
                outcomeCounts, outcomeShares, metrics, collapseIncidence, completionIncidence, collapses, probes,
                AfterCompletion.NONE);
    }

    /**
     * A result without departures of a coalition's members (a side of one principal).
     *
     * @param scenario see {@link #scenario()}
     * @param design see {@link #design()}
     * @param seed see {@link #seed()}
     * @param requestedRuns see {@link #requestedRuns()}
     * @param runs see {@link #runs()}
     * @param partial see {@link #partial()}
     * @param confidence see {@link #confidence()}
     * @param precisionTarget see {@link #precisionTarget()}
     * @param reachedPrecision see {@link #reachedPrecision()}
     * @param outcomeCounts see {@link #outcomeCounts()}
     * @param outcomeShares see {@link #outcomeShares()}
     * @param metrics see {@link #metrics()}
     * @param collapseIncidence see {@link #collapseIncidence()}
     * @param completionIncidence see {@link #completionIncidence()}
     * @param collapses see {@link #collapses()}
     * @param probes see {@link #probes()}
     * @param afterCompletion see {@link #afterCompletion()}
     */
    public MonteCarloResult(String scenario, String design, long seed, long requestedRuns, long runs,
                            boolean partial, double confidence, double precisionTarget, boolean reachedPrecision,
                            Map<OutcomeKind, Long> outcomeCounts, Map<OutcomeKind, Interval> outcomeShares,
                            Map<Metric, MetricSummary> metrics, List<IncidencePoint> collapseIncidence,
                            List<IncidencePoint> completionIncidence, Map<CollapseKey, CollapseShare> collapses,
                            Map<String, MetricSummary> probes, AfterCompletion afterCompletion) {
        this(scenario, design, seed, requestedRuns, runs, partial, confidence, precisionTarget, reachedPrecision,
                outcomeCounts, outcomeShares, metrics, collapseIncidence, completionIncidence, collapses, probes,
                afterCompletion, Map.of());
    }

    /**
     * Makes the collections unmodifiable copies.
     *
     * @param scenario see {@link #scenario()}
     * @param design see {@link #design()}
     * @param seed see {@link #seed()}
     * @param requestedRuns see {@link #requestedRuns()}
     * @param runs see {@link #runs()}
     * @param partial see {@link #partial()}
     * @param confidence see {@link #confidence()}
     * @param precisionTarget see {@link #precisionTarget()}
     * @param reachedPrecision see {@link #reachedPrecision()}
     * @param outcomeCounts see {@link #outcomeCounts()}
     * @param outcomeShares see {@link #outcomeShares()}
     * @param metrics see {@link #metrics()}
     * @param collapseIncidence see {@link #collapseIncidence()}
     * @param completionIncidence see {@link #completionIncidence()}
     * @param collapses see {@link #collapses()}
     * @param probes see {@link #probes()}
     * @param afterCompletion see {@link #afterCompletion()}
     * @param departures see {@link #departures()} (null: none)
     */
    public MonteCarloResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(design, "design");
        outcomeCounts = Collections.unmodifiableMap(new EnumMap<>(outcomeCounts));
        outcomeShares = Collections.unmodifiableMap(new EnumMap<>(outcomeShares));
        metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
        collapseIncidence = List.copyOf(collapseIncidence);
        completionIncidence = List.copyOf(completionIncidence);
        collapses = Collections.unmodifiableMap(new LinkedHashMap<>(collapses));
        probes = Collections.unmodifiableMap(new LinkedHashMap<>(probes == null ? Map.of() : probes));
        afterCompletion = afterCompletion == null ? AfterCompletion.NONE : afterCompletion;
        departures = departures == null || departures.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(departures));
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
     * @param metric one of the built-in metrics
     * @return its mean, standard deviation, interval and quantiles over the runs
     */
    public MetricSummary metric(Metric metric) {
        return metrics.get(Objects.requireNonNull(metric, "metric"));
    }

    /**
     * The cumulative incidence curve of one way of ending before the horizon.
     *
     * @param kind {@link OutcomeKind#COLLAPSED} or {@link OutcomeKind#COMPLETED} (a stall happens
     *             only at the horizon, where it censors)
     * @return one point per step, from 0
     * @throws IllegalArgumentException for {@link OutcomeKind#STALLED}
     */
    public List<IncidencePoint> incidence(OutcomeKind kind) {
        switch (Objects.requireNonNull(kind, "kind")) {
            case COLLAPSED:
                return collapseIncidence;
            case COMPLETED:
                return completionIncidence;
            default:
                throw new IllegalArgumentException("no incidence curve for " + kind.label()
                        + ": stalling is censoring at the horizon");
        }
    }

    /**
     * How often one member of the coalition left.
     *
     * @param member a sanctioner's party id, e.g. {@code "EU"}
     * @return its departures, or empty if it is no member (or the side has one principal)
     */
    public java.util.Optional<MemberDepartures> departures(String member) {
        return java.util.Optional.ofNullable(departures.get(Objects.requireNonNull(member, "member")));
    }

    /** {@return the half-width of the collapse share's interval, in [0, 0.5]; NaN when {@code runs == 0}} */
    public double collapseHalfWidth() {
        return share(OutcomeKind.COLLAPSED).halfWidth();
    }
}
