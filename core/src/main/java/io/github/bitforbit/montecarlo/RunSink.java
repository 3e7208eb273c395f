package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.RunResult;

/**
 * Receives the raw result of every run, for callers that want per-run rows (the runner itself
 * keeps none).
 *
 * <p>Calls come from ONE thread (the thread that called {@code run()} or {@code compare()}) in
 * strictly increasing run-index order, so an implementation needs no synchronisation and its
 * output does not depend on the number of threads. In a comparison of D designs it is called D
 * times per run index, in the order the designs were given. Only runs that are included in the
 * result are passed: after a cancellation the sink has seen exactly the runs of the partial
 * result. An exception thrown by the sink aborts the Monte Carlo and is rethrown to the caller.
 */
@FunctionalInterface
public interface RunSink {

    /**
     * One run.
     *
     * @param runIndex the run's index k, from 0; its seed is {@link RunSeeds#seed(long, long) seed(master, k)}
     * @param result   the run's result
     */
    void accept(long runIndex, RunResult result);
}
