package io.github.bitforbit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    /**
     * Ten subjects, maxTime 10 (e = event, c = censored): 1e 1e 1c 3e 4c 5e 5e 7c 8e 10c.
     * The censoring at t = 1 counts as at risk at t = 1 (censorings just after events).
     * <pre>
     *  t  n  d  c   S(t)                      G = sum d/(n(n-d))            Var = S^2 G
     *  1 10  2  1   1 * 8/10     = 0.800000   2/(10*8) = 0.025000           0.016000
     *  3  7  1  0   0.8 * 6/7    = 0.685714   + 1/(7*6) = 0.048810          0.022950
     *  5  5  2  0   0.685714*3/5 = 0.411429   + 2/(5*3) = 0.182143          0.030832
     *  8  2  1  0   0.411429*1/2 = 0.205714   + 1/(2*1) = 0.682143          0.028867
     * </pre>
     * log(-log) band, z = 1.959964, sigma = sqrt(G) / |ln S|, bounds S^exp(+-z sigma):
     * <ul>
     *   <li>t = 1: ln S = -0.223144, sqrt(G) = 0.158114, sigma = 0.708575, z sigma = 1.388781,
     *       exp = 4.009959: low = 0.8^4.009959 = 0.408691, high = 0.8^0.249379 = 0.945873;</li>
     *   <li>t = 3: ln S = -0.377294, sqrt(G) = 0.220929, sigma = 0.585561, z sigma = 1.147678,
     *       exp = 3.150869: low = 0.685714^3.150869 = 0.304585, high = 0.685714^0.317373 = 0.887148;</li>
     *   <li>t = 5: ln S = -0.888120, sqrt(G) = 0.426782, sigma = 0.480545, z sigma = 0.941852,
     *       exp = 2.564726: low = 0.411429^2.564726 = 0.102511, high = 0.411429^0.389905 = 0.707313.</li>
     * </ul>
     */
    @Test
    void handComputedCurve() {
        KaplanMeier km = sample();
        List<SurvivalPoint> curve = km.curve(0.95);
        assertEquals(11, curve.size());
        assertEquals(new SurvivalPoint(0, 1, 1, 1, 10, 0, 0), curve.get(0));

        check(curve.get(1), 1, 0.800000, 0.408691, 0.945873, 10, 2, 1);
        check(curve.get(2), 2, 0.800000, 0.408691, 0.945873, 7, 0, 0);
        check(curve.get(3), 3, 0.685714, 0.304585, 0.887148, 7, 1, 0);
        check(curve.get(4), 4, 0.685714, 0.304585, 0.887148, 6, 0, 1);
        check(curve.get(5), 5, 0.411429, 0.102511, 0.707313, 5, 2, 0);
        check(curve.get(8), 8, 0.205714, 0.012259, 0.566612, 2, 1, 0);
        check(curve.get(10), 10, 0.205714, 0.012259, 0.566612, 1, 0, 1);

        assertEquals(0.016000, km.greenwoodVariance(1), 1e-6);
        assertEquals(0.022950, km.greenwoodVariance(3), 1e-6);
        assertEquals(0.030832, km.greenwoodVariance(5), 1e-6);
        assertEquals(0, km.greenwoodVariance(0));
        assertEquals(OptionalInt.of(5), km.medianSurvival());
        assertEquals(10, km.subjects());
    }

    private static void check(SurvivalPoint point, int time, double surviving, double low, double high,
                              long atRisk, long events, long censored) {
        assertEquals(time, point.time());
        assertEquals(surviving, point.surviving(), 1e-6);
        assertEquals(low, point.low(), 1e-6);
        assertEquals(high, point.high(), 1e-6);
        assertEquals(atRisk, point.atRisk());
        assertEquals(events, point.events());
        assertEquals(censored, point.censored());
    }

    private static KaplanMeier sample() {
        KaplanMeier km = new KaplanMeier(10);
        km.record(1, true);
        km.record(1, true);
        km.record(1, false);
        km.record(3, true);
        km.record(4, false);
        km.record(5, true);
        km.record(5, true);
        km.record(7, false);
        km.record(8, true);
        km.record(10, false);
        return km;
    }

    /** When everyone at risk fails, S drops to 0 and the band collapses there and after. */
    @Test
    void collapsesAtZeroAndOne() {
        KaplanMeier km = new KaplanMeier(3);
        km.record(1, false);
        km.record(2, true);
        km.record(2, true);
        List<SurvivalPoint> curve = km.curve(0.9);
        assertEquals(new SurvivalPoint(1, 1, 1, 1, 3, 0, 1), curve.get(1));
        assertEquals(new SurvivalPoint(2, 0, 0, 0, 2, 2, 0), curve.get(2));
        assertEquals(new SurvivalPoint(3, 0, 0, 0, 0, 0, 0), curve.get(3));
        assertEquals(0, km.greenwoodVariance(3));
        assertEquals(OptionalInt.of(2), km.medianSurvival());

        KaplanMeier empty = new KaplanMeier(2);
        assertTrue(empty.curve(0.95).stream().allMatch(p -> p.surviving() == 1 && p.atRisk() == 0));
        assertEquals(OptionalInt.empty(), empty.medianSurvival());
    }

    @Test
    void mergeEqualsSingleStreamExactly() {
        SplittableRandom random = new SplittableRandom(3);
        KaplanMeier all = new KaplanMeier(50);
        KaplanMeier first = new KaplanMeier(50);
        KaplanMeier second = new KaplanMeier(50);
        for (int i = 0; i < 5000; i++) {
            int time = random.nextInt(51);
            boolean event = random.nextDouble() < 0.4;
            all.record(time, event);
            (i % 3 == 0 ? first : second).record(time, event);
        }
        second.merge(first);
        assertEquals(all.curve(0.95), second.curve(0.95));
        assertEquals(all.medianSurvival(), second.medianSurvival());
        assertEquals(5000, second.subjects());
    }

    @Test
    void rejectsInvalidArguments() {
        assertEquals("maxTime must be >= 0: -1",
                assertThrows(IllegalArgumentException.class, () -> new KaplanMeier(-1)).getMessage());
        KaplanMeier km = new KaplanMeier(5);
        assertEquals("time must be in [0, 5]: 6",
                assertThrows(IllegalArgumentException.class, () -> km.record(6, true)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> km.record(-1, false));
        assertThrows(IllegalArgumentException.class, () -> km.merge(new KaplanMeier(4)));
        assertThrows(IllegalArgumentException.class, () -> km.curve(1));
        assertThrows(IllegalArgumentException.class, () -> km.greenwoodVariance(6));
        assertEquals(0, km.subjects());
    }
}
