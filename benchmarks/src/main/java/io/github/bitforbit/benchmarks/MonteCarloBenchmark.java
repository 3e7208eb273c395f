package io.github.bitforbit.benchmarks;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
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
 * Benchmark 2: Monte Carlo throughput on {@code dprk-2018}, under bit-for-bit and all-or-nothing,
 * at 1 thread and at N threads; every run goes on to the 60-month horizon unless it collapses.
 * Each invocation is one Monte Carlo of {@code runs} runs (a fresh master seed each time); the
 * score is invocations per second, so runs per second = score x runs, and with {@code -prof gc}
 * the allocation per run is {@code gc.alloc.rate.norm / runs} (the fold of the results included).
 * Targets (bit-for-bit): at least 25,000 runs/s on one thread; 2 threads at least 1.8 times 1
 * thread; at most 4 KB allocated per run.
 *
 * <p>Parameters: {@code threads} (1 and 2 here; pass {@code -p threads=N} for another machine),
 * {@code design} (a template name), {@code runs} (runs per invocation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MonteCarloBenchmark {

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    /** The design. */
    @Param({"bit-for-bit", "all-or-nothing"})
    public String design;

    /** Runs per Monte Carlo. */
    @Param({"100000"})
    public int runs;

    private Scenario scenario;
    private Template template;
    private long seed;

    /** Loads the scenario and finds the design once. */
    @Setup
    public void setUp() {
        scenario = Scenarios.builtIn("dprk-2018");
        template = Template.byName(design).orElseThrow();
        seed = 1;
    }

    /** {@return one Monte Carlo of {@code runs} runs} */
    @Benchmark
    public MonteCarloResult monteCarlo() {
        return MonteCarlo.of(scenario).design(template).runs(runs).seed(seed++).threads(threads).run();
    }
}
