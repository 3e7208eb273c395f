package io.github.bitforbit.model;

import io.github.bitforbit.validation.Validate;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.FastMath;

/**
 * A distribution for an uncertain numeric parameter, drawn once per run (docs/ODD.md section 5).
 * Draws are by inversion of one uniform number from the run's own generator, so that the value
 * of a parameter in run k depends only on run k's seed. Values are in the unit of the parameter
 * drawn; its support must lie within the parameter's range, since a drawn value outside it is
 * refused like a bad value in a file.
 */
public sealed interface Distribution {

    /**
     * The inverse of the cumulative distribution function.
     *
     * @param u a cumulative probability, 0 to 1
     * @return the value below which the share {@code u} of draws falls
     */
    double quantile(double u);

    /**
     * The expectation, e.g. for the value a parameter has on average over runs.
     *
     * @return the mean, in the unit of the parameter drawn
     */
    double mean();

    /**
     * Uniform on [low, high]; {@code low == high} is a constant.
     *
     * @param low  smallest value
     * @param high largest value (&gt;= low)
     */
    record Uniform(double low, double high) implements Distribution {
        /**
         * Checks the bounds.
         *
         * @param low  smallest value, finite
         * @param high largest value, finite and &gt;= low
         * @throws IllegalArgumentException if a bound is not finite or high is below low
         */
        public Uniform {
            Validate.finite("uniform.low", low);
            Validate.finite("uniform.high", high);
            if (high < low) {
                throw new IllegalArgumentException("uniform: high " + high + " is below low " + low);
            }
        }

        @Override
        public double quantile(double u) {
            return low + u * (high - low);
        }

        @Override
        public double mean() {
            return 0.5 * (low + high);
        }

        @Override
        public String toString() {
            return "uniform(" + low + ", " + high + ")";
        }
    }

    /**
     * Beta(alpha, beta) on [0, 1], for probabilities and shares; its mean is
     * {@code alpha / (alpha + beta)}.
     *
     * @param alpha first shape parameter (&gt; 0)
     * @param beta  second shape parameter (&gt; 0)
     */
    record Beta(double alpha, double beta) implements Distribution {
        /**
         * Checks the shapes.
         *
         * @param alpha first shape parameter, finite and &gt; 0
         * @param beta  second shape parameter, finite and &gt; 0
         * @throws IllegalArgumentException if a shape is not a finite number above 0
         */
        public Beta {
            Validate.positive("beta.alpha", alpha);
            Validate.positive("beta.beta", beta);
        }

        @Override
        public double quantile(double u) {
            return IncompleteBeta.inverse(u, alpha, beta);
        }

        @Override
        public double mean() {
            return alpha / (alpha + beta);
        }

        @Override
        public String toString() {
            return "beta(" + alpha + ", " + beta + ")";
        }
    }

    /**
     * Normal(mu, sd) truncated to [low, high]; its {@link #mean()} is that of the truncated
     * distribution, not {@code mu}.
     *
     * @param mu   mean of the normal before truncation
     * @param sd   standard deviation of the normal before truncation (&gt; 0)
     * @param low  smallest value
     * @param high largest value (&gt; low)
     */
    record TruncatedNormal(double mu, double sd, double low, double high) implements Distribution {
        /** Commons Math's NormalDistribution.SQRT2, which the draws are made with. */
        private static final double SQRT2 = FastMath.sqrt(2.0);
        private static final double LOG_GAMMA_HALF = Gamma.logGamma(0.5);

        /**
         * Checks the parameters.
         *
         * @param mu   mean before truncation, finite
         * @param sd   standard deviation before truncation, finite and &gt; 0
         * @param low  smallest value, finite
         * @param high largest value, finite and &gt; low
         * @throws IllegalArgumentException if a parameter is not finite, sd is not above 0 or
         *                                  high is not above low
         */
        public TruncatedNormal {
            Validate.finite("truncatedNormal.mean", mu);
            Validate.positive("truncatedNormal.sd", sd);
            Validate.finite("truncatedNormal.low", low);
            Validate.finite("truncatedNormal.high", high);
            if (high <= low) {
                throw new IllegalArgumentException("truncatedNormal: high " + high + " is not above low " + low);
            }
        }

        @Override
        public double quantile(double u) {
            // Commons Math's NormalDistribution cumulativeProbability and
            // inverseCumulativeProbability, operation for operation (so draws are unchanged),
            // without allocating a NormalDistribution, or its erfc's continued fraction, per draw
            double a = cumulative(low);
            double b = cumulative(high);
            double v = a + u * (b - a);
            if (v < 0 || v > 1) {
                throw new IllegalArgumentException("truncatedNormal quantile: " + u + " is not in [0, 1]");
            }
            double x = mu + sd * SQRT2 * Erf.erfInv(2 * v - 1);
            return Math.min(high, Math.max(low, x));
        }

        private double cumulative(double x) {
            double dev = x - mu;
            if (FastMath.abs(dev) > 40 * sd) {
                return dev < 0 ? 0 : 1;
            }
            return 0.5 * erfc(-dev / (sd * SQRT2));
        }

        /** Commons Math's Erf.erfc, operation for operation. */
        private static double erfc(double z) {
            if (FastMath.abs(z) > 40) {
                return z > 0 ? 0 : 2;
            }
            double x = z * z;
            // below 3/2 (and for NaN) Commons Math sums a series, which allocates nothing
            double q = !(x >= 1.5) ? Gamma.regularizedGammaQ(0.5, x, 1e-15, 10_000) : upperGammaOfHalf(x);
            return z < 0 ? 2 - q : q;
        }

        /**
         * Commons Math's Gamma.regularizedGammaQ(1/2, x, 1e-15, 10000) for x &gt;= 3/2, its
         * ContinuedFraction.evaluate (modified Lentz) inlined so that no fraction object is made.
         */
        private static double upperGammaOfHalf(double x) {
            double small = 1e-50;
            double hPrev = lentzGuard((2.0 * 0 + 1.0) - 0.5 + x, small);
            double dPrev = 0;
            double cPrev = hPrev;
            double h = hPrev;
            int n = 1;
            for (; n < 10_000; n++) {
                double a = (2.0 * n + 1.0) - 0.5 + x;
                double b = n * (0.5 - n);
                double d = 1 / lentzGuard(a + b * dPrev, small);
                double c = lentzGuard(a + b / cPrev, small);
                double delta = c * d;
                h = hPrev * delta;
                if (Double.isInfinite(h) || Double.isNaN(h)) {
                    throw new ArithmeticException("truncatedNormal: erfc diverged at " + x);
                }
                if (FastMath.abs(delta - 1.0) < 1e-15) {
                    break;
                }
                dPrev = d;
                cPrev = c;
                hPrev = h;
            }
            if (n >= 10_000) {
                throw new ArithmeticException("truncatedNormal: erfc did not converge at " + x);
            }
            return FastMath.exp(-x + 0.5 * FastMath.log(x) - LOG_GAMMA_HALF) * (1.0 / h);
        }

        /** Precision.equals(v, 0, small) is |v| &lt;= small (a value within 1 ulp of 0 is also that small). */
        private static double lentzGuard(double v, double small) {
            return FastMath.abs(v) <= small ? small : v;
        }

        @Override
        public double mean() {
            NormalDistribution std = new NormalDistribution(null, 0, 1);
            double alpha = (low - mu) / sd;
            double beta = (high - mu) / sd;
            double z = std.cumulativeProbability(beta) - std.cumulativeProbability(alpha);
            return mu + sd * (std.density(alpha) - std.density(beta)) / z;
        }

        @Override
        public String toString() {
            return "truncatedNormal(" + mu + ", " + sd + ", " + low + ", " + high + ")";
        }
    }

    /**
     * Triangular on [low, high] with the given mode, for a judgement of "most likely m, surely
     * between a and b".
     *
     * @param low  smallest value
     * @param mode most likely value (low &lt;= mode &lt;= high)
     * @param high largest value (&gt; low)
     */
    record Triangular(double low, double mode, double high) implements Distribution {
        /**
         * Checks the parameters.
         *
         * @param low  smallest value, finite
         * @param mode most likely value, finite, between low and high
         * @param high largest value, finite and &gt; low
         * @throws IllegalArgumentException if a parameter is not finite or they are out of order
         */
        public Triangular {
            Validate.finite("triangular.low", low);
            Validate.finite("triangular.mode", mode);
            Validate.finite("triangular.high", high);
            if (!(low <= mode && mode <= high && low < high)) {
                throw new IllegalArgumentException("triangular: needs low <= mode <= high and low < high, got "
                        + low + ", " + mode + ", " + high);
            }
        }

        @Override
        public double quantile(double u) {
            // the closed form of Commons Math's TriangularDistribution.inverseCumulativeProbability,
            // operation for operation (so draws are unchanged), without allocating one per draw
            if (!(u >= 0 && u <= 1)) {
                throw new IllegalArgumentException("triangular quantile: " + u + " is not in [0, 1]");
            }
            if (u == 0) {
                return low;
            }
            if (u == 1) {
                return high;
            }
            if (u < (mode - low) / (high - low)) {
                return low + Math.sqrt(u * (high - low) * (mode - low));
            }
            return high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        }

        @Override
        public double mean() {
            return (low + mode + high) / 3.0;
        }

        @Override
        public String toString() {
            return "triangular(" + low + ", " + mode + ", " + high + ")";
        }
    }
}
