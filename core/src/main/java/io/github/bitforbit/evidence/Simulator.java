package io.github.bitforbit.evidence;

/**
 * What ABC calibrates: a stochastic model that, given parameter values and a seed, returns the
 * summary statistics of one simulated data set, to be compared with the observed summaries.
 * Implementations must be a pure function of {@code (theta, seed)} and safe to call from several
 * threads at once; {@link AbcSmc} calls it from its worker threads.
 */
@FunctionalInterface
public interface Simulator {

    /**
     * Simulates.
     *
     * @param theta the parameter values, one per prior, in the priors' order
     * @param seed  the seed of this simulation
     * @return the summary statistics, as many as observed and in the same order
     */
    double[] summaries(double[] theta, long seed);
}
