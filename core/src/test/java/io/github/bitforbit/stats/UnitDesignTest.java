package io.github.bitforbit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UnitDesignTest {

    /** Every one of the 50 strata of width 1/50 on every axis holds exactly one point. */
    @Test
    void latinHypercubeIsStratified() {
        int points = 50;
        LatinHypercube design = new LatinHypercube(points, 4, 99L);
        assertEquals(50, design.size());
        assertEquals(4, design.dimensions());
        for (int d = 0; d < 4; d++) {
            boolean[] seen = new boolean[points];
            for (int i = 0; i < points; i++) {
                double x = design.point(i)[d];
                assertTrue(x >= 0 && x < 1);
                int stratum = (int) Math.floor(x * points);
                assertFalse(seen[stratum], "stratum " + stratum + " of dimension " + d + " used twice");
                seen[stratum] = true;
            }
        }
        LatinHypercube same = new LatinHypercube(points, 4, 99L);
        LatinHypercube other = new LatinHypercube(points, 4, 100L);
        assertArrayEquals(design.point(7), same.point(7));
        assertFalse(Arrays.equals(design.point(7), other.point(7)));
        design.point(0)[0] = 5;
        assertTrue(design.point(0)[0] < 1, "point returns a copy");
    }

    /** The Sobol sequence after its origin starts (1/2, 1/2), (3/4, 1/4), (1/4, 3/4). */
    @Test
    void sobolDesignSkipsOrigin() {
        SobolDesign design = new SobolDesign(3, 2);
        assertEquals(3, design.size());
        assertArrayEquals(new double[] {0.5, 0.5}, design.point(0));
        assertArrayEquals(new double[] {0.75, 0.25}, design.point(1));
        assertArrayEquals(new double[] {0.25, 0.75}, design.point(2));
        assertEquals(1000, new SobolDesign(1, 1000).dimensions());
    }

    @Test
    void rejectsInvalidArguments() {
        assertEquals("points must be >= 1: 0",
                assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(0, 2, 1)).getMessage());
        assertEquals("dimensions must be >= 1: 0",
                assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(2, 0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SobolDesign(0, 2));
        assertEquals("dimensions must be in [1, 1000]: 1001",
                assertThrows(IllegalArgumentException.class, () -> new SobolDesign(2, 1001)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SobolDesign(2, 2).point(-1));
        assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(2, 2, 0).point(2));
    }
}
