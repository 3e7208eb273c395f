package io.github.bitforbit.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** A generation's particles run on a pool in chunks, each index writing only its own slots, so the result does not depend on the threads. */
final class ParticleTasks {
    private ParticleTasks() {
    }

/**
 * Runs {@code body} for every index in [0, n) of generation {@code g}, in chunks on the pool; each
 * index writes only its own slots. {@code done} (may be null) hears, on the calling thread, how many
 * indices are done after each chunk in order.
 */
static void run(ExecutorService pool, int threads, int n, int g, IntConsumer done,
                BooleanSupplier cancelled, IntConsumer body) {
    int chunk = Math.max(1, Math.min(64, n / (4 * threads) + 1));
    List<Future<?>> futures = new ArrayList<>();
    for (int start = 0; start < n; start += chunk) {
        int from = start;
        int to = Math.min(n, start + chunk);
        futures.add(pool.submit(() -> {
            for (int i = from; i < to; i++) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                body.accept(i);
            }
        }));
    }
    try {
        for (int f = 0; f < futures.size(); f++) {
            futures.get(f).get();
            if (done != null) {
                done.accept(Math.min(n, (f + 1) * chunk));
            }
        }
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("calibration interrupted");
    } catch (ExecutionException e) {
        futures.forEach(f -> f.cancel(true));
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        throw new IllegalStateException(cause);
    }
    if (cancelled.getAsBoolean()) {
        throw new CancellationException("calibration cancelled in generation " + g);
    }
}
}
