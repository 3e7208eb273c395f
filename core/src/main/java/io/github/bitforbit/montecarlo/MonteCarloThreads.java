package io.github.bitforbit.montecarlo;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon worker threads named {@code bitforbit-montecarlo-N}. */
final class MonteCarloThreads {

    static final ThreadFactory FACTORY = new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "bitforbit-montecarlo-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    };

    private MonteCarloThreads() {
    }
}
