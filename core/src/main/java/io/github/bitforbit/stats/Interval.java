package io.github.bitforbit.stats;

/**
 * A point estimate with a two-sided confidence interval {@code [low, high]}.
 *
 * <p>Bounds are NaN when the data cannot support an interval (for example a t-interval from one
 * observation); each estimator documents when. The estimate usually, but not always, lies inside
 * the interval: a percentile bootstrap interval may exclude it.
 *
 * @param estimate the point estimate, or NaN when there are no data
 * @param low      the lower bound, {@code <= high}, or NaN
 * @param high     the upper bound, {@code >= low}, or NaN
 */
public record Interval(double estimate, double low, double high) {

    /**
     * Checks that {@code low <= high} whenever both are numbers.
     *
     * @param estimate see {@link #estimate()}
     * @param low see {@link #low()}
     * @param high see {@link #high()}
     */
    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("low must not exceed high: low=" + low + ", high=" + high);
        }
    }

    /** An interval whose bounds are unknown (NaN) around the given estimate. */
    static Interval undefined(double estimate) {
        return new Interval(estimate, Double.NaN, Double.NaN);
    }

    /** {@return half the width, {@code (high - low) / 2}, in {@code [0, inf)}; NaN if a bound is NaN} */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /**
     * Whether the closed interval holds a value.
     *
     * @param value any number
     * @return {@code low <= value <= high}; false if a bound or the value is NaN
     */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
