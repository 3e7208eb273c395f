package io.github.bitforbit.stats;

/**
 * Paired numeric outcomes {@code (a, b)}, for example a payoff under scenarios A and B from the
 * same seed (common random numbers), summarised by the mean difference {@code mean(a - b)} and
 * its Student t interval computed on the differences.
 *
 * <p>Pairing pays off when a and b are positively correlated:
 * {@code Var(a - b) = Var(a) + Var(b) - 2 Cov(a, b)}. {@link #varianceReduction()} reports that
 * saving. Moments use Welford's algorithm and merge by Chan et al. (1979), see
 * {@link RunningMoments}.
 *
 * <p>Mutable and not thread-safe; combine per-worker accumulators with {@link #merge}.
 */
public final class PairedDifference {

    private final RunningMoments a = new RunningMoments();
    private final RunningMoments b = new RunningMoments();
    private final RunningMoments differences = new RunningMoments();

    /** An empty accumulator. */
    public PairedDifference() {
    }

    /**
     * Adds one pair.
     *
     * @param a the outcome under A, finite
     * @param b the outcome under B, finite
     */
    public void add(double a, double b) {
        Arguments.finite("a", a);
        Arguments.finite("b", b);
        Arguments.finite("a - b", a - b);
        this.a.add(a);
        this.b.add(b);
        differences.add(a - b);
    }

    /**
     * Adds all pairs of {@code other}, which is not changed.
     *
     * @param other another accumulator, not null
     */
    public void merge(PairedDifference other) {
        // Snapshot first so that merging with itself reads the unmodified state.
        RunningMoments otherA = other.a.copy();
        RunningMoments otherB = other.b.copy();
        RunningMoments otherDifferences = other.differences.copy();
        a.merge(otherA);
        b.merge(otherB);
        differences.merge(otherDifferences);
    }

    /**
     * An independent accumulator with the same state.
     *
     * @return this builder
     */
    public PairedDifference copy() {
        PairedDifference copy = new PairedDifference();
        copy.merge(this);
        return copy;
    }

    /** {@return number of pairs, {@code >= 0}} */
    public long count() {
        return differences.count();
    }

    /**
     * {@code mean(a - b)}; NaN when empty.
     *
     * @return the mean difference, in the unit of the values paired
     */
    public double meanDifference() {
        return differences.mean();
    }

    /**
     * The Student t interval for the mean difference, computed on the differences {@code a - b};
     * bounds NaN with fewer than two pairs (see {@link RunningMoments#tInterval}).
     *
     * @param confidence two-sided confidence level, in (0, 1)
     * @return the interval, with estimate {@link #meanDifference()}
     */
    public Interval interval(double confidence) {
        return differences.tInterval(confidence);
    }

    /**
     * The fraction of variance removed by pairing, {@code 1 - Var(a - b) / (Var(a) + Var(b))},
     * with sample variances: {@code Var(a) + Var(b)} is the variance of the difference if A and B
     * had been run on independent seeds. Equal to {@code 2 Cov(a, b) / (Var(a) + Var(b))}, so in
     * [-1, 1]: near 1 when common random numbers make the outcomes move together, negative when
     * they are anti-correlated.
     *
     * @return the reduction; NaN with fewer than two pairs or when both a and b are constant
     */
    public double varianceReduction() {
        double unpaired = a.variance() + b.variance();
        return unpaired > 0 ? 1 - differences.variance() / unpaired : Double.NaN;
    }

    /** {@return moments of the A outcomes (a copy)} */
    public RunningMoments a() {
        return a.copy();
    }

    /** {@return moments of the B outcomes (a copy)} */
    public RunningMoments b() {
        return b.copy();
    }

    /** {@return moments of the differences {@code a - b} (a copy)} */
    public RunningMoments differences() {
        return differences.copy();
    }
}
