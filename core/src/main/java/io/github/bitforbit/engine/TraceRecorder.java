package io.github.bitforbit.engine;

/**
 * Receives a run's trace events in order. Passing no recorder to {@link Simulation#run(long)}
 * turns tracing off; the simulation then builds no events at all.
 */
@FunctionalInterface
public interface TraceRecorder {
    /**
     * Called once per event, in the order they happen.
     *
     * @param event what happened; it is immutable and may be kept
     */
    void record(TraceEvent event);
}
