package io.github.bitforbit.rules;

import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import io.github.bitforbit.terms.TargetValues;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The value-ratio cut of the paired templates against every cut there is, on small random
 * agreements: what it keeps is as balanced as the most balanced cut into as many phases, and no
 * cut into more phases is within the tolerance.
 */
class PairingTest {
    private static final double LOG_TOLERANCE = Math.log(Pairing.RATIO_TOLERANCE);

    private static List<DisarmamentStep> steps(double... deterrence) {
        List<DisarmamentStep> out = new ArrayList<>();
        for (int i = 0; i < deterrence.length; i++) {
            out.add(new DisarmamentStep("s" + i, "T", deterrence[i], DisarmamentStep.IRREVERSIBLE, 1.0));
        }
        return out;
    }

    private static List<Relief> tranches(double... weights) {
        List<Relief> out = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            out.add(new SanctionTranche("t" + i, "S", weights[i], SnapbackMode.AUTOMATIC, 0.0));
        }
        return out;
    }

    /** The worst |log ratio| of a cut given by its end indices (exclusive), or infinity. */
    private static double worst(double[] cost, double[] value, int[] stepEnds, int[] reliefEnds) {
        double w = 0;
        for (int g = 0, i0 = 0, j0 = 0; g < stepEnds.length; g++) {
            double c = (cost[stepEnds[g]] - cost[i0]) / cost[cost.length - 1];
            double v = (value[reliefEnds[g]] - value[j0]) / value[value.length - 1];
            w = Math.max(w, c > 0 && v > 0 ? Math.abs(Math.log(v / c)) : Double.POSITIVE_INFINITY);
            i0 = stepEnds[g];
            j0 = reliefEnds[g];
        }
        return w;
    }

    /** Every way of cutting {@code m} items into {@code k} non-empty consecutive groups, as end indices. */
    private static List<int[]> cuts(int m, int k) {
        List<int[]> out = new ArrayList<>();
        cut(m, k, 0, new int[k], 0, out);
        return out;
    }

    private static void cut(int m, int k, int g, int[] ends, int start, List<int[]> out) {
        if (g == k - 1) {
            ends[g] = m;
            out.add(ends.clone());
            return;
        }
        for (int e = start + 1; e <= m - (k - 1 - g); e++) {
            ends[g] = e;
            cut(m, k, g + 1, ends, e, out);
        }
    }

    /** The least worst |log ratio| over all cuts into k phases. */
    private static double bestWorst(double[] cost, double[] value, int k) {
        double best = Double.POSITIVE_INFINITY;
        for (int[] s : cuts(cost.length - 1, k)) {
            for (int[] r : cuts(value.length - 1, k)) {
                best = Math.min(best, worst(cost, value, s, r));
            }
        }
        return best;
    }

    private static int[] ends(List<List<String>> groups) {
        int[] out = new int[groups.size()];
        for (int g = 0, e = 0; g < groups.size(); g++) {
            e += groups.get(g).size();
            out[g] = e;
        }
        return out;
    }

    @Test
    void theCutIsTheMostBalancedWithTheMostPhasesWithinTheTolerance() {
        Random random = new Random(20261203L);
        int checked = 0;
        for (int trial = 0; trial < 300; trial++) {
            int m = 1 + random.nextInt(6);
            int r = 1 + random.nextInt(6);
            double[] d = new double[m];
            double total = 0;
            for (int i = 0; i < m; i++) {
                d[i] = 0.01 + random.nextDouble();
                total += d[i];
            }
            for (int i = 0; i < m; i++) {
                d[i] /= total;
            }
            java.util.Arrays.sort(d);
            double[] w = new double[r];
            for (int j = 0; j < r; j++) {
                w[j] = 0.01 + 0.99 * random.nextDouble();
            }
            java.util.Arrays.sort(w);
            TargetValues values = new TargetValues(1.0, 0.5 + random.nextDouble(), 0.2 + 1.3 * random.nextDouble(), 0.7);
            List<DisarmamentStep> steps = steps(d);
            List<Relief> relief = tranches(w);
            Pairing.Cut cut = Pairing.of(steps, relief, values).orElseThrow();

            double[] cost = new double[m + 1];
            double capability = 1.0;
            for (int i = 0; i < m; i++) {
                cost[i + 1] = cost[i] + values.securityLost(capability, d[i]);
                capability -= d[i];
            }
            double[] value = new double[r + 1];
            for (int j = 0; j < r; j++) {
                value[j + 1] = value[j] + values.reliefValue(relief.get(j));
            }
            int k = cut.target().size();
            int n = Math.min(m, r);
            assertEquals(k, cut.relief().size());
            assertEquals(m, ends(cut.target())[k - 1]);
            assertEquals(r, ends(cut.relief())[k - 1]);
            double kept = worst(cost, value, ends(cut.target()), ends(cut.relief()));
            assertEquals(bestWorst(cost, value, k), kept, 1e-9, "trial " + trial + ": a cut into " + k + " is more balanced");
            if (k > 2) {
                assertTrue(kept <= LOG_TOLERANCE + 1e-12, "trial " + trial + ": beyond the tolerance");
            } else {
                assertEquals(Math.min(2, n), k, "trial " + trial + ": fewer than two phases though two were possible");
            }
            for (int more = k + 1; more <= n; more++) {
                assertTrue(bestWorst(cost, value, more) > LOG_TOLERANCE, "trial " + trial + ": " + more
                        + " phases were within the tolerance");
                checked++;
            }
        }
        assertTrue(checked > 50, "the random agreements rarely had room for more phases: " + checked);
    }

    @Test
    void concaveSecurityGivesTheLastStepsMoreRelief() {
        // dprk-2018's shares: at kappa 0.5 the arsenal's half of the deterrent is 72% of the security
        TargetValues values = new TargetValues(0.97, 0.6, 0.5, 0.65);
        Pairing.Cut cut = Pairing.of(steps(0.02, 0.05, 0.15, 0.25, 0.50),
                tranches(0.10, 0.10, 0.15, 0.20, 0.35), values).orElseThrow();
        assertEquals(List.of(List.of("s0", "s1", "s2"), List.of("s3"), List.of("s4")), cut.target());
        assertEquals(List.of(List.of("t0"), List.of("t1"), List.of("t2", "t3", "t4")), cut.relief());
        // with security linear in capability, equal shares pair one for one, as by rank
        Pairing.Cut linear = Pairing.of(steps(0.1, 0.2, 0.3, 0.4), tranches(0.1, 0.2, 0.3, 0.4), TargetValues.LINEAR)
                .orElseThrow();
        assertEquals(4, linear.target().size());
        assertEquals(List.of("t3"), linear.relief().get(3));
    }

    @Test
    void withoutAnyValueOnOneSideThereIsNoCut() {
        assertTrue(Pairing.of(steps(0.0, 0.0), tranches(0.3, 0.2), TargetValues.LINEAR).isEmpty());
        assertTrue(Pairing.of(steps(0.5, 0.5), tranches(0.3, 0.2), new TargetValues(1, 1, 0.5, 0.0)).isEmpty());
    }
}
