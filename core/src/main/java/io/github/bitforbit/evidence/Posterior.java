package io.github.bitforbit.evidence;

import io.github.bitforbit.stats.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A weighted sample from an ABC posterior: the particles kept by the last generation, with
 * importance weights, and the record of every generation.
 *
 * @param priors      the priors, in the order of each particle's values
 * @param particles   the weighted particles
 * @param generations every generation run, in order
 * @param scales      the scale of each summary statistic in the distance (its standard deviation
 *                    over the prior draws of generation 0, or 1), kept so that a calibration can
 *                    resume from this population exactly
 */
public record Posterior(List<Prior> priors, List<Particle> particles, List<Generation> generations,
                        List<Double> scales) {

    /**
     * One weighted particle.
     *
     * @param values   one value per prior, in the priors' order
     * @param weight   its importance weight, {@code > 0} (not normalised)
     * @param distance its distance from the observed summaries
     */
    public record Particle(List<Double> values, double weight, double distance) {
        /**
         * Copies the list.
         *
         * @param values see {@link #values()}
         * @param weight see {@link #weight()}
         * @param distance see {@link #distance()}
         */
        public Particle {
            values = List.copyOf(values);
        }

        /** {@return value {@code i}} */
        double value(int i) {
            return values.get(i);
        }
    }

    /**
     * Copies the lists and checks the shapes.
     *
     * @param priors see {@link #priors()}
     * @param particles see {@link #particles()}
     * @param generations see {@link #generations()}
     * @param scales see {@link #scales()}
     */
    public Posterior {
        priors = List.copyOf(priors);
        particles = List.copyOf(particles);
        generations = List.copyOf(generations);
        scales = List.copyOf(scales);
        if (particles.isEmpty()) {
            throw new IllegalArgumentException("a posterior needs at least one particle");
        }
        for (Particle p : particles) {
            if (p.values().size() != priors.size() || !(p.weight() > 0)) {
                throw new IllegalArgumentException("particle " + p + " does not fit " + priors.size()
                        + " priors with a positive weight");
            }
        }
    }

    /** {@return the parameter paths, in order} */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        priors.forEach(p -> out.add(p.path()));
        return out;
    }

    /** {@return the effective sample size, (sum w)^2 / sum w^2, in [1, particles]} */
    public double ess() {
        return ess(particles);
    }

    static double ess(List<Particle> particles) {
        double s = 0;
        double s2 = 0;
        for (Particle p : particles) {
            s += p.weight();
            s2 += p.weight() * p.weight();
        }
        return s * s / s2;
    }

    /**
     * The weighted posterior mean of parameter {@code i}.
     *
     * @param i the parameter's index
     * @return the mean
     */
    public double mean(int i) {
        double s = 0;
        double m = 0;
        for (Particle p : particles) {
            s += p.weight();
            m += p.weight() * p.value(i);
        }
        return m / s;
    }

    /**
     * A weighted quantile of parameter {@code i}: the smallest particle value whose cumulative
     * normalised weight reaches {@code q} (the inverse of the weighted empirical distribution).
     *
     * @param i the parameter's index
     * @param q the probability, in [0, 1]
     * @return the quantile
     */
    public double quantile(int i, double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0, 1]: " + q);
        }
        Particle[] sorted = particles.toArray(new Particle[0]);
        Arrays.sort(sorted, Comparator.comparingDouble(p -> p.value(i)));
        return cumulative(List.of(sorted), q - 1e-12, true).value(i);
    }

    /**
     * The equal-tailed credible interval of parameter {@code i}, around the weighted median.
     *
     * @param i     the parameter's index
     * @param level the credibility, in (0, 1), e.g. 0.9
     * @return [quantile((1 - level) / 2), quantile((1 + level) / 2)] with the median as estimate
     */
    public Interval credible(int i, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1): " + level);
        }
        return new Interval(quantile(i, 0.5), quantile(i, (1 - level) / 2), quantile(i, (1 + level) / 2));
    }

    /**
     * A weighted draw: the particle whose cumulative normalised weight first exceeds {@code u}.
     *
     * @param u a uniform number in [0, 1)
     * @return the particle
     */
    public Particle draw(double u) {
        return cumulative(particles, u, false);
    }

    /** The first particle whose cumulative normalised weight reaches ({@code atLeast}) or exceeds {@code level}; else the last. */
    private static Particle cumulative(List<Particle> ordered, double level, boolean atLeast) {
        double total = 0;
        for (Particle p : ordered) {
            total += p.weight();
        }
        double c = 0;
        for (Particle p : ordered) {
            c += p.weight() / total;
            if (atLeast ? c >= level : level < c) {
                return p;
            }
        }
        return ordered.get(ordered.size() - 1);
    }
}
