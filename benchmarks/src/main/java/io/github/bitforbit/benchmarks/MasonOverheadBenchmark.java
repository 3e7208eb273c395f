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
 * Benchmark 4: MASON's overhead. The same agents are stepped through MASON's {@code Schedule}
 * ({@code MASON}) and in a plain loop in the same order ({@code DIRECT}); results are identical
 * (checked by {@code EngineTest} in core and by this module's tests), so the ratio of the two
 * times is the cost of the schedule. Target: MASON at most 1.2 times DIRECT.
 *
 * <p>Parameters: {@code stepping} (MASON or DIRECT), {@code scenario} (built-in name).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MasonOverheadBenchmark {

    /** How the agents are stepped. */
    @Param({"MASON", "DIRECT"})
    public String stepping;

    /** The built-in scenario. */
    @Param({"dprk-2018"})
    public String scenario;

    private Simulation simulation;
    private long seed;

    /** Builds the simulation once per trial. */
    @Setup
    public void setUp() {
        simulation = new Simulation(Scenarios.builtIn(scenario), Template.BIT_FOR_BIT)
                .stepping(Simulation.Stepping.valueOf(stepping));
        seed = 1;
    }

    /** {@return one run with the next seed} */
    @Benchmark
    public RunResult run() {
        return simulation.run(seed++);
    }
}
