package io.github.bitforbit.model;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A distribution for an uncertain numeric parameter, drawn once per run (MODEL.md section 6).
 * Draws are by inversion of one uniform number from the run's own generator, so that the value
 * of a parameter in run k depends only on run k's seed.
 */
public sealed interface Distribution {

    /** The value at cumulative probability {@code u} in [0, 1] (the inverse CDF). */
    double quantile(double u);

    /** The mean. */
    double mean();

    /** Uniform on [low, high]. */
    record Uniform(double low, double high) implements Distribution {
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

    /** Beta(alpha, beta) on [0, 1]. */
    record Beta(double alpha, double beta) implements Distribution {
        public Beta {
            Validate.positive("beta.alpha", alpha);
            Validate.positive("beta.beta", beta);
        }

        @Override
        public double quantile(double u) {
            return new BetaDistribution(null, alpha, beta).inverseCumulativeProbability(u);
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

    /** Normal(mean, sd) truncated to [low, high]. */
    record TruncatedNormal(double mu, double sd, double low, double high) implements Distribution {
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
            NormalDistribution n = new NormalDistribution(null, mu, sd);
            double a = n.cumulativeProbability(low);
            double b = n.cumulativeProbability(high);
            double x = n.inverseCumulativeProbability(a + u * (b - a));
            return Math.min(high, Math.max(low, x));
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

    /** Triangular on [low, high] with the given mode. */
    record Triangular(double low, double mode, double high) implements Distribution {
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
