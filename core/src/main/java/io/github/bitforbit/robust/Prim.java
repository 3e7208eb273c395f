package io.github.bitforbit.robust;

import org.apache.commons.math3.distribution.BinomialDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Patient Rule Induction Method of Friedman and Fisher (1999, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9, 123-143), for scenario discovery as in
 * RAND's robust decision making and the EMA Workbench: a box, a conjunction of intervals on some
 * parameters, where the outcome of interest (e.g. "the design that usually wins does not") is
 * concentrated.
 *
 * <p><b>Peeling.</b> Starting from the box holding every point, each step considers, for every
 * parameter, removing the points below its {@code peelAlpha}-quantile within the box, or above
 * its {@code (1 - peelAlpha)}-quantile, and takes the peel with the largest gain in density per
 * point removed (Friedman and Fisher's criterion); ties go to the earlier parameter and to the
 * lower side. Peeling stops when the box is pure, when no peel keeps at least {@code minMass} of
 * all points, or when no parameter can be peeled. Every box is kept: the peeling trajectory.
 *
 * <p><b>Choosing a box.</b> Of the trajectory, the box with the highest F1 score is taken: the
 * harmonic mean of its density and its coverage, {@code 2 positives / (count + all positives)},
 * the box that best separates the points with the outcome from the rest (ties go to the larger
 * box). Density alone would favour ever smaller boxes that chase noise; coverage alone, the
 * whole space. The whole trajectory is returned for a reader who weighs them differently.
 *
 * <p><b>Pasting</b> then widens the chosen box one bound at a time, adding the {@code pasteAlpha}
 * share of its count nearest points beyond the bound (within every other bound), the
 * best-scoring widening first, as long as a widening raises the score; this undoes peels that
 * overshot an edge. Last, a bound without which the score does not fall, or whose
 * quasi-p-value exceeds {@link #SIGNIFICANCE}, is dropped (greedily, the best-scoring first), so
 * a parameter that does not matter is reported as unrestricted; each remaining restriction
 * carries its quasi-p-value.
 *
 * <p>Deterministic: the same input gives the same boxes. Immutable and thread-safe.
 *
 * @param peelAlpha  share of the box's points removed by one peel, in (0, 0.5)
 * @param pasteAlpha share of the box's count added by one paste, in (0, 0.5)
 * @param minMass    the smallest share of all points a box may hold, in (0, 1)
 */
public record Prim(double peelAlpha, double pasteAlpha, double minMass) {

    /**
     * Restrictions with a quasi-p-value above this are dropped from the reported box: the
     * conventional 5% level at which the EMA Workbench flags a restriction as not significant.
     */
    public static final double SIGNIFICANCE = 0.05;

    /** The EMA Workbench's defaults: peel and paste 5%, boxes of at least 5% of the points. */
    public static final Prim DEFAULT = new Prim(0.05, 0.05, 0.05);

    /**
     * Checks the settings.
     *
     * @param peelAlpha see {@link #peelAlpha()}
     * @param pasteAlpha see {@link #pasteAlpha()}
     * @param minMass see {@link #minMass()}
     */
    public Prim {
        if (!(peelAlpha > 0 && peelAlpha < 0.5)) {
            throw new IllegalArgumentException("peelAlpha must be in (0, 0.5): " + peelAlpha);
        }
        if (!(pasteAlpha > 0 && pasteAlpha < 0.5)) {
            throw new IllegalArgumentException("pasteAlpha must be in (0, 0.5): " + pasteAlpha);
        }
        if (!(minMass > 0 && minMass < 1)) {
            throw new IllegalArgumentException("minMass must be in (0, 1): " + minMass);
        }
    }

    /**
     * The peeling trajectory and the chosen box.
     *
     * @param trajectory every box peeled, the first holding every point
     * @param chosen     the index in the trajectory of the box chosen before pasting
     * @param box        the chosen box after pasting and dropping needless restrictions
     */
    public record Result(List<PrimBox> trajectory, int chosen, PrimBox box) {
        /**
         * Copies the list.
         *
         * @param trajectory see {@link #trajectory()}
         * @param chosen see {@link #chosen()}
         * @param box see {@link #box()}
         */
        public Result {
            trajectory = List.copyOf(trajectory);
        }
    }

    /**
     * Finds a box.
     *
     * @param names one name per column of {@code x}, distinct
     * @param x     the points, {@code x[i][j]} the value of parameter j at point i, finite; at least one point
     * @param y     whether point i has the outcome of interest
     * @return the trajectory and the box
     * @throws IllegalArgumentException if the shapes disagree, a value is not finite, or there are no points
     */
    public Result find(List<String> names, double[][] x, boolean[] y) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need at least one point and one outcome per point: " + x.length
                    + " points, " + y.length + " outcomes");
        }
        for (double[] row : x) {
            if (row.length != names.size()) {
                throw new IllegalArgumentException("every point needs " + names.size() + " values: " + row.length);
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("values must be finite: " + v);
                }
            }
        }
        Space s = new Space(names, x, y);
        List<PrimBox> trajectory = new ArrayList<>();
        List<double[][]> bounds = new ArrayList<>();
        double[] lo = new double[s.d];
        double[] hi = new double[s.d];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        trajectory.add(s.box(lo, hi, false));
        bounds.add(new double[][] {lo.clone(), hi.clone()});
        while (peel(s, lo, hi)) {
            trajectory.add(s.box(lo, hi, false));
            bounds.add(new double[][] {lo.clone(), hi.clone()});
        }
        int chosen = 0;
        for (int b = 1; b < trajectory.size(); b++) {
            if (score(trajectory.get(b)) > score(trajectory.get(chosen))) {
                chosen = b;
            }
        }
        double[] cl = bounds.get(chosen)[0].clone();
        double[] ch = bounds.get(chosen)[1].clone();
        paste(s, cl, ch);
        prune(s, cl, ch);
        return new Result(trajectory, chosen, s.box(cl, ch, true));
    }

    /** The F1 score of a box: the harmonic mean of its density and its coverage, 0 if either is 0 or NaN. */
    static double score(PrimBox b) {
        return score(b.positives(), b.count(), b.positives() / b.coverage());
    }

    private static double score(int positives, int count, double totalPositives) {
        if (positives == 0 || count == 0 || !(totalPositives > 0)) {
            return 0;
        }
        return 2.0 * positives / (count + totalPositives);
    }

    /** One peeling step; false if none is possible. */
    private boolean peel(Space s, double[] lo, double[] hi) {
        int[] in = s.inside(lo, hi);
        int count = in.length;
        int positives = s.positives(in);
        if (positives == count) {
            return false;
        }
        double mean = (double) positives / count;
        int k = Math.max(1, (int) Math.floor(peelAlpha * count));
        if (k >= count) {
            return false;
        }
        double bestGain = Double.NEGATIVE_INFINITY;
        int bestDim = -1;
        boolean bestLower = false;
        double bestValue = 0;
        for (int j = 0; j < s.d; j++) {
            double[] v = s.column(in, j);
            Arrays.sort(v);
            for (int side = 0; side < 2; side++) {
                boolean lower = side == 0;
                double t = lower ? v[k] : v[count - 1 - k];
                if (t == (lower ? v[0] : v[count - 1])) {
                    continue;
                }
                int kept = 0;
                int keptPositives = 0;
                for (int i : in) {
                    double xi = s.x[i][j];
                    if (lower ? xi >= t : xi <= t) {
                        kept++;
                        keptPositives += s.y[i] ? 1 : 0;
                    }
                }
                if (kept < minMass * s.n || kept == 0) {
                    continue;
                }
                double gain = ((double) keptPositives / kept - mean) / (count - kept);
                if (gain > bestGain) {
                    bestGain = gain;
                    bestDim = j;
                    bestLower = lower;
                    bestValue = t;
                }
            }
        }
        if (bestDim < 0) {
            return false;
        }
        set(lo, hi, bestDim, bestLower, bestValue);
        return true;
    }

    /** Widens bounds, the best-scoring widening first, while a widening raises the score. */
    private void paste(Space s, double[] lo, double[] hi) {
        while (true) {
            int[] in = s.inside(lo, hi);
            int m = Math.max(1, (int) Math.floor(pasteAlpha * in.length));
            double best = score(s.positives(in), in.length, s.totalPositives);
            int bestDim = -1;
            boolean bestLower = false;
            double bestValue = 0;
            for (int j = 0; j < s.d; j++) {
                for (int side = 0; side < 2; side++) {
                    boolean lower = side == 0;
                    double bound = lower ? lo[j] : hi[j];
                    if (Double.isInfinite(bound)) {
                        continue;
                    }
                    double[] beyond = s.beyond(lo, hi, j, lower);
                    if (beyond.length == 0) {
                        continue;
                    }
                    Arrays.sort(beyond);
                    int take = Math.min(m, beyond.length);
                    double value = lower ? beyond[beyond.length - take] : beyond[take - 1];
                    boolean toEdge = lower ? value <= s.min[j] : value >= s.max[j];
                    double widened = toEdge ? (lower ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : value;
                    double saved = bound;
                    set(lo, hi, j, lower, widened);
                    int[] grown = s.inside(lo, hi);
                    double d = score(s.positives(grown), grown.length, s.totalPositives);
                    set(lo, hi, j, lower, saved);
                    if (d > best) {
                        best = d;
                        bestDim = j;
                        bestLower = lower;
                        bestValue = widened;
                    }
                }
            }
            if (bestDim < 0) {
                return;
            }
            set(lo, hi, bestDim, bestLower, bestValue);
        }
    }

    /**
     * Drops, best-scoring first, every bound without which the score does not fall or whose
     * quasi-p-value exceeds {@link #SIGNIFICANCE}.
     */
    private static void prune(Space s, double[] lo, double[] hi) {
        while (true) {
            int[] in = s.inside(lo, hi);
            double current = score(s.positives(in), in.length, s.totalPositives);
            double best = Double.NEGATIVE_INFINITY;
            int bestDim = -1;
            boolean bestLower = false;
            for (int j = 0; j < s.d; j++) {
                for (int side = 0; side < 2; side++) {
                    boolean lower = side == 0;
                    if (Double.isInfinite(lower ? lo[j] : hi[j])) {
                        continue;
                    }
                    double[] relaxed = s.relaxed(lo, hi, j, lower, !lower);
                    if ((relaxed[2] >= current || relaxed[1] > SIGNIFICANCE) && relaxed[2] > best) {
                        best = relaxed[2];
                        bestDim = j;
                        bestLower = lower;
                    }
                }
            }
            if (bestDim < 0) {
                return;
            }
            set(lo, hi, bestDim, bestLower, bestLower ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
    }

    private static void set(double[] lo, double[] hi, int j, boolean lower, double value) {
        if (lower) {
            lo[j] = value;
        } else {
            hi[j] = value;
        }
    }

    /** The data, with per-column extremes. */
    private static final class Space {
        final List<String> names;
        final double[][] x;
        final boolean[] y;
        final int n;
        final int d;
        final double[] min;
        final double[] max;
        final int totalPositives;

        Space(List<String> names, double[][] x, boolean[] y) {
            this.names = List.copyOf(names);
            this.x = x;
            this.y = y;
            this.n = x.length;
            this.d = names.size();
            min = new double[d];
            max = new double[d];
            Arrays.fill(min, Double.POSITIVE_INFINITY);
            Arrays.fill(max, Double.NEGATIVE_INFINITY);
            int p = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    min[j] = Math.min(min[j], x[i][j]);
                    max[j] = Math.max(max[j], x[i][j]);
                }
                p += y[i] ? 1 : 0;
            }
            totalPositives = p;
        }

        int[] inside(double[] lo, double[] hi) {
            int[] out = new int[n];
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (within(i, lo, hi, -1)) {
                    out[c++] = i;
                }
            }
            return Arrays.copyOf(out, c);
        }

        boolean within(int i, double[] lo, double[] hi, int except) {
            for (int j = 0; j < d; j++) {
                if (j != except && (x[i][j] < lo[j] || x[i][j] > hi[j])) {
                    return false;
                }
            }
            return true;
        }

        /** Values of column j of the points outside bound j on one side but within every other bound. */
        double[] beyond(double[] lo, double[] hi, int j, boolean lower) {
            double[] out = new double[n];
            int c = 0;
            for (int i = 0; i < n; i++) {
                double v = x[i][j];
                if ((lower ? v < lo[j] : v > hi[j]) && within(i, lo, hi, j)) {
                    out[c++] = v;
                }
            }
            return Arrays.copyOf(out, c);
        }

        int positives(int[] in) {
            int p = 0;
            for (int i : in) {
                p += y[i] ? 1 : 0;
            }
            return p;
        }

        double[] column(int[] in, int j) {
            double[] v = new double[in.length];
            for (int k = 0; k < in.length; k++) {
                v[k] = x[in[k]][j];
            }
            return v;
        }

        /**
         * The density of the box without its lower or upper bound (or both) on parameter j, the quasi-p-value
         * of that restriction (the binomial probability of at least the box's positives among
         * its points at the relaxed box's density), and the relaxed box's score.
         */
        double[] relaxed(double[] lo, double[] hi, int j, boolean lower, boolean upper) {
            int[] in = inside(lo, hi);
            int positives = positives(in);
            double l = lo[j];
            double h = hi[j];
            lo[j] = lower ? Double.NEGATIVE_INFINITY : l;
            hi[j] = upper ? Double.POSITIVE_INFINITY : h;
            int[] wider = inside(lo, hi);
            lo[j] = l;
            hi[j] = h;
            double p0 = (double) positives(wider) / wider.length;
            double p = positives == 0 ? 1.0
                    : 1 - new BinomialDistribution(null, in.length, p0).cumulativeProbability(positives - 1);
            return new double[] {p0, p, score(positives(wider), wider.length, totalPositives)};
        }

        PrimBox box(double[] lo, double[] hi, boolean withPValues) {
            int[] in = inside(lo, hi);
            int positives = positives(in);
            List<PrimBox.Restriction> restrictions = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                if (Double.isInfinite(lo[j]) && Double.isInfinite(hi[j])) {
                    continue;
                }
                double p = withPValues ? relaxed(lo, hi, j, true, true)[1] : Double.NaN;
                restrictions.add(new PrimBox.Restriction(names.get(j), lo[j], hi[j], p));
            }
            return new PrimBox(restrictions, in.length, positives, (double) in.length / n,
                    in.length == 0 ? Double.NaN : (double) positives / in.length,
                    totalPositives == 0 ? Double.NaN : (double) positives / totalPositives);
        }
    }
}
