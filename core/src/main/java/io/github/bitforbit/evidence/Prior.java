package io.github.bitforbit.evidence;

import io.github.bitforbit.model.Distribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

import java.util.Locale;
import java.util.Objects;

/**
 * The prior of one calibrated parameter: a distribution over the value at a parameter path
 * (see {@link io.github.bitforbit.model.ParameterPath}), shared by every case calibrated
 * together, so that {@code parties.DPRK.trust.initial} means the same in each.
 *
 * @param path         the parameter path
 * @param distribution its prior, in the parameter's units; densities come from Commons Math
 */
public record Prior(String path, Distribution distribution) {

    /**
     * Checks the fields.
     *
     * @param path see {@link #path()}
     * @param distribution see {@link #distribution()}
     */
    public Prior {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(distribution, "distribution");
        if (path.isBlank()) {
            throw new IllegalArgumentException("prior: the path must not be empty");
        }
    }

    /**
     * Parses {@code PATH=uniform(a,b)}, {@code PATH=beta(a,b)}, {@code PATH=truncatedNormal(mean,sd,low,high)}
     * or {@code PATH=triangular(low,mode,high)}.
     *
     * @param spec the spec
     * @return the prior
     * @throws IllegalArgumentException saying what is wrong with the spec
     */
    public static Prior parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        int eq = spec.indexOf('=');
        int open = spec.indexOf('(', Math.max(eq, 0));
        if (eq <= 0 || open < 0 || !spec.trim().endsWith(")")) {
            throw new IllegalArgumentException("prior '" + spec + "' is not PATH=uniform(a,b) (or beta(a,b), "
                    + "truncatedNormal(mean,sd,low,high), triangular(low,mode,high))");
        }
        String path = spec.substring(0, eq).trim();
        String name = spec.substring(eq + 1, open).trim().toLowerCase(Locale.ROOT);
        String body = spec.trim();
        String[] parts = body.substring(body.indexOf('(', eq) + 1, body.length() - 1).split(",", -1);
        double[] a = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                a[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("prior '" + spec + "': '" + parts[i].trim() + "' is not a number");
            }
        }
        Distribution d;
        switch (name) {
            case "uniform" -> d = new Distribution.Uniform(arg(spec, a, 2, 0), arg(spec, a, 2, 1));
            case "beta" -> d = new Distribution.Beta(arg(spec, a, 2, 0), arg(spec, a, 2, 1));
            case "truncatednormal" -> d = new Distribution.TruncatedNormal(arg(spec, a, 4, 0), a[1], a[2], a[3]);
            case "triangular" -> d = new Distribution.Triangular(arg(spec, a, 3, 0), a[1], a[2]);
            default -> throw new IllegalArgumentException("prior '" + spec + "': unknown distribution '" + name
                    + "' (uniform, beta, truncatedNormal, triangular)");
        }
        if (d instanceof Distribution.Uniform u && !(u.low() < u.high())) {
            throw new IllegalArgumentException("prior '" + spec + "': uniform needs low < high");
        }
        return new Prior(path, d);
    }

    private static double arg(String spec, double[] a, int count, int i) {
        if (a.length != count) {
            throw new IllegalArgumentException("prior '" + spec + "': needs " + count + " numbers, got " + a.length);
        }
        return a[i];
    }

    /**
     * The prior density at {@code x}.
     *
     * @param x a value
     * @return the density, 0 outside the support
     */
    public double density(double x) {
        Distribution d = distribution;
        if (d instanceof Distribution.Uniform u) {
            return x >= u.low() && x <= u.high() ? 1.0 / (u.high() - u.low()) : 0;
        }
        if (d instanceof Distribution.Beta b) {
            return x < 0 || x > 1 ? 0 : new BetaDistribution(null, b.alpha(), b.beta()).density(x);
        }
        if (d instanceof Distribution.TruncatedNormal t) {
            if (x < t.low() || x > t.high()) {
                return 0;
            }
            NormalDistribution n = new NormalDistribution(null, t.mu(), t.sd());
            return n.density(x) / (n.cumulativeProbability(t.high()) - n.cumulativeProbability(t.low()));
        }
        if (d instanceof Distribution.Triangular t) {
            return x < t.low() || x > t.high() ? 0 : new TriangularDistribution(null, t.low(), t.mode(), t.high()).density(x);
        }
        throw new IllegalArgumentException("prior " + path + ": no density for " + d);
    }

    @Override
    public String toString() {
        return path + "=" + distribution;
    }
}
