package io.github.bitforbit.scenario;

import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.SnapbackMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's second Java example, verbatim between the markers: it must compile and run. */
class ReadmeBuilderExampleTest {

    @Test
    void readmeBuilderExampleRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dprk-2018.yaml");
        Scenarios.write(Scenarios.builtIn("dprk-2018"), file);
        // README:begin
        Scenario mine = Scenario.builder("my-deal")
                .horizon(36)
                .sanctioner("USA", p -> p.trust(0.3).strategy(Strategies.generous(0.3)))
                .target("DPRK", p -> p.trust(0.3).deterrenceValue(0.6))
                .patron("PRC", p -> p.patron(0.3, 0.3, 0.5))          // leakage, leakage cut, veto probability
                .disarmament("test-freeze", 0.05, 3, 0.9)               // deterrence share, reversal steps, verifiability
                .disarmament("yongbyon", 0.4, DisarmamentStep.IRREVERSIBLE, 0.6)
                .tranche("textiles", 0.2, SnapbackMode.VOTE)            // weight, snapback
                .tranche("coal", 0.4, SnapbackMode.AUTOMATIC)
                .design(Template.BIT_FOR_BIT)
                .build();                                               // fails fast, naming field and value
        Scenario dprk = Scenarios.load(file);                           // a Path; or Scenarios.builtIn("dprk-2018")

        Simulation sim = new Simulation(mine, Template.ALL_OR_NOTHING);
        RunResult one = sim.run(7);                                     // fully determined by the seed
        System.out.print(sim.trace(7).format("USA", "DPRK"));           // the run's story

        Strategy stubborn = new Strategy() {                            // your own strategy
            public String name() { return "stubborn"; }
            public boolean accepts(Situation s) { return s.surplus() > 0.5 * s.value(); }
        };
        // README:end
        assertEquals(one, sim.run(7));
        assertEquals("dprk-2018", dprk.name());
        assertTrue(Files.exists(file));
        RunResult custom = new Simulation(Scenario.builder("x")
                .sanctioner("USA", p -> p.strategy(stubborn)).target("DPRK", p -> p.strategy(stubborn))
                .disarmament("a", 0.5, 2, 0.9).tranche("b", 0.5, SnapbackMode.AUTOMATIC).build()).run(1);
        assertTrue(custom.metrics().duration() >= 1);
    }
}
