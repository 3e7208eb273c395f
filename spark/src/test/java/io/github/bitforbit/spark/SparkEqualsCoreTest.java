package io.github.bitforbit.spark;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.Sweep;
import io.github.bitforbit.montecarlo.SweepResult;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.scenario.Scenarios;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark runners equal the core API field for field (records compare every figure, doubles
 * bit for bit), on local[1] and local[2] and across 1, 3 and 7 partitions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SparkEqualsCoreTest {

    private static final Scenario DPRK = Scenarios.builtIn("dprk-2018");
    private static final int[] PARTITIONS = {1, 3, 7};

    private JavaSparkContext spark;

    /** {@return the Spark master of this run of the tests} */
    abstract String master();

    @BeforeAll
    void start() {
        spark = new JavaSparkContext(new SparkConf().setMaster(master()).setAppName("bitforbit-test")
                .set("spark.ui.enabled", "false"));
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    private static BlockSizing partitions(int n) {
        // blocks of 100 runs: odd against the partitions, and a last block cut short at a point's end
        return BlockSizing.DEFAULT.withPartitions(n).withRunsPerBlock(100);
    }

    private static MonteCarlo monteCarlo() {
        return MonteCarlo.of(DPRK).design("bit-for-bit").runs(20_000).seed(7).threads(2);
    }

    @Test
    void aMonteCarloOf20000RunsEqualsTheCoreRunOnEveryPartitioning() {
        MonteCarloResult core = monteCarlo().run();
        for (int n : PARTITIONS) {
            assertEquals(core, SparkMonteCarlo.on(spark).sizing(partitions(n)).run(monteCarlo()), n + " partitions");
        }
        assertEquals(20_000, core.runs());
        assertFalse(core.partial());
        assertNotEquals(core, monteCarlo().seed(8).run(), "another seed changes the figures");
    }

    @Test
    void aPairedComparisonEqualsTheCoreComparisonOnEveryPartitioning() {
        AgreementDesign[] designs = {DPRK.design("all-or-nothing"), DPRK.design("bit-for-bit")};
        MonteCarlo mc = monteCarlo().runs(6_000);
        Comparison core = mc.compare(designs);
        for (int n : PARTITIONS) {
            assertEquals(core, SparkMonteCarlo.on(spark).sizing(partitions(n)).compare(mc, designs), n + " partitions");
        }
        assertEquals(1, core.pairs().size());
    }

    @Test
    void aPrecisionTargetStopsAtTheCoreRunnersBatch() {
        MonteCarlo mc = monteCarlo().runs(40_000).precision(0.01).batchSize(1_500);
        MonteCarloResult core = mc.run();
        assertTrue(core.runs() < 40_000 && core.reachedPrecision(), "stopped early: " + core.runs());
        assertEquals(core, SparkMonteCarlo.on(spark).sizing(partitions(3)).run(mc));
    }

    private static Sweep sweep() {
        return Sweep.of(DPRK).vary("parties.DPRK.trust.initial", "0.1..0.9:6")
                .vary("ruleSet", "all-or-nothing,bit-for-bit").runsPerPoint(500).seed(3).threads(2);
    }

    @Test
    void aTwelvePointSweepEqualsTheCoreSweepOnEveryPartitioning() {
        SweepResult core = sweep().run();
        assertEquals(12, core.rows().size());
        for (int n : PARTITIONS) {
            List<Integer> order = new ArrayList<>();
            SweepResult onSpark = SparkSweep.on(spark).sizing(partitions(n).withRunsPerBlock(64))
                    .run(sweep().onRow(row -> order.add(row.index())));
            assertEquals(core, onSpark, n + " partitions");
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), order, "rows reach the sink in index order");
        }
    }

    @Test
    void aSweepInSeveralJobsSkipsWhatTheSweepSkips() {
        SweepResult core = sweep().skip(i -> i % 3 == 0).run();
        SweepResult onSpark = SparkSweep.on(spark).sizing(new BlockSizing(3, 64, 700)).run(sweep().skip(i -> i % 3 == 0));
        assertEquals(core, onSpark);
        assertEquals(8, onSpark.rows().size());
    }

    @Test
    void aSensitivityAnalysisEqualsTheCoreOne() {
        Sweep s = Sweep.of(DPRK).vary("parties.DPRK.trust.initial", "0.1..0.9")
                .vary("parties.USA.trust.initial", "0.1..0.9").runsPerPoint(40).seed(1).threads(2);
        assertEquals(s.sensitivity(8, 50), SparkSweep.on(spark).sizing(partitions(3)).sensitivity(s, 8, 50));
    }
}
