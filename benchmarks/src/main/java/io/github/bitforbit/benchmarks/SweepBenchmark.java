package io.github.bitforbit.benchmarks;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.Sweep;
import io.github.bitforbit.montecarlo.SweepResult;
import io.github.bitforbit.scenario.Scenarios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Benchmark 5: an end-to-end sweep of {@code dprk-2018}: a 10 x 10 grid of the DPRK's initial
 * trust and the USA's initial trust (100 points), {@code runsPerPoint} runs each, on all
 * processors. The score is seconds per sweep.
 *
 * <p>Parameters: {@code runsPerPoint} (1,000), {@code points} per axis (10, so 100 points).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SweepBenchmark {

    /** Runs at each point. */
    @Param({"1000"})
    public int runsPerPoint;

    /** Levels of each of the two axes. */
    @Param({"10"})
    public int points;

    private Scenario scenario;

    /** Loads the scenario once. */
    @Setup
    public void setUp() {
        scenario = Scenarios.builtIn("dprk-2018");
    }

    /** {@return the whole sweep} */
    @Benchmark
    public SweepResult sweep() {
        return Sweep.of(scenario)
                .vary("parties.DPRK.trust.initial", "0.05..0.95:" + points)
                .vary("parties.USA.trust.initial", "0.05..0.95:" + points)
                .runsPerPoint(runsPerPoint).seed(11).run();
    }
}
