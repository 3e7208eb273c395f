package io.github.bitforbit.stats;

/**
 * Confidence interval for the difference {@code pA - pB} of two INDEPENDENT binomial proportions
 * by Newcombe's hybrid score method (Newcombe 1998, Stat Med 17:873, "method 10"; also called
 * square-and-add or MOVER-Wilson).
 *
 * <p>With Wilson score limits {@code [l1, u1]} for {@code pA} and {@code [l2, u2]} for {@code pB}
 * (see {@link Wilson}) and {@code D = pA - pB}, the interval is
 * {@code D - sqrt((pA - l1)^2 + (u2 - pB)^2)} to {@code D + sqrt((u1 - pA)^2 + (pB - l2)^2)}.
 * It needs no iteration, stays inside [-1, 1] and has close to nominal coverage even for
 * proportions near 0 or 1, where the Wald interval fails. Use it for scenarios simulated with
 * independent random streams; for runs paired by common random numbers use
 * {@link PairedProportions}.
 */
public final class ProportionDifference {

    private ProportionDifference() {
    }

    /**
     * Newcombe's method 10 interval for {@code successesA/trialsA - successesB/trialsB}.
     *
     * @param successesA successes in sample A, in {@code [0, trialsA]}
     * @param trialsA    size of sample A, {@code >= 1}
     * @param successesB successes in sample B, in {@code [0, trialsB]}
     * @param trialsB    size of sample B, {@code >= 1}
     * @param confidence two-sided confidence level, in (0, 1)
     * @return the interval, with estimate {@code pA - pB} and bounds in [-1, 1]
     */
    public static Interval interval(long successesA, long trialsA, long successesB, long trialsB,
                                    double confidence) {
        Interval a = Wilson.interval(successesA, trialsA, confidence);
        Interval b = Wilson.interval(successesB, trialsB, confidence);
        return combine(a, b, 0);
    }

    /**
     * Newcombe's square-and-add combination of two Wilson intervals, with {@code phi} the
     * estimated correlation between the two proportions (0 when independent).
     */
    static Interval combine(Interval a, Interval b, double phi) {
        double pA = a.estimate();
        double pB = b.estimate();
        double difference = pA - pB;
        double lowA = pA - a.low();
        double highA = a.high() - pA;
        double lowB = pB - b.low();
        double highB = b.high() - pB;
        // |phi| <= 1 keeps the radicands non-negative in exact arithmetic; max(0, .) absorbs rounding.
        double delta = Math.sqrt(Math.max(0, lowA * lowA - 2 * phi * lowA * highB + highB * highB));
        double epsilon = Math.sqrt(Math.max(0, highA * highA - 2 * phi * highA * lowB + lowB * lowB));
        return new Interval(difference, Math.max(-1, difference - delta), Math.min(1, difference + epsilon));
    }
}
