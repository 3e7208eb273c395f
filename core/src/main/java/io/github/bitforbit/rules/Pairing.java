package io.github.bitforbit.rules;

import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.TargetValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the paired templates cut the target's steps and the sanctioner's relief into phases so that
 * each phase's value ratio, not its size rank, is similar (MODEL.md 2; docs/ODD.md 7.6). Both
 * lists keep their order, smallest first, and are cut into the same number of consecutive groups;
 * group i of each is phase i. The ratio of a phase is the share of the whole agreement's relief
 * value it lifts over the share of the whole security cost it asks for, both on the target's
 * scale ({@link TargetValues}); a ratio of 1 is the agreement's own exchange rate. Of the cuts into
 * k groups, the one whose worst phase is nearest that rate (then the smallest sum of squared log
 * ratios) is kept, and k is the largest, up to {@code min(#steps, #relief)}, whose worst phase is
 * within a factor {@link #RATIO_TOLERANCE} of it; two phases if none is.
 */
final class Pairing {
    /**
     * How far a phase's value ratio may be from the agreement's, as a factor either way (1.5:
     * a phase lifts between 2/3 and 3/2 of the relief its security cost would earn at the
     * agreement's rate). Smaller gives fewer, larger phases.
     */
    static final double RATIO_TOLERANCE = 1.5;
    /** Beyond this many items a side, the search (k m^4 steps) gives way to the cumulative-share cut. */
    static final int MAX_SEARCHED = 40;

    private Pairing() {
    }

    /**
     * The cut.
     *
     * @param steps  the target's steps, smallest first
     * @param relief the relief, smallest first
     * @param values the target's scale
     * @return the groups of step ids and of relief ids, of equal number; empty if the values cannot
     *         rank the phases (no relief, no security cost or no relief value at all) or a side is
     *         too long to search
     */
    static Optional<Cut> of(List<? extends Concession> steps, List<? extends Relief> relief, TargetValues values) {
        int m = steps.size();
        int r = relief.size();
        double[] lost = values.securityLost(steps);
        double[] cost = new double[m + 1];
        for (int i = 0; i < m; i++) {
            cost[i + 1] = cost[i] + lost[i];
        }
        double[] value = new double[r + 1];
        for (int j = 0; j < r; j++) {
            value[j + 1] = value[j] + values.reliefValue(relief.get(j));
        }
        if (!(cost[m] > 0) || !(value[r] > 0) || m > MAX_SEARCHED || r > MAX_SEARCHED) {
            return Optional.empty();
        }
        int n = Math.min(m, r);
        // worst[k][i][j], squares[k][i][j]: the best cut of the first i steps and j reliefs into k groups
        double[][][] worst = new double[n + 1][m + 1][r + 1];
        double[][][] squares = new double[n + 1][m + 1][r + 1];
        int[][][] from = new int[n + 1][m + 1][r + 1];
        for (double[][] a : worst) {
            for (double[] b : a) {
                java.util.Arrays.fill(b, Double.POSITIVE_INFINITY);
            }
        }
        worst[0][0][0] = 0;
        for (int k = 1; k <= n; k++) {
            for (int i = k; i <= m; i++) {
                for (int j = k; j <= r; j++) {
                    for (int i0 = k - 1; i0 < i; i0++) {
                        for (int j0 = k - 1; j0 < j; j0++) {
                            if (worst[k - 1][i0][j0] == Double.POSITIVE_INFINITY) {
                                continue;
                            }
                            double logRatio = Math.log(((value[j] - value[j0]) / value[r])
                                    / ((cost[i] - cost[i0]) / cost[m]));
                            double w = Math.max(worst[k - 1][i0][j0], Math.abs(logRatio));
                            double s = squares[k - 1][i0][j0] + logRatio * logRatio;
                            if (w < worst[k][i][j] - 1e-12
                                    || (w <= worst[k][i][j] + 1e-12 && s < squares[k][i][j] - 1e-12)) {
                                worst[k][i][j] = w;
                                squares[k][i][j] = s;
                                from[k][i][j] = i0 * (r + 1) + j0;
                            }
                        }
                    }
                }
            }
        }
        int k = Math.min(2, n);
        for (int c = n; c > k; c--) {
            if (worst[c][m][r] <= Math.log(RATIO_TOLERANCE)) {
                k = c;
                break;
            }
        }
        while (worst[k][m][r] == Double.POSITIVE_INFINITY) {
            k--; // a cut whose phases all ask for some security; one phase always does
        }
        List<List<String>> stepGroups = new ArrayList<>();
        List<List<String>> reliefGroups = new ArrayList<>();
        for (int c = k, i = m, j = r; c > 0; c--) {
            int i0 = from[c][i][j] / (r + 1);
            int j0 = from[c][i][j] % (r + 1);
            stepGroups.add(0, ids(steps.subList(i0, i)));
            reliefGroups.add(0, ids(relief.subList(j0, j)));
            i = i0;
            j = j0;
        }
        return Optional.of(new Cut(List.copyOf(stepGroups), List.copyOf(reliefGroups)));
    }

    private static List<String> ids(List<? extends Concession> cs) {
        return cs.stream().map(Concession::id).toList();
    }

    /**
     * Phase i gives {@code target.get(i)} for {@code relief.get(i)}.
     *
     * @param target the groups of the target's step ids
     * @param relief the groups of relief ids, as many
     */
    record Cut(List<List<String>> target, List<List<String>> relief) {
    }
}
