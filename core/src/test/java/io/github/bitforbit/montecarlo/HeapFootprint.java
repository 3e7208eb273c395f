package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.Demo;
import io.github.bitforbit.rules.Template;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the heap a Monte Carlo retains, to show that memory does not grow with the number of
 * runs. Not a unit test (no JUnit annotations; surefire ignores it): run it by hand, e.g.
 *
 * <pre>
 * cd /work/main && ./mvnw -q -o -pl core test-compile
 * java -Xmx256m -cp core/target/classes:core/target/test-classes:MASON_JAR:COMMONS_MATH_JAR \
 *      io.github.bitforbit.montecarlo.HeapFootprint [runs...]
 * </pre>
 *
 * For each run count (default 10,000 and 1,000,000) it runs the demo (bit-for-bit) on all
 * processors, sampling the used heap after a full GC from a progress listener in the middle of
 * the run (what the runner holds while running) and after it returns with the result still
 * referenced (what the result holds), and prints both with the wall time.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    /** @param args run counts to measure (default 10000 1000000) */
    public static void main(String[] args) {
        long[] counts = args.length == 0 ? new long[] {10_000, 1_000_000} : new long[args.length];
        for (int i = 0; i < args.length; i++) {
            counts[i] = Long.parseLong(args[i]);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MonteCarlo.of(Demo.scenario(0.5)).runs(20_000).seed(1).run(); // warm up the JIT
        long baseline = usedAfterGc(memory);
        System.out.printf("baseline after warm-up: %,d bytes%n", baseline);
        for (long runs : counts) {
            long[] during = {-1};
            long start = System.nanoTime();
            MonteCarloResult r = MonteCarlo.of(Demo.scenario(0.5)).design(Template.BIT_FOR_BIT).runs(runs).seed(1)
                    .progress((done, planned, rate) -> {
                        if (during[0] < 0 && done >= planned / 2) {
                            during[0] = usedAfterGc(memory);
                        }
                    }).run();
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = usedAfterGc(memory);
            System.out.printf("%,d runs in %.1f s (%,.0f runs/s): used heap mid-run %,d bytes, after with result "
                    + "held %,d bytes (collapse share %.4f)%n", r.runs(), seconds, r.runs() / seconds, during[0], after,
                    r.share(io.github.bitforbit.engine.OutcomeKind.COLLAPSED).estimate());
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
