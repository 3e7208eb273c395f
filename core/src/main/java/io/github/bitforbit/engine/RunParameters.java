package io.github.bitforbit.engine;

import java.util.List;

/**
 * Parameters drawn jointly once per run from outside the scenario, such as a weighted posterior
 * sample (the evidence package's PosteriorParameters): where a scenario's own
 * uncertain parameters are drawn one by one, these are drawn together, so their correlations
 * are kept.
 *
 * <p>A {@link Simulation} given one calls {@link #draw} at the start of every run with a uniform
 * number derived from the run's seed alone, so the values are a function of the seed, whatever
 * the threads; the run's own random stream is left untouched, so a source that always gives the
 * same values gives exactly the runs of the scenario with those values set. The values are set
 * after the scenario's uncertain parameters are drawn, so they override them on the same path.
 * One instance is shared by every worker thread: implementations must be thread-safe (immutable,
 * typically).
 */
public interface RunParameters {

    /** {@return the numeric parameter paths set, in the order of {@link #draw}'s values; no wildcards} */
    List<String> paths();

    /**
     * The values of one run.
     *
     * @param u a uniform number in [0, 1), derived from the run's seed
     * @return one value per path, each valid for its parameter (whole numbers where the parameter
     *         takes them); the caller does not modify the array
     */
    double[] draw(double u);

    /**
     * The largest value a path can take (for a horizon, how long a run can last).
     *
     * @param i the path's index in {@link #paths()}
     * @return the largest value {@link #draw} ever gives for it
     */
    double max(int i);
}
