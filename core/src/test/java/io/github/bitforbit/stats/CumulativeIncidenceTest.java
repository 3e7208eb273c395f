package io.github.bitforbit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CumulativeIncidenceTest {

    /**
     * Ten subjects, maxTime 5, causes 0 and 1 (c = censored): at 1: 0 0 1 c; at 2: 0; at 3: 1 1 c;
     * at 5: 0 c. By hand, cause 0:
     * <pre>
     *  t  n  d  d0  S(t-1)  F0(t)
     *  1 10  3  2   1       2/10               = 0.200000
     *  2  6  1  1   0.7     0.2 + 0.7/6        = 0.316667
     *  3  5  2  0   0.58333 0.316667
     *  5  2  1  1   0.35    0.316667 + 0.35/2  = 0.491667
     * </pre>
     * Var F0(1) = 1 * 2 * 8 / 10^3 = 0.016 (binomial 0.2 * 0.8 / 10: nothing censored yet); at t = 2,
     * 0.1167^2 * 3/(10*7) + 0.016 + 0.49 * 5/216 - 2 * 0 = 0.023259; bounds from the log(-log)
     * transform at z = 1.959964 (computed independently of this class, with the formulas of its
     * documentation).
     */
    @Test
    void handComputedCurves() {
        CumulativeIncidence ci = sample();
        List<IncidencePoint> collapse = ci.curve(0, 0.95);
        assertEquals(6, collapse.size());
        assertEquals(new IncidencePoint(0, 0, 0, 0, 10, 0, 0, 0), collapse.get(0));
        check(collapse.get(1), 0.200000, 0.030909, 0.474715, 10, 2, 1, 1);
        check(collapse.get(2), 0.316667, 0.073302, 0.602898, 6, 1, 0, 0);
        check(collapse.get(3), 0.316667, 0.073302, 0.602898, 5, 0, 2, 1);
        check(collapse.get(4), 0.316667, 0.073302, 0.602898, 2, 0, 0, 0);
        check(collapse.get(5), 0.491667, 0.139902, 0.773933, 2, 1, 0, 1);
        List<IncidencePoint> other = ci.curve(1, 0.95);
        check(other.get(1), 0.100000, 0.005723, 0.358127, 10, 1, 2, 1);
        check(other.get(3), 0.333333, 0.077871, 0.623246, 5, 2, 0, 1);
        check(other.get(5), 0.333333, 0.077871, 0.623246, 2, 0, 1, 1);
    }

    @Test
    void incidencesAndEventFreeSurvivalAddUpToOne() {
        CumulativeIncidence ci = sample();
        KaplanMeier anyCause = new KaplanMeier(5);
        for (int[] s : SUBJECTS) {
            anyCause.record(s[0], s[1] >= 0);
        }
        List<SurvivalPoint> s = anyCause.curve(0.95);
        for (int t = 0; t <= 5; t++) {
            double sum = ci.curve(0, 0.95).get(t).incidence() + ci.curve(1, 0.95).get(t).incidence()
                    + s.get(t).surviving();
            assertEquals(1, sum, 1e-12, "t=" + t);
        }
    }

    /** Without censoring the estimate is the share ended by the cause, and its variance binomial. */
    @Test
    void withoutCensoringIsTheEmpiricalShareWithBinomialVariance() {
        SplittableRandom random = new SplittableRandom(5);
        CumulativeIncidence ci = new CumulativeIncidence(20, 2);
        long[] byTime = new long[21];
        int n = 2000;
        for (int i = 0; i < n; i++) {
            int t = random.nextInt(21);
            int cause = random.nextInt(3);
            if (cause == 2 && t < 20) {
                cause = random.nextInt(2);
            }
            if (cause == 2) {
                ci.censor(20);
            } else {
                ci.event(t, cause);
                if (cause == 0) {
                    byTime[t]++;
                }
            }
        }
        double z = CriticalValues.normal(0.9);
        long cumulative = 0;
        List<IncidencePoint> curve = ci.curve(0, 0.9);
        for (int t = 0; t <= 20; t++) {
            cumulative += byTime[t];
            double f = cumulative / (double) n;
            assertEquals(f, curve.get(t).incidence(), 1e-12);
            if (f > 0) {
                double sigma = Math.sqrt(f * (1 - f) / n) / (f * -Math.log(f));
                assertEquals(Math.pow(f, Math.exp(z * sigma)), curve.get(t).low(), 1e-9, "t=" + t);
                assertEquals(Math.pow(f, Math.exp(-z * sigma)), curve.get(t).high(), 1e-9, "t=" + t);
            }
        }
    }

    @Test
    void whenEverySubjectHadTheEventTheIncidenceIsOneWithoutABand() {
        // 10,000 subjects whose events spread over many steps: the increments add up to 1 only up to rounding
        CumulativeIncidence ci = new CumulativeIncidence(60, 2);
        for (int i = 0; i < 10_000; i++) {
            ci.event(10 + i % 37, 0);
        }
        IncidencePoint last = ci.curve(0, 0.95).get(60);
        assertEquals(1.0, last.incidence(), 0.0);
        assertEquals(1.0, last.low(), 0.0, "no band around a certain event");
        assertEquals(1.0, last.high(), 0.0);
        assertEquals(0.0, ci.curve(1, 0.95).get(60).incidence(), 0.0);
    }

    @Test
    void mergeEqualsRecordingEverythingInOne() {
        CumulativeIncidence all = new CumulativeIncidence(30, 2);
        CumulativeIncidence first = new CumulativeIncidence(30, 2);
        CumulativeIncidence second = new CumulativeIncidence(30, 2);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 500; i++) {
            int t = random.nextInt(31);
            int cause = random.nextInt(3) - 1;
            for (CumulativeIncidence c : List.of(all, i % 3 == 0 ? first : second)) {
                if (cause < 0) {
                    c.censor(t);
                } else {
                    c.event(t, cause);
                }
            }
        }
        first.merge(second);
        assertEquals(all.curve(0, 0.95), first.curve(0, 0.95));
        assertEquals(all.curve(1, 0.8), first.curve(1, 0.8));
        assertEquals(500, first.subjects());
    }

    @Test
    void emptyAndInvalid() {
        CumulativeIncidence empty = new CumulativeIncidence(2, 1);
        assertEquals(new IncidencePoint(2, 0, 0, 0, 0, 0, 0, 0), empty.curve(0, 0.95).get(2));
        assertThrows(IllegalArgumentException.class, () -> new CumulativeIncidence(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new CumulativeIncidence(3, 0));
        assertThrows(IllegalArgumentException.class, () -> empty.event(3, 0));
        assertThrows(IllegalArgumentException.class, () -> empty.event(1, 1));
        assertThrows(IllegalArgumentException.class, () -> empty.curve(1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> empty.merge(new CumulativeIncidence(2, 2)));
        CumulativeIncidence everyone = new CumulativeIncidence(1, 1);
        everyone.event(0, 0);
        everyone.event(0, 0);
        IncidencePoint p = everyone.curve(0, 0.95).get(1);
        assertEquals(1, p.incidence());
        assertTrue(p.low() == 1 && p.high() == 1);
    }

    private static final int[][] SUBJECTS = {{1, 0}, {1, 0}, {1, 1}, {1, -1}, {2, 0}, {3, 1}, {3, 1}, {3, -1},
            {5, 0}, {5, -1}};

    private static CumulativeIncidence sample() {
        CumulativeIncidence ci = new CumulativeIncidence(5, 2);
        for (int[] s : SUBJECTS) {
            if (s[1] < 0) {
                ci.censor(s[0]);
            } else {
                ci.event(s[0], s[1]);
            }
        }
        return ci;
    }

    private static void check(IncidencePoint p, double incidence, double low, double high, long atRisk, long events,
                              long others, long censored) {
        assertEquals(incidence, p.incidence(), 1e-6);
        assertEquals(low, p.low(), 1e-6);
        assertEquals(high, p.high(), 1e-6);
        assertEquals(atRisk, p.atRisk());
        assertEquals(events, p.events());
        assertEquals(others, p.others());
        assertEquals(censored, p.censored());
    }
}
