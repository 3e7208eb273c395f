package io.github.bitforbit.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountQuantilesTest {

    @Test
    void inverseEmpiricalDistribution() {
        CountQuantiles q = new CountQuantiles();
        // 1, 2, 2, 3, 3, 3, 4, 4, 4, 4 (n = 10): F(1)=0.1, F(2)=0.3, F(3)=0.6, F(4)=1
        for (int v : new int[]{3, 4, 2, 4, 1, 3, 4, 2, 3, 4}) {
            q.add(v);
        }
        assertEquals(1, q.quantile(0.1), 0.0);
        assertEquals(2, q.quantile(0.2), 0.0);
        assertEquals(3, q.quantile(0.5), 0.0);
        assertEquals(3, q.quantile(0.6), 0.0);
        assertEquals(4, q.quantile(0.9), 0.0);
        assertEquals(10, q.count());
    }

    @Test
    void growsWithLargeValuesAndMergesExactly() {
        CountQuantiles a = new CountQuantiles();
        CountQuantiles b = new CountQuantiles();
        CountQuantiles all = new CountQuantiles();
        for (int i = 0; i < 1000; i++) {
            (i % 2 == 0 ? a : b).add(i % 97);
            all.add(i % 97);
        }
        a.merge(b);
        for (double p : new double[]{0.1, 0.5, 0.9, 1.0}) {
            assertEquals(all.quantile(p), a.quantile(p), 0.0);
        }
        assertTrue(Double.isNaN(new CountQuantiles().quantile(0.5)));
        assertThrows(IllegalArgumentException.class, () -> new CountQuantiles().add(1.5));
        assertThrows(IllegalArgumentException.class, () -> new CountQuantiles().add(-1));
    }

    /**
     * 10,000 zeros among 10,000,005 observations: F(0) = 0.000999999500 < 0.001, so the 0.001-quantile
     * is 1. A tolerance proportional to n (1e-9 n = 0.01 observations) wrongly returned 0; the
     * tolerance is now a few ulps of p n. And p = 0.1 of ten observations still needs exactly one.
     */
    @Test
    void toleranceNeverCostsAWholeObservation() {
        CountQuantiles q = new CountQuantiles();
        for (int i = 0; i < 10_000; i++) {
            q.add(0);
        }
        for (int i = 0; i < 9_990_005; i++) {
            q.add(1);
        }
        assertEquals(10_000_005, q.count());
        assertEquals(1, q.quantile(0.001));
        assertEquals(0, q.quantile(0.000999));
        CountQuantiles ten = new CountQuantiles();
        for (int i = 1; i <= 10; i++) {
            ten.add(i);
        }
        assertEquals(1, ten.quantile(0.1));
        assertEquals(3, ten.quantile(0.3));
        assertEquals(7, ten.quantile(0.7));
        assertEquals(10, ten.quantile(1));
    }
}
