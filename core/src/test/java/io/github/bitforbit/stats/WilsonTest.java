package io.github.bitforbit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WilsonTest {

    /**
     * 81 of 263 at 95%, Newcombe (1998, Stat Med 17:857) example: 0.2553 to 0.3662.
     * p = 0.307985, z = 1.959964, z^2 = 3.841459; 1 + z^2/n = 1.014606;
     * centre = (0.307985 + 3.841459/526) / 1.014606 = 0.318288 / 1.014606 = 0.310749;
     * half = z / 1.014606 * sqrt(0.307985 * 0.692015 / 263 + 3.841459 / (4 * 263^2))
     *      = 1.931751 * sqrt(0.00081038 + 0.00001388) = 1.931751 * 0.028710 = 0.055461;
     * bounds 0.310749 -+ 0.055461 = 0.255289, 0.366210.
     */
    @Test
    void publishedExample() {
        Interval interval = Wilson.interval(81, 263, 0.95);
        assertEquals(81.0 / 263, interval.estimate(), 1e-15);
        assertEquals(0.255289, interval.low(), 1e-6);
        assertEquals(0.366210, interval.high(), 1e-6);
    }

    /** x = 0: low is 0 and high = z^2 / (n + z^2) = 3.841459 / 13.841459 = 0.277533; x = n mirrors it. */
    @Test
    void edgeCounts() {
        Interval none = Wilson.interval(0, 10, 0.95);
        assertEquals(0, none.estimate());
        assertEquals(0, none.low());
        assertEquals(0.277533, none.high(), 1e-6);
        Interval all = Wilson.interval(10, 10, 0.95);
        assertEquals(1, all.estimate());
        assertEquals(1 - 0.277533, all.low(), 1e-6);
        assertEquals(1, all.high());
    }

    @Test
    void widensWithConfidence() {
        assertTrue(Wilson.interval(30, 100, 0.99).halfWidth() > Wilson.interval(30, 100, 0.9).halfWidth());
    }

    /**
     * Coverage: Bernoulli(0.3) collapses, 400 runs, 2000 repetitions with a fixed seed. The exact
     * coverage of the 95% Wilson interval at n = 400, p = 0.3, summing binomial probabilities over
     * the counts whose interval contains 0.3, is 0.9440 (below 0.95 because of discreteness). The
     * standard error of a coverage estimate from 2000 repetitions is sqrt(0.944 * 0.056 / 2000)
     * = 0.0051, so [0.93, 0.97] leaves about 2.7 standard errors below; this seed gives 0.9365.
     */
    @Test
    void coverageNearNominal() {
        SplittableRandom random = new SplittableRandom(20240601L);
        double p = 0.3;
        int repetitions = 2000;
        int covered = 0;
        for (int r = 0; r < repetitions; r++) {
            int collapses = 0;
            for (int run = 0; run < 400; run++) {
                if (random.nextDouble() < p) {
                    collapses++;
                }
            }
            if (Wilson.interval(collapses, 400, 0.95).contains(p)) {
                covered++;
            }
        }
        double coverage = (double) covered / repetitions;
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    }

    @Test
    void rejectsInvalidArguments() {
        assertEquals("trials must be >= 1: 0",
                assertThrows(IllegalArgumentException.class, () -> Wilson.interval(0, 0, 0.95)).getMessage());
        assertEquals("successes must be in [0, trials=10]: 11",
                assertThrows(IllegalArgumentException.class, () -> Wilson.interval(11, 10, 0.95)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(-1, 10, 0.95));
        assertEquals("confidence must be in (0, 1): 1.5",
                assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 10, 1.5)).getMessage());
        for (double confidence : new double[] {0, 1, -0.1, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 10, confidence));
        }
    }

    @Test
    void intervalBasics() {
        Interval interval = new Interval(0.5, 0.25, 1);
        assertEquals(0.375, interval.halfWidth());
        assertTrue(interval.contains(0.25) && interval.contains(1));
        assertFalse(interval.contains(0.2) || interval.contains(Double.NaN));
        assertFalse(Interval.undefined(0.5).contains(0.5));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0, 1, 0));
    }
}
