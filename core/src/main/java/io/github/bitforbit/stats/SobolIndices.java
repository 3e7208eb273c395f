package io.github.bitforbit.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based (Sobol) sensitivity indices by the sampling scheme of Saltelli et al. (2010,
 * "Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index", Comput Phys Commun 181:259).
 *
 * <p>Workflow: {@link #plan} builds two n x k matrices A and B of points in the unit cube; the
 * caller maps each point to parameter values, evaluates the model on every row of A, of B and of
 * each {@code A_B^(i)} (A with column i taken from B), and passes the outputs to
 * {@link #estimate}. That costs {@code n (k + 2)} model runs.
 *
 * <p>Estimators, with f evaluated row by row, centred on the mean of all 2n outputs of A and B,
 * and V the population variance of those 2n outputs (exactly scipy.stats.sobol_indices, method
 * {@code saltelli_2010}, which centres the same way):
 * <ul>
 *   <li>first order {@code S_i = mean(f(B) (f(A_B^i) - f(A))) / V} (Saltelli et al. 2010, Table 2):
 *       the share of variance explained by parameter i alone;</li>
 *   <li>total {@code ST_i = mean((f(A) - f(A_B^i))^2) / (2V)} (Jansen 1999, Comput Phys Commun
 *       117:35; Saltelli et al. 2010, Table 2): the share involving parameter i, interactions
 *       included.</li>
 * </ul>
 * Both are in [0, 1] in the limit, but estimates can fall slightly outside, notably below 0 for
 * an irrelevant parameter. Intervals are percentile bootstrap intervals (Efron and Tibshirani
 * 1993, An Introduction to the Bootstrap, ch. 13) over the n rows, resampling whole rows so that
 * the dependence between f(A), f(B) and f(A_B^i) is kept. Treating quasi-random rows as i.i.d.
 * usually overstates the error of a Sobol design, so the intervals tend to be conservative.
 *
 * <p>Parameters are numbered from 0: {@code ab(i)}, {@code fAB[i]} and {@link Index#parameter()}
 * all refer to column i of A.
 */
public final class SobolIndices {

    /** Largest number of parameters: the Sobol direction numbers shipped with Commons Math cover 1000 dimensions, and a plan uses 2k. */
    public static final int MAX_PARAMETERS = 500;

    private SobolIndices() {
    }

    /**
     * Builds the sample matrices A and B from a 2k-dimensional Sobol sequence (Commons Math
     * {@link SobolSequenceGenerator}, Joe-Kuo direction numbers), skipping its first point (all
     * zeros, which would put every parameter at its lower bound): point j + 1 gives row j, its
     * first k coordinates to A and the last k to B. The result is deterministic.
     *
     * @param parameters  number of parameters k, in {@code [1, 500]}
     * @param baseSamples number of rows n, a power of two {@code >= 2}, because Sobol points are
     *                    balanced (equidistributed over dyadic boxes) only in blocks of powers of two
     * @return the plan
     * @throws IllegalArgumentException if an argument is out of range, or {@code n (k + 2)} exceeds
     *                                  {@link Integer#MAX_VALUE}
     */
    public static Plan plan(int parameters, int baseSamples) {
        if (parameters < 1 || parameters > MAX_PARAMETERS) {
            throw new IllegalArgumentException("parameters must be in [1, " + MAX_PARAMETERS + "]: " + parameters);
        }
        Arguments.atLeast("baseSamples", baseSamples, 2);
        if (Integer.bitCount(baseSamples) != 1) {
            throw new IllegalArgumentException("baseSamples must be a power of two for Sobol balance: " + baseSamples);
        }
        int evaluations;
        try {
            evaluations = Math.multiplyExact(baseSamples, parameters + 2);
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("baseSamples * (parameters + 2) must be <= " + Integer.MAX_VALUE
                    + ": baseSamples=" + baseSamples + ", parameters=" + parameters);
        }
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * parameters);
        sequence.nextVector();
        double[][] a = new double[baseSamples][];
        double[][] b = new double[baseSamples][];
        for (int j = 0; j < baseSamples; j++) {
            double[] point = sequence.nextVector();
            a[j] = Arrays.copyOfRange(point, 0, parameters);
            b[j] = Arrays.copyOfRange(point, parameters, 2 * parameters);
        }
        return new Plan(parameters, evaluations, a, b);
    }

    /**
     * Estimates first-order and total indices with percentile bootstrap intervals.
     *
     * <p>If the outputs of A and B have zero variance the model is constant on the sample and
     * there is no variance to apportion: every index and bound is NaN (no exception). Bootstrap
     * resamples with zero variance are dropped for the same reason; if all are dropped the bounds
     * are NaN.
     *
     * @param fA                 model outputs on the rows of A, length n {@code >= 2}, finite
     * @param fB                 model outputs on the rows of B, length n, finite
     * @param fAB                {@code fAB[i]} = outputs on the rows of {@code A_B^(i)}; k {@code >= 1}
     *                           arrays of length n, finite
     * @param bootstrapResamples number of bootstrap resamples, {@code >= 0}; 0 gives NaN bounds, a
     *                           few hundred to a thousand is typical
     * @param confidence         two-sided confidence level of the intervals, in (0, 1)
     * @param seed               seed of the {@link SplittableRandom} that draws the resamples; the
     *                           result is a deterministic function of the arguments
     * @return one {@link Index} per parameter, in parameter order
     */
    public static Result estimate(double[] fA, double[] fB, double[][] fAB, int bootstrapResamples,
                                  double confidence, long seed) {
        int n = fA.length;
        Arguments.atLeast("fA.length", n, 2);
        checkOutputs("fA", fA, n);
        checkOutputs("fB", fB, n);
        Arguments.atLeast("fAB.length", fAB.length, 1);
        for (int i = 0; i < fAB.length; i++) {
            checkOutputs("fAB[" + i + "]", fAB[i], n);
        }
        Arguments.atLeast("bootstrapResamples", bootstrapResamples, 0);
        Arguments.confidence(confidence);

        int k = fAB.length;
        int[] identity = new int[n];
        Arrays.setAll(identity, j -> j);
        double[] point = new double[2 * k];
        indices(fA, fB, fAB, identity, point);

        double[][] replicates = new double[2 * k][bootstrapResamples];
        int[] rows = new int[n];
        double[] replicate = new double[2 * k];
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < bootstrapResamples; r++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            indices(fA, fB, fAB, rows, replicate);
            for (int m = 0; m < 2 * k; m++) {
                replicates[m][r] = replicate[m];
            }
        }
        List<Index> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            result.add(new Index(i, percentileInterval(point[i], replicates[i], confidence),
                    percentileInterval(point[k + i], replicates[k + i], confidence)));
        }
        return new Result(result);
    }

    /**
     * Writes S_i to out[i] and ST_i to out[k + i], using the given rows (with repetition). The
     * outputs are first centred on the mean of the A and B outputs of these rows, and V is their
     * population variance (divisor 2n), as scipy.stats.sobol_indices does: the first-order
     * estimator is not shift-invariant on raw outputs, and centring keeps its variance from growing
     * with the square of the output's mean (Sobol' and Levitan 1999, Comput Phys Commun 117:52).
     */
    private static void indices(double[] fA, double[] fB, double[][] fAB, int[] rows, double[] out) {
        int k = fAB.length;
        double sum = 0;
        for (int row : rows) {
            sum += fA[row] + fB[row];
        }
        double mean = sum / (2.0 * rows.length);
        double squares = 0;
        for (int row : rows) {
            double a = fA[row] - mean;
            double b = fB[row] - mean;
            squares += a * a + b * b;
        }
        double variance = squares / (2.0 * rows.length);
        for (int i = 0; i < k; i++) {
            double[] f = fAB[i];
            double first = 0;
            double total = 0;
            for (int row : rows) {
                first += (fB[row] - mean) * (f[row] - fA[row]);
                double gap = fA[row] - f[row];
                total += gap * gap;
            }
            boolean defined = variance > 0;
            out[i] = defined ? first / rows.length / variance : Double.NaN;
            out[k + i] = defined ? total / rows.length / (2 * variance) : Double.NaN;
        }
    }

    /**
     * The percentile interval: the (1 - c)/2 and (1 + c)/2 sample quantiles of the replicates,
     * by linear interpolation between order statistics (Hyndman and Fan 1996, Am Stat 50:361,
     * definition 7), ignoring NaN replicates.
     */
    private static Interval percentileInterval(double estimate, double[] replicates, double confidence) {
        double[] sorted = Arrays.stream(replicates).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (Double.isNaN(estimate) || sorted.length == 0) {
            return Interval.undefined(estimate);
        }
        return new Interval(estimate, quantile(sorted, (1 - confidence) / 2), quantile(sorted, (1 + confidence) / 2));
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static void checkOutputs(String name, double[] outputs, int length) {
        if (outputs == null || outputs.length != length) {
            throw new IllegalArgumentException(name + ".length must equal fA.length=" + length + ": "
                    + (outputs == null ? "null" : outputs.length));
        }
        for (int j = 0; j < length; j++) {
            Arguments.finite(name + "[" + j + "]", outputs[j]);
        }
    }

    /**
     * The sample matrices of a Sobol analysis; immutable, every accessor returns a fresh copy.
     * Rows are points in [0, 1)^k; map them to parameter values before evaluating the model.
     */
    public static final class Plan {

        private final int parameters;
        private final int evaluations;
        private final double[][] a;
        private final double[][] b;

        private Plan(int parameters, int evaluations, double[][] a, double[][] b) {
            this.parameters = parameters;
            this.evaluations = evaluations;
            this.a = a;
            this.b = b;
        }

        /** {@return number of parameters k, in [1, 500]} */
        public int parameters() {
            return parameters;
        }

        /** {@return number of rows n of each matrix, a power of two {@code >= 2}} */
        public int baseSamples() {
            return a.length;
        }

        /** {@return total model runs needed, {@code n (k + 2)}: A, B and the k matrices {@code A_B^(i)}} */
        public int evaluations() {
            return evaluations;
        }

        /** {@return matrix A, n rows of k coordinates in [0, 1)} */
        public double[][] a() {
            return deepCopy(a);
        }

        /** {@return matrix B, n rows of k coordinates in [0, 1)} */
        public double[][] b() {
            return deepCopy(b);
        }

        /**
         * Matrix {@code A_B^(i)}: A with column i replaced by column i of B.
         *
         * @param i the parameter, in {@code [0, k)}
         * @return n rows of k coordinates in [0, 1)
         */
        public double[][] ab(int i) {
            Arguments.index("i", i, parameters);
            double[][] ab = deepCopy(a);
            for (int j = 0; j < ab.length; j++) {
                ab[j][i] = b[j][i];
            }
            return ab;
        }

        private static double[][] deepCopy(double[][] matrix) {
            double[][] copy = new double[matrix.length][];
            for (int j = 0; j < matrix.length; j++) {
                copy[j] = matrix[j].clone();
            }
            return copy;
        }
    }

    /**
     * Sensitivity indices of one parameter.
     *
     * @param parameter  the parameter, numbered from 0 as the columns of A
     * @param firstOrder first-order index S_i with its bootstrap interval
     * @param total      total index ST_i with its bootstrap interval
     */
    public record Index(int parameter, Interval firstOrder, Interval total) {
    }

    /**
     * The indices of all parameters.
     *
     * @param indices one entry per parameter, in parameter order (unmodifiable)
     */
    public record Result(List<Index> indices) {

        /**
         * Copies the list, so the result is immutable.
         *
         * @param indices see {@link #indices()}
         */
        public Result {
            indices = List.copyOf(indices);
        }

        /**
         * The entry of one parameter.
         *
         * @param parameter in {@code [0, k)}
         * @return its indices
         */
        public Index index(int parameter) {
            return indices.get(Arguments.index("parameter", parameter, indices.size()));
        }
    }
}
