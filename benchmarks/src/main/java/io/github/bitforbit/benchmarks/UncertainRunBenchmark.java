package io.github.bitforbit.benchmarks;

import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What uncertain parameters cost per run: {@code dprk-2018} under bit-for-bit, {@code certain},
 * against the same with three parameters drawn per run (the DPRK's type prior, the USA's initial
 * trust, the DPRK's kappa): {@code uncertain} draws them from closed-form distributions
 * (triangular, uniform, triangular), {@code uncertain-beta} the type prior from a beta
 * distribution, whose quantile Commons Math finds numerically. Run with {@code -prof gc}: the
 * target is a {@code gc.alloc.rate.norm} within 100 B of the certain run, since each draw is set
 * straight into the compiled model; what a distribution's own quantile allocates comes on top.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UncertainRunBenchmark {

    /** {@code certain}, {@code uncertain} or {@code uncertain-beta}. */
    @Param({"certain", "uncertain", "uncertain-beta"})
    public String variant;

    private Simulation simulation;
    private long seed;

    /** dprk-2018 with three uncertain parameters, the type prior a beta or a triangular distribution. */
    static Scenario uncertain(Scenario base, boolean beta) {
        return base.withUncertainties(List.of(
                new UncertainParameter("parties.DPRK.types.cooperative",
                        beta ? new Distribution.Beta(5, 5) : new Distribution.Triangular(0.2, 0.5, 0.8)),
                new UncertainParameter("parties.USA.trust.initial", new Distribution.Uniform(0.2, 0.6)),
                new UncertainParameter("parties.DPRK.kappa", new Distribution.Triangular(0.3, 0.5, 0.7))));
    }

    /** Builds the simulation once per trial. */
    @Setup
    public void setUp() {
        Scenario base = Scenarios.builtIn("dprk-2018");
        simulation = new Simulation("certain".equals(variant) ? base : uncertain(base, variant.endsWith("beta")),
                Template.BIT_FOR_BIT);
        seed = 1;
    }

    /** One run with the next seed. */
    @Benchmark
    public RunResult run() {
        return simulation.run(seed++);
    }
}
