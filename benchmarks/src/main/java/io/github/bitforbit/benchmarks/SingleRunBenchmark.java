package io.github.bitforbit.benchmarks;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import org.openjdk.jmh.annotations.Param;

/**
 * Benchmark 1: the time of one run (microseconds per run) of {@code dprk-2018} and of the
 * two-party demo, each under bit-for-bit and all-or-nothing; run it with {@code -prof gc} for the
 * allocation per run ({@code gc.alloc.rate.norm}, bytes per operation). Each invocation runs a new
 * seed, so the figure averages over the distribution of runs (some collapse early; completed ones
 * go on to the horizon).
 *
 * <p>Parameters: {@code scenario} (a built-in name), {@code design} (a template name).
 */
public class SingleRunBenchmark extends OneRunBenchmark {

    /** The built-in scenario. */
    @Param({"dprk-2018", "demo"})
    public String scenario;

    /** The design. */
    @Param({"bit-for-bit", "all-or-nothing"})
    public String design;

    /** Builds the simulation once per trial. */
    @Override
    protected Simulation simulation() {
        return new Simulation(Scenarios.builtIn(scenario), Template.byName(design).orElseThrow());
    }
}
