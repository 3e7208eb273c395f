package io.github.bitforbit.stats;

import java.util.Arrays;

/**
 * Exact streaming quantiles of whole numbers {@code >= 0} (counts, steps): a histogram of the
 * values seen, growing with the largest value, not with the number of observations. The
 * {@code p}-quantile is the smallest value {@code x} with {@code F(x) >= p} (the inverse of the
 * empirical distribution function, Hyndman and Fan 1996 type 1). Unlike P-square, the result does
 * not depend on the order of the observations, and histograms merge exactly.
 */
public final class CountQuantiles {
    private long[] counts = new long[16];
    private long n;

    /**
     * Adds one observation.
     *
     * @param value a count or a number of steps, a whole number from 0 to 10^7
     * @throws IllegalArgumentException if {@code value} is negative, not whole, or above 10^7
     */
    public void add(double value) {
        if (!(value >= 0 && value <= 10_000_000 && value == Math.rint(value))) {
            throw new IllegalArgumentException("value must be a whole number in 0..10^7: " + value);
        }
        int v = (int) value;
        if (v >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(v + 1, counts.length * 2));
        }
        counts[v]++;
        n++;
    }

    /**
     * Adds every observation of {@code other}.
     *
     * @param other another accumulator, not null
     */
    public void merge(CountQuantiles other) {
        if (other.counts.length > counts.length) {
            counts = Arrays.copyOf(counts, other.counts.length);
        }
        for (int i = 0; i < other.counts.length; i++) {
            counts[i] += other.counts[i];
        }
        n += other.n;
    }

    /** {@return observations so far} */
    public long count() {
        return n;
    }

    /**
     * The {@code p}-quantile, {@code p} in (0, 1]; NaN with no observations.
     *
     * @param p the cumulative probability, in (0, 1]
     * @return the smallest observed value with at least the share {@code p} of observations at or
     *         below it
     * @throws IllegalArgumentException for p outside (0, 1]
     */
    public double quantile(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1]: " + p);
        }
        if (n == 0) {
            return Double.NaN;
        }
        // The smallest k with k / n >= p. p * n carries the rounding of p (a decimal such as 0.1
        // is not exactly a double) and of the product, a few ulps: allow exactly that much, so
        // that p = 0.1 of n = 10 needs 1, not 2, and never a whole observation less.
        double target = p * n;
        long needed = (long) Math.ceil(target - 4 * Math.ulp(target));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= Math.max(1, needed)) {
                return i;
            }
        }
        return counts.length - 1;
    }
}
