package io.github.bitforbit.benchmarks;

import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The two variants of the extension benchmark do the same work, so their difference is dispatch. */
class ExtensionOverheadBenchmarkTest {

    @Test
    void theExtendedScenarioRunsExactlyAsThePlainOne() {
        var base = Scenarios.builtIn("dprk-2018");
        Simulation plain = new Simulation(base, Template.BIT_FOR_BIT);
        Simulation extended = new Simulation(ExtensionOverheadBenchmark.extended(base), Template.BIT_FOR_BIT);
        for (long seed = 0; seed < 300; seed++) {
            RunResult a = plain.run(seed);
            RunResult b = extended.run(seed);
            assertEquals(a.outcome(), b.outcome(), "seed " + seed);
            assertEquals(a.metrics(), b.metrics(), "seed " + seed);
        }
    }
}
