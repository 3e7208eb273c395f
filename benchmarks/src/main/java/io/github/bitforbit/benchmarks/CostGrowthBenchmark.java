package io.github.bitforbit.benchmarks;

import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
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
 * Benchmark 3: how the cost of a run grows with the horizon, the number of concessions and the
 * number of parties, on {@link SyntheticScenarios} (runs per second; one parameter varies at a time,
 * the others stay at horizon 60, 8 concessions, 2 parties, initial trust 0.3). For the horizon,
 * {@link SyntheticScenarios#stalling} makes every run last the whole horizon, so that its cost
 * shows (ordinary runs end after about 22 steps whatever the horizon). Target: runs/s times size
 * roughly constant (growth at most linear).
 *
 * <p>Parameters: {@code horizon} (30, 60, 120, 240), {@code concessions} (4, 16, 64),
 * {@code parties} (2, 4, 8).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CostGrowthBenchmark {

    /** Varies the horizon. */
    @State(Scope.Thread)
    public static class ByHorizon {
        /** Steps. */
        @Param({"30", "60", "120", "240"})
        public int horizon;
        Simulation simulation;
        long seed;

        /** Builds the scenario. */
        @Setup
        public void setUp() {
            simulation = new Simulation(SyntheticScenarios.stalling(horizon));
        }
    }

    /** Varies the number of concessions. */
    @State(Scope.Thread)
    public static class ByConcessions {
        /** Total concessions, half on each side. */
        @Param({"4", "16", "64"})
        public int concessions;
        Simulation simulation;
        long seed;

        /** Builds the scenario. */
        @Setup
        public void setUp() {
            simulation = new Simulation(SyntheticScenarios.of(60, concessions, 2, 0.3));
        }
    }

    /** Varies the number of parties. */
    @State(Scope.Thread)
    public static class ByParties {
        /** Total parties, two of them principals. */
        @Param({"2", "4", "8"})
        public int parties;
        Simulation simulation;
        long seed;

        /** Builds the scenario. */
        @Setup
        public void setUp() {
            simulation = new Simulation(SyntheticScenarios.of(60, 8, parties, 0.3));
        }
    }

    /**
     * One run, horizon varying.
     *
     * @param s the benchmark state: the simulation and the next seed
     * @return the run (returned so that JMH keeps it)
     */
    @Benchmark
    public RunResult horizon(ByHorizon s) {
        return s.simulation.run(s.seed++);
    }

    /**
     * One run, concessions varying.
     *
     * @param s the benchmark state: the simulation and the next seed
     * @return the run (returned so that JMH keeps it)
     */
    @Benchmark
    public RunResult concessions(ByConcessions s) {
        return s.simulation.run(s.seed++);
    }

    /**
     * One run, parties varying.
     *
     * @param s the benchmark state: the simulation and the next seed
     * @return the run (returned so that JMH keeps it)
     */
    @Benchmark
    public RunResult parties(ByParties s) {
        return s.simulation.run(s.seed++);
    }
}
