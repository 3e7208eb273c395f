package io.github.bitforbit.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.PSquarePercentile;

/**
 * Streaming estimates of a fixed set of quantiles in constant memory, by the P-square algorithm
 * (Jain and Chlamtac 1985, Commun ACM 28:1076) as implemented by Commons Math's
 * {@link PSquarePercentile}, one estimator per probability.
 *
 * <p>P-square is an approximation: it tracks five markers per quantile and adjusts their heights
 * by piecewise-parabolic interpolation, so its error depends on the shape of the distribution
 * and shrinks as observations accumulate. With at most five observations it stores them all and
 * returns one of them (an order statistic), with no approximation. The result depends on the
 * ORDER in which observations arrive, not only on their values; estimators fed the same values in
 * a different order (for example by threads finishing in a different order) can disagree. Feed
 * observations in a deterministic order, such as run order, for reproducible results. For the
 * same reason there is no {@code merge}: P-square marker sets cannot be combined exactly.
 *
 * <p>Mutable and not thread-safe.
 */
public final class StreamingQuantiles {

    private final double[] probabilities;
    private final PSquarePercentile[] estimators;
    private long count;

    /**
     * Creates estimators for the given probabilities.
     *
     * @param probabilities distinct probabilities, each in (0, 1), e.g. {@code 0.1, 0.5, 0.9}; at least one
     * @throws IllegalArgumentException if none are given, one is out of range, or two are equal
     */
    public StreamingQuantiles(double... probabilities) {
        if (probabilities == null || probabilities.length == 0) {
            throw new IllegalArgumentException("probabilities must not be empty: " + Arrays.toString(probabilities));
        }
        this.probabilities = probabilities.clone();
        this.estimators = new PSquarePercentile[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            if (!(p > 0 && p < 1)) {
                throw new IllegalArgumentException("probabilities[" + i + "] must be in (0, 1): " + p);
            }
            for (int j = 0; j < i; j++) {
                if (probabilities[j] == p) {
                    throw new IllegalArgumentException("probabilities must be distinct: " + p + " repeated");
                }
            }
            estimators[i] = new PSquarePercentile(100 * p);
        }
    }

    /**
     * Adds one observation to every estimator.
     *
     * @param value a finite number
     */
    public void add(double value) {
        Arguments.finite("value", value);
        for (PSquarePercentile estimator : estimators) {
            estimator.increment(value);
        }
        count++;
    }

    /**
     * The current estimate of the {@code p}-quantile.
     *
     * @param p one of the probabilities given to the constructor (compared exactly)
     * @return the estimate; NaN when no observations have been added
     * @throws IllegalArgumentException if {@code p} was not configured
     */
    public double quantile(double p) {
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] == p) {
                return estimators[i].getResult();
            }
        }
        throw new IllegalArgumentException(
                "p must be one of the configured probabilities " + Arrays.toString(probabilities) + ": " + p);
    }

    /** {@return the configured probabilities, in constructor order (a copy)} */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** {@return number of observations added, {@code >= 0}} */
    public long count() {
        return count;
    }
}
