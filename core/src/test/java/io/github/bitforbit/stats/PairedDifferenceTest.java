package io.github.bitforbit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    /**
     * Pairs (10, 8), (12, 11), (9, 9), (14, 11), (11, 10): differences 2, 1, 0, 3, 1, mean 1.4;
     * squared deviations 0.36 + 0.16 + 1.96 + 2.56 + 0.16 = 5.2, variance 1.3, s = 1.140175,
     * s/sqrt(5) = 0.509902, t(0.975, 4) = 2.776445, half-width 1.415715: -0.015715 to 2.815715.
     * Var(a) = 14.8/4 = 3.7, Var(b) = 6.8/4 = 1.7, reduction = 1 - 1.3/5.4 = 0.759259.
     */
    @Test
    void handComputed() {
        PairedDifference paired = new PairedDifference();
        double[][] pairs = {{10, 8}, {12, 11}, {9, 9}, {14, 11}, {11, 10}};
        for (double[] pair : pairs) {
            paired.add(pair[0], pair[1]);
        }
        assertEquals(5, paired.count());
        assertEquals(1.4, paired.meanDifference(), 1e-14);
        Interval interval = paired.interval(0.95);
        assertEquals(-0.015715, interval.low(), 1e-6);
        assertEquals(2.815715, interval.high(), 1e-6);
        assertEquals(0.759259, paired.varianceReduction(), 1e-6);
        assertEquals(3.7, paired.a().variance(), 1e-14);
        assertEquals(1.7, paired.b().variance(), 1e-14);
        assertEquals(1.3, paired.differences().variance(), 1e-14);
    }

    @Test
    void mergeEqualsSingleStream() {
        SplittableRandom random = new SplittableRandom(5);
        PairedDifference all = new PairedDifference();
        PairedDifference first = new PairedDifference();
        PairedDifference second = new PairedDifference();
        for (int i = 0; i < 5000; i++) {
            double common = random.nextGaussian();
            double a = 10 + common + 0.3 * random.nextGaussian();
            double b = 9.5 + common + 0.3 * random.nextGaussian();
            all.add(a, b);
            (i % 4 == 0 ? first : second).add(a, b);
        }
        first.merge(second);
        assertEquals(all.count(), first.count());
        assertEquals(all.meanDifference(), first.meanDifference(), 1e-12);
        assertEquals(all.interval(0.95).low(), first.interval(0.95).low(), 1e-12);
        assertEquals(all.varianceReduction(), first.varianceReduction(), 1e-12);
        // Common noise of variance 1 against independent noise 0.09: reduction about 1/1.09.
        assertEquals(1 / 1.09, all.varianceReduction(), 0.02);

        PairedDifference copy = all.copy();
        copy.merge(copy);
        assertEquals(10_000, copy.count());
        assertEquals(5000, all.count());
    }

    @Test
    void degenerateAndInvalid() {
        PairedDifference paired = new PairedDifference();
        assertTrue(Double.isNaN(paired.meanDifference()) && Double.isNaN(paired.varianceReduction()));
        paired.add(1, 1);
        paired.add(1, 1);
        assertTrue(Double.isNaN(paired.varianceReduction()));
        assertEquals("b must be finite: NaN",
                assertThrows(IllegalArgumentException.class, () -> paired.add(1, Double.NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> paired.add(Double.MAX_VALUE, -Double.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> paired.interval(2));
        assertEquals(2, paired.count());
    }
}
