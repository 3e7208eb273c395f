package io.github.bitforbit.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Two-sided critical values of the normal and Student t distributions. */
final class CriticalValues {

    // No random generator: only quantiles are needed, and the default Well19937c is costly to seed.
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private CriticalValues() {
    }

    /** z with P(|Z| <= z) = confidence, for confidence in (0, 1). */
    static double normal(double confidence) {
        return STANDARD_NORMAL.inverseCumulativeProbability(0.5 + Arguments.confidence(confidence) / 2);
    }

    /** t with P(|T| <= t) = confidence for T ~ Student t with the given degrees of freedom (> 0). */
    static double student(double confidence, double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom)
                .inverseCumulativeProbability(0.5 + Arguments.confidence(confidence) / 2);
    }
}
