package io.github.bitforbit.stats;

/**
 * Paired binary outcomes, for example whether each of n seeds collapses under scenario A and
 * under scenario B when both run on the same random numbers, accumulated as a 2x2 table:
 *
 * <pre>
 *                 B true      B false
 *   A true      bothTrue (a)  onlyA (b)
 *   A false     onlyB (c)     bothFalse (d)
 * </pre>
 *
 * <p>{@code pA = (a + b)/n}, {@code pB = (a + c)/n} and the difference {@code pA - pB = (b - c)/n}
 * depends only on the discordant pairs. Its interval is Newcombe's hybrid score interval for
 * paired data (Newcombe 1998, Stat Med 17:2635, "method 10"): Wilson limits {@code [l1, u1]} for
 * pA and {@code [l2, u2]} for pB are combined as
 * {@code D - sqrt((pA - l1)^2 - 2 phi (pA - l1)(u2 - pB) + (u2 - pB)^2)} to
 * {@code D + sqrt((u1 - pA)^2 - 2 phi (u1 - pA)(pB - l2) + (pB - l2)^2)}, where phi is the
 * correlation of the two outcomes with Newcombe's correction: with {@code A = ad - bc} and the
 * marginal totals {@code e = a+b, f = c+d, g = a+c, h = b+d},
 * {@code phi = (A - n/2)/sqrt(efgh)} if {@code A > n/2}, 0 if {@code 0 <= A <= n/2},
 * {@code A/sqrt(efgh)} if {@code A < 0}, and 0 if any marginal total is 0. The correction
 * shrinks a positive correlation towards 0, which widens the interval slightly; without it the
 * interval is too narrow for small tables.
 *
 * <p>Mutable and not thread-safe; combine per-worker tables with {@link #merge}.
 */
public final class PairedProportions {

    private long bothTrue;
    private long onlyA;
    private long onlyB;
    private long bothFalse;

    /** An empty table. */
    public PairedProportions() {
    }

    /**
     * A table with the given counts.
     *
     * @param bothTrue  pairs with A and B true, {@code >= 0}
     * @param onlyA     pairs with only A true, {@code >= 0}
     * @param onlyB     pairs with only B true, {@code >= 0}
     * @param bothFalse pairs with A and B false, {@code >= 0}
     * @return a new table
     */
    public static PairedProportions of(long bothTrue, long onlyA, long onlyB, long bothFalse) {
        PairedProportions table = new PairedProportions();
        table.bothTrue = Arguments.atLeast("bothTrue", bothTrue, 0);
        table.onlyA = Arguments.atLeast("onlyA", onlyA, 0);
        table.onlyB = Arguments.atLeast("onlyB", onlyB, 0);
        table.bothFalse = Arguments.atLeast("bothFalse", bothFalse, 0);
        // Fails fast (ArithmeticException) on a total that would overflow count().
        Math.addExact(Math.addExact(bothTrue, onlyA), Math.addExact(onlyB, bothFalse));
        return table;
    }

    /**
     * Adds one pair of outcomes.
     *
     * @param a outcome under A
     * @param b outcome under B
     */
    public void add(boolean a, boolean b) {
        if (a) {
            if (b) {
                bothTrue++;
            } else {
                onlyA++;
            }
        } else if (b) {
            onlyB++;
        } else {
            bothFalse++;
        }
    }

    /**
     * Adds the counts of {@code other}, which is not changed.
     *
     * @param other another table, not null
     */
    public void merge(PairedProportions other) {
        bothTrue += other.bothTrue;
        onlyA += other.onlyA;
        onlyB += other.onlyB;
        bothFalse += other.bothFalse;
    }

    /**
     * An independent table with the same counts.
     *
     * @return this builder
     */
    public PairedProportions copy() {
        return of(bothTrue, onlyA, onlyB, bothFalse);
    }

    /** {@return pairs with A and B true} */
    public long bothTrue() {
        return bothTrue;
    }

    /** {@return pairs with only A true} */
    public long onlyA() {
        return onlyA;
    }

    /** {@return pairs with only B true} */
    public long onlyB() {
        return onlyB;
    }

    /** {@return pairs with A and B false} */
    public long bothFalse() {
        return bothFalse;
    }

    /** {@return number of pairs n, {@code >= 0}} */
    public long count() {
        return bothTrue + onlyA + onlyB + bothFalse;
    }

    /**
     * {@code pA = (bothTrue + onlyA) / n}, in [0, 1]; NaN when empty.
     *
     * @return the share of pairs in which A is true
     */
    public double proportionA() {
        return (double) (bothTrue + onlyA) / count();
    }

    /**
     * {@code pB = (bothTrue + onlyB) / n}, in [0, 1]; NaN when empty.
     *
     * @return the share of pairs in which B is true
     */
    public double proportionB() {
        return (double) (bothTrue + onlyB) / count();
    }

    /**
     * {@code pA - pB = (onlyA - onlyB) / n}, in [-1, 1]; NaN when empty.
     *
     * @return the difference of the two shares
     */
    public double difference() {
        return (double) (onlyA - onlyB) / count();
    }

    /**
     * Newcombe's (1998, Stat Med 17:2635) method 10 interval for {@code pA - pB} from paired data,
     * with the corrected phi described in the class comment.
     *
     * @param confidence two-sided confidence level, in (0, 1)
     * @return the interval, with estimate {@link #difference()} and bounds in [-1, 1]; bounds NaN
     *         when the table is empty
     */
    public Interval interval(double confidence) {
        return combine(confidence, correctedPhi());
    }

    /**
     * Newcombe's (1998, Stat Med 17:873) method 10 interval for INDEPENDENT proportions applied to
     * the marginal counts {@code (a + b)/n} and {@code (a + c)/n}, that is, ignoring the pairing.
     * Comparing it with {@link #interval} shows what pairing gains.
     *
     * @param confidence two-sided confidence level, in (0, 1)
     * @return the interval, with estimate {@link #difference()}; bounds NaN when the table is empty
     */
    public Interval unpairedInterval(double confidence) {
        return combine(confidence, 0);
    }

    /**
     * The fraction of the variance of the estimated difference removed by pairing:
     * {@code 1 - Var_paired / Var_unpaired}, with
     * {@code Var_paired = (pA(1-pA) + pB(1-pB) - 2(p11 - pA pB)) / n} (p11 = a/n) and
     * {@code Var_unpaired = (pA(1-pA) + pB(1-pB)) / n}, the plug-in variances of {@code pA - pB}
     * for paired and for independent samples of size n. It equals
     * {@code 2 cov / (var A + var B)}: in (0, 1] when the outcomes are positively correlated,
     * which is what common random numbers aim for, and negative when pairing hurts. Range
     * [-1, 1].
     *
     * @return the reduction; NaN when empty or when {@code Var_unpaired = 0} (both outcomes constant)
     */
    public double varianceReduction() {
        double n = count();
        double pA = proportionA();
        double pB = proportionB();
        double unpaired = pA * (1 - pA) + pB * (1 - pB);
        if (!(unpaired > 0)) {
            return Double.NaN;
        }
        double covariance = bothTrue / n - pA * pB;
        return 2 * covariance / unpaired;
    }

    private Interval combine(double confidence, double phi) {
        double z = CriticalValues.normal(confidence);
        long n = count();
        if (n == 0) {
            return Interval.undefined(Double.NaN);
        }
        Interval a = Wilson.scoreInterval(bothTrue + onlyA, n, z);
        Interval b = Wilson.scoreInterval(bothTrue + onlyB, n, z);
        Interval combined = ProportionDifference.combine(a, b, phi);
        // Report (b - c)/n rather than pA - pB so the estimate is exact for the discordant counts.
        return new Interval(difference(), combined.low(), combined.high());
    }

    private double correctedPhi() {
        double e = bothTrue + onlyA;
        double f = onlyB + bothFalse;
        double g = bothTrue + onlyB;
        double h = onlyA + bothFalse;
        if (e == 0 || f == 0 || g == 0 || h == 0) {
            return 0;
        }
        double cross = (double) bothTrue * bothFalse - (double) onlyA * onlyB;
        double half = count() / 2.0;
        double corrected = cross > half ? cross - half : Math.min(cross, 0);
        return corrected / Math.sqrt(e * f * g * h);
    }
}
