package io.github.bitforbit.spark;

import io.github.bitforbit.montecarlo.BlockFold;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.PointRunner;
import io.github.bitforbit.montecarlo.SensitivityResult;
import io.github.bitforbit.montecarlo.Sweep;
import io.github.bitforbit.montecarlo.SweepPoint;
import io.github.bitforbit.montecarlo.SweepResult;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.util.List;
import java.util.Objects;

/**
 * Parameter sweeps (and Sobol sensitivity analyses) on a Spark cluster: all the points' runs,
 * points x blocks, shared out at once, each point's blocks folded in run order on the driver, so
 * every row is bit-identical to {@link Sweep#run()}'s, whatever the partitioning and the number
 * of executors.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.of(scenario).vary("parties.DPRK.trust.initial", "0.1..0.9:9").runsPerPoint(1000);
 * SweepResult r = SparkSweep.on(spark).run(sweep);               // equals sweep.run()
 * }</pre>
 *
 * <p>Rows reach the sweep's row sink ({@link Sweep#onRow}) in index order as soon as every block
 * of the point and of the points before it has been folded; points the sweep
 * {@linkplain Sweep#skip skips} are not run. The sweep's threads and cancellation token are for
 * the local runner. The scenario must survive its JSON form, as for {@link SparkMonteCarlo}.
 * Not thread-safe.
 */
public final class SparkSweep implements PointRunner {

    private final JavaSparkContext spark;
    private BlockSizing sizing = BlockSizing.DEFAULT;

    private SparkSweep(JavaSparkContext spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * Sweeps on this Spark context, with {@link BlockSizing#DEFAULT}.
     *
     * @param spark the context, started by the caller (and stopped by it)
     * @return a runner
     */
    public static SparkSweep on(JavaSparkContext spark) {
        return new SparkSweep(spark);
    }

    /**
     * How the points' runs are cut into Spark work; changes no figure.
     *
     * @param sizing the sizes
     * @return this runner
     */
    public SparkSweep sizing(BlockSizing sizing) {
        this.sizing = Objects.requireNonNull(sizing, "sizing");
        return this;
    }

    /**
     * Runs the sweep.
     *
     * @param sweep the sweep
     * @return its result, equal to {@code sweep.run()}
     * @throws IllegalArgumentException as {@link Sweep#run()}, or if the scenario does not survive
     *                                  its JSON form
     * @throws IllegalStateException    if a Spark job failed
     */
    public SweepResult run(Sweep sweep) {
        return sweep.run(this);
    }

    /**
     * Runs the sweep's Saltelli points and estimates the Sobol indices of the collapse share.
     *
     * @param sweep       the sweep
     * @param baseSamples as for {@link Sweep#sensitivity(int, int)}
     * @param bootstrap   as for {@link Sweep#sensitivity(int, int)}
     * @return the indices, equal to {@code sweep.sensitivity(baseSamples, bootstrap)}
     */
    public SensitivityResult sensitivity(Sweep sweep, int baseSamples, int bootstrap) {
        return sweep.sensitivity(baseSamples, bootstrap, this);
    }

    /**
     * Runs the points' blocks as Spark jobs and hands each point's result over in order.
     *
     * @param sweep   the sweep
     * @param points  the points, in index order
     * @param results the receiver
     */
    @Override
    public void run(Sweep sweep, List<SweepPoint> points, Results results) {
        if (points.isEmpty()) {
            return;
        }
        MonteCarlo first = sweep.monteCarlo(points.get(0));
        long runs = first.fold().nextStop();
        int n = points.size();
        int[] index = new int[n];
        long[] from = new long[n];
        long[] to = new long[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
            to[i] = runs;
        }
        Broadcast<BlockPlan> plan = spark.broadcast(BlockPlan.ofPoints(sweep.scenario(), first.seed(), points));
        BlockFold[] open = new BlockFold[1];
        try {
            new BlockJobs(spark, sizing).run(plan, new BlockJobs.Spans(index, from, to), (point, block) -> {
                if (open[0] == null) {
                    open[0] = sweep.monteCarlo(points.get(point)).fold();
                }
                open[0].add(block);
                if (!open[0].finished()) {
                    return true;
                }
                BlockFold done = open[0];
                open[0] = null;
                return results.accept(points.get(point), done.result());
            });
        } finally {
            plan.destroy();
        }
    }
}
