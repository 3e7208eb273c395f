package io.github.bitforbit.robust;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimTest {
    private static final List<String> NAMES = List.of("x1", "x2", "x3", "x4", "x5");

    /** The planted box: B wins iff x1 > 0.6 and x2 < 0.3, in five dimensions, with 10% of outcomes flipped. */
    private static Prim.Result planted(long seed, int n) {
        MersenneTwister rng = new MersenneTwister(seed);
        double[][] x = new double[n][5];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = rng.nextDouble();
            }
            boolean inBox = x[i][0] > 0.6 && x[i][1] < 0.3;
            y[i] = rng.nextDouble() < 0.1 ? !inBox : inBox;
        }
        return Prim.DEFAULT.find(NAMES, x, y);
    }

    @Test
    void findsThePlantedBoxAndLeavesIrrelevantDimensionsAlone() {
        for (long seed = 1; seed <= 10; seed++) {
            PrimBox box = planted(seed, 2000).box();
            PrimBox.Restriction x1 = box.restriction("x1");
            PrimBox.Restriction x2 = box.restriction("x2");
            assertNotNull(x1, "seed " + seed + ": x1 not restricted: " + box);
            assertNotNull(x2, "seed " + seed + ": x2 not restricted: " + box);
            assertEquals(0.6, x1.low(), 0.05, "seed " + seed + ": " + box);
            assertEquals(Double.POSITIVE_INFINITY, x1.high(), "seed " + seed + ": " + box);
            assertEquals(Double.NEGATIVE_INFINITY, x2.low(), "seed " + seed + ": " + box);
            assertEquals(0.3, x2.high(), 0.05, "seed " + seed + ": " + box);
            for (String irrelevant : List.of("x3", "x4", "x5")) {
                assertNull(box.restriction(irrelevant), "seed " + seed + ": " + irrelevant + " restricted: " + box);
            }
            assertTrue(x1.pValue() < 1e-6 && x2.pValue() < 1e-6, box.toString());
            // 10% noise: about 0.9 x 0.12 of the points are true positives in the box, 0.1 x 0.88 false ones outside
            assertTrue(box.density() > 0.75 && box.coverage() > 0.45, box.toString());
        }
    }

    @Test
    void theTrajectoryStartsWithEveryPointAndNarrows() {
        Prim.Result r = planted(7, 1000);
        PrimBox first = r.trajectory().get(0);
        assertEquals(1000, first.count());
        assertEquals(1.0, first.coverage());
        assertEquals(List.of(), first.restrictions());
        for (int b = 1; b < r.trajectory().size(); b++) {
            PrimBox prev = r.trajectory().get(b - 1);
            PrimBox next = r.trajectory().get(b);
            assertTrue(next.count() < prev.count());
            assertTrue(next.mass() >= Prim.DEFAULT.minMass());
            assertTrue(next.coverage() <= prev.coverage());
        }
        assertTrue(r.chosen() > 0 && r.chosen() < r.trajectory().size());
    }

    /**
     * A worked example small enough to follow by hand: ten points on one axis, the outcome at the
     * top three. Peeling 10% removes one point from the low end each step (the high end would lose
     * a positive), until the box is pure: x in [0.7, 0.9], density 1, coverage 1.
     */
    @Test
    void workedExampleOnOneAxis() {
        double[][] x = new double[10][1];
        boolean[] y = new boolean[10];
        for (int i = 0; i < 10; i++) {
            x[i][0] = i / 10.0;
            y[i] = i >= 7;
        }
        Prim.Result r = new Prim(0.1, 0.1, 0.1).find(List.of("x"), x, y);
        assertEquals(8, r.trajectory().size());
        PrimBox box = r.box();
        assertEquals(3, box.count());
        assertEquals(1.0, box.density());
        assertEquals(1.0, box.coverage());
        assertEquals(0.7, box.restriction("x").low());
        assertEquals(Double.POSITIVE_INFINITY, box.restriction("x").high());
        // three positives out of three, against a density of 0.3 without the restriction
        assertEquals(Math.pow(0.3, 3), box.restriction("x").pValue(), 1e-12);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new Prim(0.6, 0.05, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Prim.DEFAULT.find(List.of("a"), new double[0][], new boolean[0]));
        assertThrows(IllegalArgumentException.class,
                () -> Prim.DEFAULT.find(List.of("a"), new double[][] {{Double.NaN}}, new boolean[] {true}));
    }
}
