package io.github.bitforbit.model;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionTest {

    @Test
    void truncatedNormalDrawsAreCommonsMathsBitForBit() {
        // bounds inside and beyond sqrt(3) sd, where erfc switches from series to fraction, and
        // beyond 40 sd, where the distribution function is taken as 0 or 1
        double[][] cases = {{0.5, 0.1, 0, 1}, {0.5, 0.1, 0.45, 0.6}, {0, 1, -0.5, 3}, {2, 0.01, 1.5, 3}, {-1, 3, -2, 0}};
        for (double[] c : cases) {
            Distribution d = new Distribution.TruncatedNormal(c[0], c[1], c[2], c[3]);
            NormalDistribution n = new NormalDistribution(null, c[0], c[1]);
            double a = n.cumulativeProbability(c[2]);
            double b = n.cumulativeProbability(c[3]);
            for (int i = 0; i <= 1000; i++) {
                double u = i / 1000.0;
                double expected = Math.min(c[3], Math.max(c[2], n.inverseCumulativeProbability(a + u * (b - a))));
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(d.quantile(u)),
                        d + " at " + u);
            }
        }
    }

    @Test
    void aTruncatedNormalDrawAllocatesNothing() {
        // bounds 2 sd out, where Commons Math's erfc would make a continued fraction per bound
        Distribution d = new Distribution.TruncatedNormal(0.5, 0.15, 0.2, 0.8);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double sum = 0;
        for (int i = 0; i < 1_000; i++) {
            sum += d.quantile((i + 0.5) / 1_000);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            sum += d.quantile((i + 0.5) / 10_000);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(sum > 0);
        assertTrue(allocated < 2_000, allocated + " B for 10,000 draws");
    }

    @Test
    void aBetaDrawIsTheIncompleteBetaInverseAndRefusesAProbabilityOutsideZeroToOne() {
        Distribution d = new Distribution.Beta(5, 5);
        assertEquals(IncompleteBeta.inverse(0.3, 5, 5), d.quantile(0.3), 0.0);
        assertEquals(0.5, d.quantile(0.5), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> d.quantile(1.01));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.TruncatedNormal(0, 1, -1, 1).quantile(-0.5));
    }
}
