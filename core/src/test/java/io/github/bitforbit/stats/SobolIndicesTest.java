package io.github.bitforbit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {

    private static final double A = 7;
    private static final double B = 0.1;

    /** Ishigami (Ishigami and Homma 1990) on [-pi, pi]^3, with the cube coordinate u mapped to 2 pi u - pi. */
    private static double ishigami(double[] u) {
        double x1 = Math.PI * (2 * u[0] - 1);
        double x2 = Math.PI * (2 * u[1] - 1);
        double x3 = Math.PI * (2 * u[2] - 1);
        double s2 = Math.sin(x2);
        return Math.sin(x1) + A * s2 * s2 + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static double[] evaluate(double[][] points, ToDoubleFunction<double[]> model) {
        double[] outputs = new double[points.length];
        for (int j = 0; j < points.length; j++) {
            outputs[j] = model.applyAsDouble(points[j]);
        }
        return outputs;
    }

    /**
     * Ishigami with a = 7, b = 0.1 and n = 8192 base samples (45,056 evaluations, 500 bootstrap
     * resamples). Analytic values: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2 = 13.844588;
     * V1 = (1 + b pi^4/5)^2 / 2 = 4.345811, V2 = a^2/8 = 6.125, V13 = 8 b^2 pi^8 / 225 = 3.373700;
     * S1 = V1/V = 0.3139, S2 = 0.4424, S3 = 0, ST1 = (V1 + V13)/V = 0.5576, ST2 = 0.4424,
     * ST3 = V13/V = 0.2437. Each estimate must be within an absolute tolerance of 0.03 of the
     * true value, and each 95% bootstrap interval must contain it.
     */
    @Test
    void ishigami() {
        double[] first = {0.3139052, 0.4424111, 0};
        double[] total = {0.5575889, 0.4424111, 0.2436837};
        assertEquals(8192 * 5, SobolIndices.plan(3, 8192).evaluations());
        double[][] f = ishigamiOutputs(8192, 0);
        double[] fA = f[0];
        double[] fB = f[1];
        double[][] fAB = {f[2], f[3], f[4]};
        SobolIndices.Result result = SobolIndices.estimate(fA, fB, fAB, 500, 0.95, 1234L);
        assertEquals(3, result.indices().size());
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index index = result.index(i);
            assertEquals(i, index.parameter());
            assertEquals(first[i], index.firstOrder().estimate(), 0.03, "S" + (i + 1));
            assertEquals(total[i], index.total().estimate(), 0.03, "ST" + (i + 1));
            assertTrue(index.firstOrder().contains(first[i]), "S" + (i + 1) + " " + index.firstOrder());
            assertTrue(index.total().contains(total[i]), "ST" + (i + 1) + " " + index.total());
        }
        assertEquals(result, SobolIndices.estimate(fA, fB, fAB, 500, 0.95, 1234L), "deterministic for a seed");
    }

    @Test
    void planStructure() {
        SobolIndices.Plan plan = SobolIndices.plan(2, 4);
        double[][] a = plan.a();
        double[][] b = plan.b();
        // Sobol points 1..4 in 4 dimensions; point 1 is (0.5, 0.5, 0.5, 0.5), not the skipped origin.
        assertArrayEquals(new double[] {0.5, 0.5}, a[0]);
        assertArrayEquals(new double[] {0.5, 0.5}, b[0]);
        double[][] ab = plan.ab(1);
        for (int j = 0; j < 4; j++) {
            assertEquals(a[j][0], ab[j][0]);
            assertEquals(b[j][1], ab[j][1]);
            for (double x : a[j]) {
                assertTrue(x >= 0 && x < 1);
            }
        }
        a[0][0] = 99;
        assertEquals(0.5, plan.a()[0][0], "accessors return copies");
        assertEquals(16, plan.evaluations());
        assertEquals(4, plan.baseSamples());
        assertEquals(2, plan.parameters());
    }

    /** A constant model has no variance to apportion: NaN indices, no exception. */
    @Test
    void constantModelGivesNaN() {
        double[] constant = {2, 2, 2, 2};
        SobolIndices.Result result = SobolIndices.estimate(constant, constant, new double[][] {constant}, 50, 0.9, 1);
        Interval firstOrder = result.index(0).firstOrder();
        assertTrue(Double.isNaN(firstOrder.estimate()) && Double.isNaN(firstOrder.low()));
        assertTrue(Double.isNaN(result.index(0).total().estimate()));
    }

    /**
     * f = u1 on four rows, A = (0.1, 0.2, 0.3, 0.4) in u1, B = (0.5, 0.6, 0.7, 0.8), so f(A_B^1) = f(B).
     * Centred on the mean 0.45 of all eight outputs; V = their population variance = 0.42 / 8 = 0.0525;
     * first = mean((fB - 0.45)(fB - fA)) = 0.4 * mean(0.05, 0.15, 0.25, 0.35) = 0.08, S1 = 0.08 / 0.0525
     * = 1.524 (far above 1: four rows are no sample); total = mean(0.4^2) / (2V) = 0.16 / 0.105 = 1.524.
     * With no resamples the bounds are NaN.
     */
    @Test
    void handComputedEstimators() {
        double[] fA = {0.1, 0.2, 0.3, 0.4};
        double[] fB = {0.5, 0.6, 0.7, 0.8};
        SobolIndices.Index index = SobolIndices.estimate(fA, fB, new double[][] {fB}, 0, 0.95, 0).index(0);
        assertEquals(0.08 / 0.0525, index.firstOrder().estimate(), 1e-12);
        assertEquals(0.16 / 0.105, index.total().estimate(), 1e-12);
        assertTrue(Double.isNaN(index.total().low()));
    }

    /**
     * scipy.stats.sobol_indices (method saltelli_2010, scipy/stats/_sensitivity_analysis.py) centres
     * the outputs on the mean of f(A) and f(B), then takes {@code var = np.var([f_A, f_B])},
     * {@code s = mean(f_B (f_AB - f_A)) / var} and {@code st = 0.5 mean((f_A - f_AB)^2) / var}. scipy
     * cannot be installed here, so that formula is ported below line by line ({@link #scipy}); the
     * literal values in the second check were computed with numpy from the same port on these
     * eight rows plus 1,000 (a shift that must not matter).
     */
    @Test
    void matchesScipysEstimatorOnTheSameDesign() {
        double[][] f = ishigamiOutputs(1024, 0);
        double[] fA = f[0];
        double[] fB = f[1];
        double[][] fAB = {f[2], f[3], f[4]};
        SobolIndices.Result ours = SobolIndices.estimate(fA, fB, fAB, 0, 0.95, 1L);
        double[][] theirs = scipy(fA, fB, fAB);
        for (int i = 0; i < 3; i++) {
            assertEquals(theirs[0][i], ours.index(i).firstOrder().estimate(), 1e-12, "S" + (i + 1));
            assertEquals(theirs[1][i], ours.index(i).total().estimate(), 1e-12, "ST" + (i + 1));
        }

        double[] a = {3.1, 0.4, 2.2, 5.0, 1.7, 0.9, 4.4, 2.8};
        double[] b = {1.2, 2.5, 3.9, 0.3, 4.1, 2.0, 1.1, 3.3};
        double[][] ab = {{2.0, 1.1, 3.0, 4.2, 2.9, 1.8, 2.2, 3.1}, {3.3, 0.1, 2.9, 4.4, 1.2, 1.5, 4.0, 2.0}};
        SobolIndices.Result small = SobolIndices.estimate(plus(a, 1000), plus(b, 1000),
                new double[][] {plus(ab[0], 1000), plus(ab[1], 1000)}, 0, 0.95, 1L);
        assertEquals(0.57084519485617, small.index(0).firstOrder().estimate(), 1e-9);
        assertEquals(0.049278492195947, small.index(1).firstOrder().estimate(), 1e-9);
        assertEquals(0.319151860213983, small.index(0).total().estimate(), 1e-9);
        assertEquals(0.075076077353484, small.index(1).total().estimate(), 1e-9);
    }

    /**
     * Adding a constant to the output changes no variance, so it must change no index: Ishigami and
     * Ishigami + 1,000 (mean/sd about 270) on the same design give the same estimates, each inside
     * the other's interval, and intervals of the same width. On raw outputs the first-order
     * estimator's interval widened from [0.285, 0.339] to [-0.62, 1.27].
     */
    @Test
    void indicesAreInvariantToAShiftOfTheOutput() {
        double[][] f = ishigamiOutputs(4096, 0);
        double[][] g = ishigamiOutputs(4096, 1000);
        SobolIndices.Result raw = SobolIndices.estimate(f[0], f[1], new double[][] {f[2], f[3], f[4]}, 300, 0.95, 9L);
        SobolIndices.Result shifted = SobolIndices.estimate(g[0], g[1], new double[][] {g[2], g[3], g[4]}, 300, 0.95,
                9L);
        for (int i = 0; i < 3; i++) {
            for (boolean first : new boolean[] {true, false}) {
                Interval r = first ? raw.index(i).firstOrder() : raw.index(i).total();
                Interval s = first ? shifted.index(i).firstOrder() : shifted.index(i).total();
                String name = (first ? "S" : "ST") + (i + 1);
                assertTrue(r.contains(s.estimate()) && s.contains(r.estimate()), name + ": " + r + " vs " + s);
                assertEquals(r.estimate(), s.estimate(), 1e-6, name);
                assertEquals(r.halfWidth(), s.halfWidth(), 1e-6, name);
                assertTrue(s.halfWidth() < 0.05, name + " interval " + s);
            }
        }
    }

    /** Ishigami + {@code shift} on the Saltelli plan of n rows: {f(A), f(B), f(A_B^1), f(A_B^2), f(A_B^3)}. */
    private static double[][] ishigamiOutputs(int n, double shift) {
        SobolIndices.Plan plan = SobolIndices.plan(3, n);
        double[][] out = new double[5][];
        out[0] = plus(evaluate(plan.a(), SobolIndicesTest::ishigami), shift);
        out[1] = plus(evaluate(plan.b(), SobolIndicesTest::ishigami), shift);
        for (int i = 0; i < 3; i++) {
            out[2 + i] = plus(evaluate(plan.ab(i), SobolIndicesTest::ishigami), shift);
        }
        return out;
    }

    /** scipy's saltelli_2010 after its centring, ported: {S_i}, {ST_i}. */
    private static double[][] scipy(double[] fA, double[] fB, double[][] fAB) {
        int n = fA.length;
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += fA[j] + fB[j];
        }
        mean /= 2 * n;
        double var = 0;
        for (int j = 0; j < n; j++) {
            var += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        var /= 2 * n;
        double[][] out = new double[2][fAB.length];
        for (int i = 0; i < fAB.length; i++) {
            double s = 0;
            double st = 0;
            for (int j = 0; j < n; j++) {
                double a = fA[j] - mean;
                double b = fB[j] - mean;
                double ab = fAB[i][j] - mean;
                s += b * (ab - a);
                st += (a - ab) * (a - ab);
            }
            out[0][i] = s / n / var;
            out[1][i] = 0.5 * st / n / var;
        }
        return out;
    }

    private static double[] plus(double[] x, double c) {
        double[] out = x.clone();
        for (int j = 0; j < out.length; j++) {
            out[j] += c;
        }
        return out;
    }

    @Test
    void rejectsInvalidArguments() {
        assertEquals("baseSamples must be a power of two for Sobol balance: 100",
                assertThrows(IllegalArgumentException.class, () -> SobolIndices.plan(3, 100)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.plan(3, 1));
        assertEquals("parameters must be in [1, 500]: 501",
                assertThrows(IllegalArgumentException.class, () -> SobolIndices.plan(501, 8)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.plan(0, 8));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.plan(500, 1 << 30));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.plan(2, 4).ab(2));

        double[] ok = {1, 2, 3};
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(ok, new double[] {1, 2}, new double[][] {ok}, 10, 0.95, 0));
        assertEquals("fAB[0][1] must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(ok, ok, new double[][] {{1, Double.NaN, 3}}, 10, 0.95, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(ok, ok, new double[0][], 10, 0.95, 0));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(ok, ok, new double[][] {ok}, -1, 0.95, 0));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(ok, ok, new double[][] {ok}, 10, 1, 0));
    }
}
