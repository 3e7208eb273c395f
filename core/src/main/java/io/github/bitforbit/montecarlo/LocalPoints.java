package io.github.bitforbit.montecarlo;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local point runner: points one after another, each on all of the sweep's threads (one pool
 * shared by every point), so a point's figures are exactly those of {@link MonteCarlo#run()}.
 */
final class LocalPoints implements PointRunner {

    static final LocalPoints INSTANCE = new LocalPoints();

    private LocalPoints() {
    }

    @Override
    public void run(Sweep sweep, List<SweepPoint> points, Results results) {
        ExecutorService pool = Executors.newFixedThreadPool(sweep.threads(), MonteCarloThreads.FACTORY);
        try {
            for (SweepPoint p : points) {
                if (sweep.cancelled()) {
                    return;
                }
                MonteCarlo mc = sweep.monteCarlo(p);
                if (!results.accept(p, mc.execute(List.of(mc.design()), pool).results().get(0))) {
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
