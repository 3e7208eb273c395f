package io.github.bitforbit.montecarlo;

/**
 * Told how far a Monte Carlo has got, after each block of runs has been folded into the result.
 * Called from the thread that called {@code run()} (or {@code compare()}), never concurrently; it
 * may call {@link CancellationToken#cancel()} to stop the run at that point.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Progress so far.
     *
     * @param runsDone      runs folded into the result so far (for a comparison, run indices:
     *                      each covers every design), {@code >= 1}
     * @param runsPlanned   the most runs this call will do (the requested runs; with a
     *                      precision target, it may stop earlier)
     * @param runsPerSecond {@code runsDone} divided by the wall time since the call began
     */
    void progress(long runsDone, long runsPlanned, double runsPerSecond);
}
