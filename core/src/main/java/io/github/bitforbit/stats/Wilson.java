package io.github.bitforbit.stats;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927, J Am Stat Assoc 22:209;
 * "method 3" of Newcombe 1998, Stat Med 17:857).
 *
 * <p>With {@code p = x/n} and {@code z} the two-sided normal critical value, the bounds are
 * {@code (p + z^2/2n -+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)}. Unlike the Wald interval it
 * stays inside [0, 1] and keeps close to nominal coverage near p = 0 and p = 1, which is where
 * rare outcomes such as collapses live.
 */
public final class Wilson {

    private Wilson() {
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code trials}.
     *
     * @param successes  number of successes, in {@code [0, trials]}
     * @param trials     number of trials, {@code >= 1}
     * @param confidence two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the interval, with estimate {@code successes / trials} and bounds in [0, 1]
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Interval interval(long successes, long trials, double confidence) {
        Arguments.atLeast("trials", trials, 1);
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, trials=" + trials + "]: " + successes);
        }
        return scoreInterval(successes, trials, CriticalValues.normal(confidence));
    }

    /** The score interval for a valid count and a precomputed critical value {@code z > 0}. */
    static Interval scoreInterval(long successes, long trials, double z) {
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // Pin the bounds that are exactly 0 or 1 in exact arithmetic, which rounding would miss.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new Interval(p, low, high);
    }
}
