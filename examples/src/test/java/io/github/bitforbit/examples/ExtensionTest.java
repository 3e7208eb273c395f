package io.github.bitforbit.examples;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.engine.Trace;
import io.github.bitforbit.engine.TraceEvent;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.Metric;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.rules.Condition;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.ScenarioException;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extension from outside core: a legislature agent type, a rule condition kind, a strategy with
 * per-run memory and a probe, all found through META-INF/services, used by a YAML scenario.
 */
class ExtensionTest {

    static Scenario congress() throws URISyntaxException {
        return Scenarios.load(Path.of(ExtensionTest.class.getResource("congress.yaml").toURI()));
    }

    @Test
    void theYamlScenarioUsesAllFourExtensions() throws Exception {
        Scenario s = congress();
        assertEquals("legislature", s.agents().get(0).type());
        assertEquals(0.5, s.agents().get(0).get("vetoLift"));
        assertEquals("grudging", s.party("USA").orElseThrow().strategy().name());
        assertTrue(s.design().ruleSetFor(s).rules().stream().anyMatch(r -> r.when() instanceof Condition.Custom c
                && c.kind().equals("relief-above")));
        assertTrue(ParameterPath.numericPaths(s).contains("parties.Congress.vetoLift"));
        assertEquals(0.5, ParameterPath.get(s, "parties.Congress.vetoLift"));
        assertEquals(4.0, ParameterPath.get(s, "parties.USA.strategy.grudges"));
        assertEquals(6.0, ParameterPath.get(ParameterPath.set(s, "parties.USA.strategy.grudges", 6),
                "parties.USA.strategy.grudges"));
    }

    @Test
    void theLegislatureBlocksLiftsAndTheMonteCarloSeesIt() throws Exception {
        Scenario s = congress();
        MonteCarloResult none = MonteCarlo.of(ParameterPath.set(s, "parties.Congress.vetoLift", 0.0)).runs(2_000)
                .seed(3).threads(1).run();
        MonteCarloResult often = MonteCarlo.of(ParameterPath.set(s, "parties.Congress.vetoLift", 0.9)).runs(2_000)
                .seed(3).threads(1).run();
        double reliefNone = none.metric(Metric.RELIEF_DELIVERED).mean();
        double reliefOften = often.metric(Metric.RELIEF_DELIVERED).mean();
        assertTrue(reliefOften < reliefNone, reliefOften + " vs " + reliefNone);
        assertNotEquals(none.count(OutcomeKind.COMPLETED), often.count(OutcomeKind.COMPLETED));
        // the probe is summarised like a metric: more tranches stay in force under a frequent veto
        assertTrue(often.probes().get("tranchesInForce").mean() > none.probes().get("tranchesInForce").mean());
    }

    @Test
    void aVetoedLiftIsTraced() throws Exception {
        Simulation sim = new Simulation(ParameterPath.set(congress(), "parties.Congress.vetoLift", 1.0));
        boolean blocked = false;
        for (long seed = 0; seed < 50 && !blocked; seed++) {
            Trace t = sim.trace(seed);
            blocked = !t.events(TraceEvent.LiftBlocked.class).isEmpty();
            assertTrue(t.events(TraceEvent.Performed.class).stream().noneMatch(TraceEvent.Performed::tranche));
        }
        assertTrue(blocked);
    }

    @Test
    void badExtensionInputIsReportedWhereItIs() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.parse(
                "name: x\nextends: dprk-2018\nparties:\n  - {id: Congress, role: legislature, vetoLift: 1.5}\n", "x.yaml"));
        assertTrue(e.getMessage().contains("vetoLift"), e.getMessage());
        ScenarioException k = assertThrows(ScenarioException.class, () -> Scenarios.parse(
                "name: x\nextends: dprk-2018\nparties:\n  - {id: Congress, role: legislature, vetoLyft: 0.5}\n", "x.yaml"));
        assertTrue(k.getMessage().contains("vetoLift"), k.getMessage());
    }

    @Test
    void theFileFormatTheSchemaAndDescribeKnowTheRegisteredType() throws Exception {
        Scenario s = congress();
        Scenario again = Scenarios.parse(Scenarios.toYaml(s), "again.yaml");
        assertEquals(s.agents(), again.agents());
        assertEquals(new Simulation(s).run(11), new Simulation(again).run(11));
        String schema = Scenarios.jsonSchema();
        assertTrue(schema.contains("\"legislature\"") && schema.contains("\"vetoLift\""), "schema");
        assertTrue(Scenarios.fieldReference().contains("vetoLift"), "field reference");
        Scenario uncertain = Scenarios.parse("name: u\nextends: dprk-2018\nparties:\n"
                + "  - {id: Congress, role: legislature, vetoLift: {uniform: [0.2, 0.6]}}\n", "u.yaml");
        assertEquals("parties.Congress.vetoLift", uncertain.uncertainties().get(0).path());
        assertEquals(0.4, uncertain.agents().get(0).get("vetoLift"), 1e-12);
        // the draw goes into the legislature's own field: each run its own veto probability
        Simulation sim = new Simulation(uncertain);
        java.util.Set<io.github.bitforbit.engine.RunResult> runs = new java.util.HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            runs.add(sim.run(seed));
            assertEquals(sim.run(seed), sim.run(seed), "a run is determined by its seed");
        }
        assertTrue(runs.size() > 1);
    }

    /** An agent type registered by hand (not through META-INF/services): a crisis that absorbs the sanctioner. */
    static final class Crisis implements io.github.bitforbit.engine.AgentType {
        @Override
        public String role() {
            return "domestic-crisis";
        }

        @Override
        public String summary() {
            return "the sanctioner attends to nothing else";
        }

        @Override
        public java.util.List<io.github.bitforbit.model.ParameterSpec> parameters() {
            return java.util.List.of(io.github.bitforbit.model.ParameterSpec.probability("distraction", 1.0,
                    "share of the sanctioner's attention it takes"));
        }

        @Override
        public io.github.bitforbit.engine.Actor create(io.github.bitforbit.model.AgentParty party) {
            double d = party.get("distraction");
            final class Absorbing implements io.github.bitforbit.engine.Actor, io.github.bitforbit.engine.Modifier {
                @Override
                public io.github.bitforbit.engine.Stage stage() {
                    return io.github.bitforbit.engine.Stage.EVENTS;
                }

                @Override
                public void act(io.github.bitforbit.engine.World world) {
                }

                @Override
                public double attention(String principal, double attention, io.github.bitforbit.engine.World w) {
                    return principal.equals("USA") ? attention * (1 - d) : attention;
                }
            }
            return new Absorbing();
        }
    }

    @Test
    void aModifierRegisteredByHandChangesAttention() {
        io.github.bitforbit.engine.AgentTypes.register(new Crisis());
        Scenario base = Scenarios.builtIn("dprk-2018");
        Scenario crisis = base.withAgents(java.util.List.of(new io.github.bitforbit.model.AgentParty("Crisis",
                "domestic-crisis", java.util.Map.of())));
        MonteCarloResult calm = MonteCarlo.of(base).runs(500).seed(1).threads(1).run();
        MonteCarloResult absorbed = MonteCarlo.of(crisis).runs(500).seed(1).threads(1).run();
        assertTrue(calm.count(OutcomeKind.COMPLETED) > 0);
        assertEquals(0, absorbed.count(OutcomeKind.COMPLETED));
        assertEquals(0.0, absorbed.metric(Metric.PHASES_COMPLETED).mean());
    }

    @Test
    void aRegisteredTemplateIsADesignByName() {
        assertTrue(Template.names().contains("bit-for-bit-no-snapback"));
        Scenario s = Scenarios.parse("name: t\nextends: dprk-2018\nruleSet: bit-for-bit-no-snapback\n", "t.yaml");
        assertEquals("bit-for-bit-no-snapback", s.design().name());
        assertTrue(!s.design().ruleSetFor(s).snapback() && Template.BIT_FOR_BIT.ruleSetFor(s).snapback());
        MonteCarloResult none = MonteCarlo.of(s).runs(2_000).seed(2).threads(1).run();
        assertEquals(2_000, none.runs());
        assertEquals(0.0, none.metric(Metric.SNAPBACKS).mean());
    }
}
