package io.github.bitforbit.benchmarks;

import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The shape the single-run benchmarks share: a {@link Simulation} built once per trial by
 * {@link #simulation()}, and one run with the next seed per invocation (microseconds per run), so
 * that the figure averages over the distribution of runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class OneRunBenchmark {
    private Simulation simulation;
    private long seed;

    /** The simulation to run, for this trial's parameters. */
    protected abstract Simulation simulation();

    /** Builds the simulation once per trial. */
    @Setup
    public void setUp() {
        simulation = simulation();
        seed = 1;
    }

    /** One run with the next seed. */
    @Benchmark
    public RunResult run() {
        return simulation.run(seed++);
    }
}
