package io.github.bitforbit.spark;

import io.github.bitforbit.montecarlo.BlockFold;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.rules.AgreementDesign;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Monte Carlo runs and paired comparisons on a Spark cluster, with every figure bit-identical to
 * the core runner's for the same settings, whatever the partitioning and the number of executors.
 *
 * <pre>{@code
 * MonteCarlo mc = MonteCarlo.of(scenario).design(Template.BIT_FOR_BIT).runs(1_000_000).seed(42);
 * MonteCarloResult r = SparkMonteCarlo.on(spark).run(mc);        // equals mc.run()
 * }</pre>
 *
 * <p>The runs are cut into blocks ({@link BlockSizing}); executors run the blocks with the core's
 * {@link io.github.bitforbit.montecarlo.RunBlocks} (run k on seed {@code RunSeeds.seed(master, k)},
 * as locally) and the driver folds them in run order with a
 * {@link io.github.bitforbit.montecarlo.BlockFold}, the same fold the local runner uses. A
 * precision target is honoured batch by batch (one Spark job per batch). The builder's threads,
 * progress listener, sink and cancellation token are for the local runner and are not used here.
 *
 * <p>Executors rebuild the scenario from its canonical JSON, so it must come back equal from
 * {@code Scenarios.toJson}; agent types and probes must be registered on the executors too
 * (through {@code META-INF/services} in a jar on their class path). Not thread-safe.
 */
public final class SparkMonteCarlo {

    private final JavaSparkContext spark;
    private BlockSizing sizing = BlockSizing.DEFAULT;

    private SparkMonteCarlo(JavaSparkContext spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * Monte Carlos on this Spark context, with {@link BlockSizing#DEFAULT}.
     *
     * @param spark the context, started by the caller (and stopped by it)
     * @return a runner
     */
    public static SparkMonteCarlo on(JavaSparkContext spark) {
        return new SparkMonteCarlo(spark);
    }

    /**
     * How the runs are cut into Spark work; changes no figure.
     *
     * @param sizing the sizes
     * @return this runner
     */
    public SparkMonteCarlo sizing(BlockSizing sizing) {
        this.sizing = Objects.requireNonNull(sizing, "sizing");
        return this;
    }

    /**
     * Runs a Monte Carlo of its chosen design.
     *
     * @param monteCarlo the Monte Carlo, with its runs, seed, confidence and precision set
     * @return the summary, equal to {@code monteCarlo.run()}
     * @throws IllegalArgumentException if the scenario or design does not survive its JSON form
     * @throws IllegalStateException    if the Spark job failed (with Spark's message)
     */
    public MonteCarloResult run(MonteCarlo monteCarlo) {
        return execute(monteCarlo, List.of(monteCarlo.design())).results().get(0);
    }

    /**
     * Runs several designs on the same run seeds and compares every pair.
     *
     * @param monteCarlo the Monte Carlo, with its runs, seed, confidence and precision set
     * @param designs    two or more designs with distinct names
     * @return the comparison, equal to {@code monteCarlo.compare(designs)}
     * @throws IllegalArgumentException for fewer than two designs, two with one name, or a
     *                                  scenario or design that does not survive its JSON form
     * @throws IllegalStateException    if the Spark job failed
     */
    public Comparison compare(MonteCarlo monteCarlo, AgreementDesign... designs) {
        if (designs.length < 2) {
            throw new IllegalArgumentException("designs must hold at least two designs: " + designs.length);
        }
        return execute(monteCarlo, Arrays.asList(designs));
    }

    private Comparison execute(MonteCarlo monteCarlo, List<AgreementDesign> designs) {
        AgreementDesign[] array = designs.toArray(AgreementDesign[]::new);
        BlockFold fold = monteCarlo.fold(array);
        Broadcast<BlockPlan> plan = spark.broadcast(BlockPlan.of(monteCarlo.scenario(), designs, monteCarlo.seed(),
                List.of(Map.of())));
        try {
            BlockJobs jobs = new BlockJobs(spark, sizing);
            while (!fold.finished()) {
                jobs.run(plan, new BlockJobs.Spans(new int[] {0}, new long[] {fold.runs()}, new long[] {fold.nextStop()}),
                        (point, block) -> {
                            fold.add(block);
                            return true;
                        });
            }
        } finally {
            plan.destroy();
        }
        return fold.comparison();
    }
}
