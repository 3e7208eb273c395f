package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.Metrics;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The per-run measurements that the Monte Carlo runner summarises (see
 * {@link io.github.bitforbit.engine.Metrics} for their exact meaning).
 */
public enum Metric {
    /** Phases completed, a count {@code >= 0}. */
    PHASES_COMPLETED(m -> m.phasesCompleted()),
    /** The target's real capability at the end, in [0, 1]. */
    CAPABILITY_REMAINING(Metrics::capabilityRemaining),
    /** Share of the total sanctions weight lifted at the end, in [0, 1]. */
    RELIEF_DELIVERED(Metrics::reliefDelivered),
    /** The sanctioner's final trust in the target, in [0, 1]. */
    TRUST_IN_TARGET(Metrics::trustInTarget),
    /** The target's final trust in the sanctioner, in [0, 1]. */
    TRUST_IN_SANCTIONER(Metrics::trustInSanctioner),
    /** Steps (months) the run lasted, {@code >= 1}. */
    DURATION(m -> m.duration()),
    /** Violations: cheating by the target, its steps missed at a deadline, and re-impositions without cause, a count. */
    VIOLATIONS(m -> m.violations()),
    /** Inspections that reported cheating, false alarms included, a count. */
    DETECTIONS(m -> m.detections()),
    /** Detections of honest steps, a count. */
    FALSE_ALARMS(m -> m.falseAlarms()),
    /** Tranches restored by snapback or rules, a count. */
    SNAPBACKS(m -> m.snapbacks()),
    /** Steps cheated on and never detected by the end, a count. */
    UNDETECTED_CHEATING(m -> m.undetectedCheating());

    private static final Metric[] VALUES = values();

    private final ToDoubleFunction<Metrics> extractor;

    Metric(ToDoubleFunction<Metrics> extractor) {
        this.extractor = extractor;
    }

    /** {@return whether the metric takes whole numbers only (counts, steps): its quantiles are then exact} */
    public boolean whole() {
        return this != CAPABILITY_REMAINING && this != RELIEF_DELIVERED && this != TRUST_IN_TARGET
                && this != TRUST_IN_SANCTIONER;
    }

    /**
     * This metric's value in one run's measurements.
     *
     * @param metrics one run's measurements
     * @return the value, in the metric's unit (a count, steps, or a share in [0, 1])
     */
    public double of(Metrics metrics) {
        return extractor.applyAsDouble(metrics);
    }

    /** {@return the lower-case, hyphenated name used in output, e.g. {@code "relief-delivered"}} */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static int count() {
        return VALUES.length;
    }

    static Metric at(int ordinal) {
        return VALUES[ordinal];
    }
}
