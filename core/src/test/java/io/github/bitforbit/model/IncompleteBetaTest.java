package io.github.bitforbit.model;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncompleteBetaTest {
    private static final double[] SHAPES = {0.3, 0.5, 0.9, 1, 1.5, 2, 5, 9.5, 10, 20, 50};
    private static final double[] PROBABILITIES = {1e-10, 1e-7, 1e-4, 0.001, 0.01, 0.05, 0.1, 0.25, 0.4, 0.5,
        0.6, 0.75, 0.9, 0.95, 0.99, 0.999, 1 - 1e-4, 1 - 1e-7, 1 - 1e-10};

    @Test
    void quantileAgreesWithCommonsMathOverAGridOfShapes() {
        for (double a : SHAPES) {
            for (double b : SHAPES) {
                BetaDistribution commons = new BetaDistribution(null, a, b);
                // Commons Math's solver stops at 1e-9 absolute; asked for 1e-15 it is a tighter reference
                BetaDistribution tight = new BetaDistribution(null, a, b, 1e-15);
                for (double p : PROBABILITIES) {
                    double q = IncompleteBeta.inverse(p, a, b);
                    String at = "a " + a + ", b " + b + ", p " + p;
                    // Commons Math's answer is anywhere in its final bracket, of half-width 1e-9
                    // (1e-15 for the tight one); it solves I(x) = p as is, so near 1 it is also
                    // only as good as the 1e-16 that 1 - I keeps, over the slope
                    double noise = q > 0 && q < 1 ? 2e-16 / tight.density(q) : 0;
                    assertEquals(commons.inverseCumulativeProbability(p), q, 2e-9 + noise, at);
                    assertEquals(tight.inverseCumulativeProbability(p), q, 1e-12 + noise, at);
                }
            }
        }
    }

    @Test
    void theQuantileRoundTripsThroughTheDistributionFunction() {
        for (double a : SHAPES) {
            for (double b : SHAPES) {
                for (double p : PROBABILITIES) {
                    assertRoundTrip(p, a, b, 1e-13, 1e-12);
                }
            }
        }
    }

    @Test
    void theDistributionFunctionAndLogBetaAgreeWithCommonsMath() {
        for (double a : SHAPES) {
            for (double b : SHAPES) {
                double lnB = Beta.logBeta(a, b);
                assertEquals(lnB, IncompleteBeta.logBeta(a, b), 1e-13 * Math.max(1, Math.abs(lnB)), a + ", " + b);
                assertEquals(IncompleteBeta.logBeta(a, b), IncompleteBeta.logBeta(b, a), 0.0);
                for (int i = 1; i < 100; i++) {
                    double x = i / 100.0;
                    double expected = Beta.regularizedBeta(x, a, b);
                    assertEquals(expected, IncompleteBeta.regularized(x, a, b),
                            1e-12 * Math.min(expected, 1 - expected) + 2e-16, "x " + x + ", " + a + ", " + b);
                }
            }
        }
    }

    @Test
    void closedFormsAndEndsAreExact() {
        for (double p : PROBABILITIES) {
            assertEquals(p, IncompleteBeta.inverse(p, 1, 1), 1e-14 * p, "uniform");
            assertEquals(Math.pow(p, 1 / 3.0), IncompleteBeta.inverse(p, 3, 1), 1e-14, "beta(3, 1)");
            assertEquals(1 - Math.pow(1 - p, 1 / 0.4), IncompleteBeta.inverse(p, 1, 0.4), 1e-14, "beta(1, 0.4)");
        }
        assertEquals(0.5, IncompleteBeta.inverse(0.5, 7, 7), 1e-15, "the median of a symmetric beta");
        for (double a : SHAPES) {
            assertEquals(0.0, IncompleteBeta.inverse(0, a, 2), 0.0);
            assertEquals(1.0, IncompleteBeta.inverse(1, a, 2), 0.0);
            assertEquals(0.0, IncompleteBeta.regularized(0, a, 2), 0.0);
            assertEquals(1.0, IncompleteBeta.regularized(1, a, 2), 0.0);
        }
    }

    @Test
    void extremeShapesStillRoundTrip() {
        // the lower 1e-4 quantile of beta(0.01, 0.01) is about 1e-370, below the least double
        assertEquals(0.0, IncompleteBeta.inverse(1e-4, 0.01, 0.01), 0.0);
        assertEquals(1.0, IncompleteBeta.inverse(1 - 1e-4, 0.01, 0.01), 0.0);
        double[][] shapes = {{0.01, 0.01}, {0.05, 3}, {3, 0.05}, {0.1, 2000}, {2000, 0.1}, {1e4, 1e4}, {1e4, 3},
            {0.05, 1e5}};
        for (double[] s : shapes) {
            double previous = 0;
            for (double p : PROBABILITIES) {
                if (s[0] == 0.01 && Math.min(p, 1 - p) < 0.01) {
                    continue; // tails below the least double, as checked above
                }
                double q = IncompleteBeta.inverse(p, s[0], s[1]);
                assertTrue(q >= previous && q <= 1, "a " + s[0] + ", b " + s[1] + ", p " + p + ": " + q);
                // at shapes of 1e4 the exponent a log x + b log(1 - x) is ~1e4 and I itself
                // jitters by ~1e-12 relative from one ulp of x to the next
                assertRoundTrip(p, s[0], s[1], 2e-11, 1e-10);
                previous = q;
            }
        }
    }

    @Test
    void theQuantileIsMonotoneInP() {
        double[][] shapes = {{0.3, 0.3}, {0.3, 50}, {50, 0.3}, {2, 5}, {5, 5}, {50, 50}, {0.7, 1.3}};
        for (double[] s : shapes) {
            double previous = 0;
            for (int i = -100; i <= 100; i++) {
                // log-spaced into both tails, 1e-10 to 1 - 1e-10, and dense around 1/2
                double tail = 0.5 * Math.pow(2e-10, Math.abs(i) / 100.0);
                double p = i < 0 ? tail : 1 - tail;
                double q = IncompleteBeta.inverse(p, s[0], s[1]);
                assertTrue(q >= previous, "a " + s[0] + ", b " + s[1] + ": q(" + p + ") = " + q + " < " + previous);
                previous = q;
            }
        }
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IncompleteBeta.inverse(-1e-3, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> IncompleteBeta.inverse(1.5, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> IncompleteBeta.inverse(Double.NaN, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> IncompleteBeta.inverse(0.5, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> IncompleteBeta.inverse(0.5, 2, Double.POSITIVE_INFINITY));
    }

    @Test
    void aBetaDrawAllocatesNothing() {
        Distribution beta = new Distribution.Beta(0.5, 20);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double sum = draws(beta, 1_000);
        long before = threads.getCurrentThreadAllocatedBytes();
        sum += draws(beta, 10_000);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(sum > 0);
        // Commons Math's quantile took about 500 B a draw, 5 MB here; a few hundred bytes are the meter's
        assertTrue(allocated < 2_000, allocated + " B for 10,000 draws");
    }

    /**
     * I(q(p)) = p, in the smaller tail, where q has its digits: above 1/2 the quantile is 1 - y
     * with y the mirror's lower quantile, and 1 - y cannot hold a y below the ulp of 1. Within a
     * relative error, plus what a few ulp of the quantile move I by where the density is steep.
     */
    private static void assertRoundTrip(double p, double a, double b, double ours, double commons) {
        double q = IncompleteBeta.inverse(p, a, b);
        String at = "a " + a + ", b " + b + ", p " + p;
        if (p > 0.5) {
            double y = IncompleteBeta.inverse(1 - p, b, a);
            assertEquals(1 - y, q, 0.0, at + ": the mirror");
            q = y;
            p = 1 - p;
            double swap = a;
            a = b;
            b = swap;
        }
        double density = q > 0 ? new BetaDistribution(null, a, b).density(q) : 0;
        assertEquals(p, IncompleteBeta.regularized(q, a, b), ours * p + 8 * density * Math.ulp(q), at);
        assertEquals(p, Beta.regularizedBeta(q, a, b), commons * p + 8 * density * Math.ulp(q), at);
    }

    private static double draws(Distribution d, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += d.quantile((i + 0.5) / n);
        }
        return sum;
    }
}
