package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.OutcomeKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Design A against design B on the same run seeds: every difference is A minus B.
 *
 * @param designA the first design's name
 * @param designB the second design's name
 * @param runs    number of paired runs, {@code >= 0}
 * @param shares  the paired difference of the share of every outcome kind (all kinds present)
 * @param metrics the paired mean difference of every metric (all metrics present)
 */
public record PairedComparison(String designA, String designB, long runs, Map<OutcomeKind, ShareDifference> shares,
                               Map<Metric, MeanDifference> metrics) {

    /**
     * Makes the maps unmodifiable copies.
     *
     * @param designA see {@link #designA()}
     * @param designB see {@link #designB()}
     * @param runs see {@link #runs()}
     * @param shares see {@link #shares()}
     * @param metrics see {@link #metrics()}
     */
    public PairedComparison {
        shares = Collections.unmodifiableMap(new EnumMap<>(shares));
        metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
    }

    /**
     * The paired difference of the share of runs that ended this way.
     *
     * @param kind completed, collapsed or stalled
     * @return {@code share(A) - share(B)} in [-1, 1], with its paired (Newcombe) interval and the
     *         counts of runs that ended this way under one design only
     */
    public ShareDifference share(OutcomeKind kind) {
        return shares.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The paired mean difference of one metric.
     *
     * @param metric one of the built-in metrics
     * @return {@code mean(A - B)} over the paired runs, in the metric's unit, with its interval
     */
    public MeanDifference metric(Metric metric) {
        return metrics.get(Objects.requireNonNull(metric, "metric"));
    }
}
