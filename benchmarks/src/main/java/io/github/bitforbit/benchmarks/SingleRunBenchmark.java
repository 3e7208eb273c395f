package io.github.bitforbit.benchmarks;

import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.rules.Template;
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
 * Benchmark 1: the time of one run (microseconds per run) of {@code dprk-2018} and of the
 * two-party demo, each under bit-for-bit; run it with {@code -prof gc} for the allocation per run
 * ({@code gc.alloc.rate.norm}, bytes per operation). Each invocation runs a new seed, so the figure
 * averages over the distribution of runs (some end in month 3, some at the horizon).
 *
 * <p>Parameters: {@code scenario} (a built-in name), {@code design} (a template name).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SingleRunBenchmark {

    /** The built-in scenario. */
    @Param({"dprk-2018", "demo"})
    public String scenario;

    /** The design. */
    @Param({"bit-for-bit"})
    public String design;

    private Simulation simulation;
    private long seed;

    /** Builds the simulation once per trial. */
    @Setup
    public void setUp() {
        simulation = new Simulation(Scenarios.builtIn(scenario), Template.byName(design).orElseThrow());
        seed = 1;
    }

    /** {@return one run with the next seed} */
    @Benchmark
    public RunResult run() {
        return simulation.run(seed++);
    }
}
