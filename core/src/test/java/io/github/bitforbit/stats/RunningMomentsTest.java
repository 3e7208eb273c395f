package io.github.bitforbit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunningMomentsTest {

    private static RunningMoments of(double... values) {
        RunningMoments moments = new RunningMoments();
        for (double value : values) {
            moments.add(value);
        }
        return moments;
    }

    /**
     * Data 2, 4, 4, 4, 5, 5, 7, 9: n = 8, sum 40, mean 5; squared deviations
     * 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, variance 32/7 = 4.571429, s = 2.138090;
     * s/sqrt(8) = 0.755929; t(0.975, 7) = 2.364624; half-width 1.787488;
     * interval 3.212512 to 6.787488.
     */
    @Test
    void handComputedTInterval() {
        RunningMoments moments = of(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, moments.count());
        assertEquals(5, moments.mean(), 1e-15);
        assertEquals(32.0 / 7, moments.variance(), 1e-14);
        assertEquals(2.138090, moments.standardDeviation(), 1e-6);
        assertEquals(2, moments.min());
        assertEquals(9, moments.max());
        Interval interval = moments.tInterval(0.95);
        assertEquals(5, interval.estimate(), 1e-15);
        assertEquals(3.212512, interval.low(), 1e-6);
        assertEquals(6.787488, interval.high(), 1e-6);
    }

    @Test
    void smallSamples() {
        RunningMoments empty = new RunningMoments();
        assertTrue(Double.isNaN(empty.mean()) && Double.isNaN(empty.variance()));
        assertTrue(Double.isNaN(empty.min()) && Double.isNaN(empty.max()));
        assertTrue(Double.isNaN(empty.tInterval(0.95).estimate()));
        Interval single = of(3).tInterval(0.95);
        assertEquals(3, single.estimate());
        assertTrue(Double.isNaN(single.low()) && Double.isNaN(single.high()));
        Interval constant = of(2, 2, 2).tInterval(0.95);
        assertEquals(new Interval(2, 2, 2), constant);
    }

    /** Welford keeps the variance of 1e9 + {4, 7, 13, 16} exact (30); the naive formula loses it. */
    @Test
    void stableForLargeOffsets() {
        RunningMoments moments = of(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
        assertEquals(30, moments.variance(), 1e-6);
    }

    @Test
    void mergeEqualsSingleStream() {
        SplittableRandom random = new SplittableRandom(7);
        RunningMoments all = new RunningMoments();
        RunningMoments[] parts = {new RunningMoments(), new RunningMoments(), new RunningMoments()};
        for (int i = 0; i < 10_000; i++) {
            double value = 100 + 15 * random.nextGaussian();
            all.add(value);
            parts[i % 7 == 0 ? 0 : i % 2 + 1].add(value);
        }
        RunningMoments merged = new RunningMoments();
        for (RunningMoments part : parts) {
            merged.merge(part);
        }
        merged.merge(new RunningMoments());
        assertEquals(all.count(), merged.count());
        assertEquals(all.mean(), merged.mean(), 1e-12);
        assertEquals(all.variance(), merged.variance(), 1e-12 * all.variance());
        assertEquals(all.min(), merged.min());
        assertEquals(all.max(), merged.max());

        RunningMoments copy = all.copy();
        copy.add(1e6);
        assertEquals(10_000, all.count());
        RunningMoments doubled = of(1, 2, 3);
        doubled.merge(doubled);
        assertEquals(6, doubled.count());
        assertEquals(2, doubled.mean(), 1e-15);
        assertEquals(0.8, doubled.variance(), 1e-15); // squared deviations 2 * 2 = 4 over 5
    }

    @Test
    void rejectsInvalidArguments() {
        RunningMoments moments = of(1, 2);
        assertEquals("value must be finite: NaN",
                assertThrows(IllegalArgumentException.class, () -> moments.add(Double.NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> moments.add(Double.POSITIVE_INFINITY));
        assertEquals("confidence must be in (0, 1): 1.5",
                assertThrows(IllegalArgumentException.class, () -> moments.tInterval(1.5)).getMessage());
        assertEquals(2, moments.count());
    }
}
