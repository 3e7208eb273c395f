package io.github.bitforbit.montecarlo;

/**
 * Cooperative cancellation of a Monte Carlo or a sweep. Any thread may call {@link #cancel()};
 * the runner then stops at the next block boundary and returns a result flagged
 * {@linkplain MonteCarloResult#partial() partial} that holds only complete blocks folded in run
 * order, so it equals the result of an uncancelled run with that many runs. Once cancelled a
 * token stays cancelled; use a fresh one per call.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** A token that is not cancelled. */
    public CancellationToken() {
    }

    /** Asks the runner to stop; idempotent and thread-safe. */
    public void cancel() {
        cancelled = true;
    }

    /** {@return whether {@link #cancel()} has been called} */
    public boolean isCancelled() {
        return cancelled;
    }
}
