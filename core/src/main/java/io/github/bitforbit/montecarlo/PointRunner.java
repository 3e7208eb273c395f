package io.github.bitforbit.montecarlo;

import java.util.List;

/**
 * Runs the Monte Carlos of a sweep's points: by default one point after another on this
 * machine's threads ({@link Sweep#run()}); another runner may run them elsewhere, all at once
 * (on a cluster, say), as long as each point's result equals {@link MonteCarlo#run()} of
 * {@link Sweep#monteCarlo(SweepPoint)}.
 */
@FunctionalInterface
public interface PointRunner {

    /** One point after another, each on all of the sweep's threads: what {@link Sweep#run()} uses. */
    PointRunner LOCAL = LocalPoints.INSTANCE;

    /** Receives the points' results. */
    @FunctionalInterface
    interface Results {
        /**
         * Takes the result of the next point.
         *
         * @param point  the point, the next in the list the runner was given
         * @param result its Monte Carlo
         * @return false if the runner is to stop (the result was partial: the sweep was cancelled)
         * @throws IllegalStateException if {@code point} is not the next one
         */
        boolean accept(SweepPoint point, MonteCarloResult result);
    }

    /**
     * Runs every point's Monte Carlo and hands the results to {@code results} in the order of
     * {@code points}, stopping early if it returns false or the runner is cancelled.
     *
     * @param sweep   the sweep, for {@link Sweep#monteCarlo(SweepPoint)} and {@link Sweep#scenario()}
     * @param points  the points to run, in index order
     * @param results the receiver, called on the thread that called the sweep
     */
    void run(Sweep sweep, List<SweepPoint> points, Results results);
}
