package io.github.bitforbit.stats;

/**
 * Streaming count, mean, variance, minimum and maximum of a sequence of numbers, in constant
 * memory.
 *
 * <p>Updates use Welford's algorithm (Welford 1962, Technometrics 4:419), which accumulates
 * squared deviations from the running mean and so avoids the cancellation of the naive
 * sum-of-squares formula when the mean is large relative to the spread. Two accumulators are
 * combined with the pairwise formula of Chan, Golub and LeVeque (1979, "Updating formulae and a
 * pairwise algorithm for computing sample variances", Stanford CS report STAN-CS-79-773), so
 * per-worker accumulators can be merged into the same result as a single stream, up to rounding.
 *
 * <p>Mutable and not thread-safe.
 */
public final class RunningMoments {

    private long count;
    private double mean;
    private double squaredDeviations;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** An empty accumulator. */
    public RunningMoments() {
    }

    /**
     * Adds one observation.
     *
     * @param value a finite number
     * @throws IllegalArgumentException if the value is NaN or infinite, which would poison every
     *                                  statistic silently
     */
    public void add(double value) {
        Arguments.finite("value", value);
        count++;
        double delta = value - mean;
        mean += delta / count;
        squaredDeviations += delta * (value - mean);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /**
     * Adds all observations of {@code other} to this accumulator (Chan et al. 1979); {@code other}
     * is not changed. Merging an accumulator with itself doubles every observation.
     *
     * @param other another accumulator, not null
     */
    public void merge(RunningMoments other) {
        long otherCount = other.count;
        if (otherCount == 0) {
            return;
        }
        double otherMean = other.mean;
        double otherSquares = other.squaredDeviations;
        long total = count + otherCount;
        double delta = otherMean - mean;
        mean += delta * otherCount / total;
        squaredDeviations += otherSquares + delta * delta * ((double) count * otherCount / total);
        count = total;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /**
     * An independent accumulator with the same state.
     *
     * @return this builder
     */
    public RunningMoments copy() {
        RunningMoments copy = new RunningMoments();
        copy.count = count;
        copy.mean = mean;
        copy.squaredDeviations = squaredDeviations;
        copy.min = min;
        copy.max = max;
        return copy;
    }

    /** {@return number of observations, {@code >= 0}} */
    public long count() {
        return count;
    }

    /** {@return arithmetic mean; NaN when empty} */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** {@return sample variance with divisor {@code n - 1}, in {@code [0, inf)}; NaN when fewer than 2 observations} */
    public double variance() {
        return count < 2 ? Double.NaN : Math.max(0, squaredDeviations) / (count - 1);
    }

    /** {@return sample standard deviation, the square root of {@link #variance()}; NaN when fewer than 2 observations} */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /** {@return smallest observation; NaN when empty} */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** {@return largest observation; NaN when empty} */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /**
     * The Student t confidence interval for the mean (Student 1908, Biometrika 6:1):
     * {@code mean -+ t(n-1) s / sqrt(n)}, using Commons Math's {@code TDistribution}. It assumes
     * independent observations and is accurate for roughly normal data or, by the central limit
     * theorem, for large n.
     *
     * <p>With fewer than two observations the spread is unknown, so the bounds are NaN rather than
     * a degenerate {@code [mean, mean]} that would claim false precision; the estimate is the mean
     * (NaN when empty). Identical observations give the degenerate interval {@code [mean, mean]}.
     *
     * @param confidence two-sided confidence level, in (0, 1)
     * @return the interval, with estimate {@link #mean()}
     */
    public Interval tInterval(double confidence) {
        Arguments.confidence(confidence);
        if (count < 2) {
            return Interval.undefined(mean());
        }
        double half = CriticalValues.student(confidence, count - 1) * standardDeviation() / Math.sqrt(count);
        return new Interval(mean, mean - half, mean + half);
    }

    @Override
    public String toString() {
        return "RunningMoments[count=" + count + ", mean=" + mean() + ", sd=" + standardDeviation()
                + ", min=" + min() + ", max=" + max() + "]";
    }
}
