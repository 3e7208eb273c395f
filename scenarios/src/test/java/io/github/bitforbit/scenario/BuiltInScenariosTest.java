package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Role;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every built-in scenario loads, validates, runs under every design, and survives a round trip. */
class BuiltInScenariosTest {
    private static final int SEEDS = 300;

    static Stream<String> names() {
        return Scenarios.BUILT_IN.stream();
    }

    private static List<AgreementDesign> designs(Scenario s) {
        List<AgreementDesign> out = new ArrayList<>();
        for (String n : s.designNames()) {
            out.add(s.design(n));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void loadsValidatesAndRunsUnderEveryTemplateAndItsHistoricalRuleSet(String name) {
        Scenario s = Scenarios.builtIn(name);
        assertEquals(name, s.name());
        assertEquals(List.of(), s.problems());
        assertFalse(s.description().isBlank(), "a description");
        assertFalse(s.sources().isEmpty(), "sources");
        for (String source : s.sources()) {
            // public sources only: no file of this repository or of the team's notes
            assertFalse(source.matches("(?s).*\\b(seed|shared|notes|reviews)/.*|.*\\.(txt|md)\\b.*"), source);
        }
        assertFalse(s.assumptions().isEmpty(), "assumptions");
        assertTrue(s.designNames().containsAll(Template.names()));
        assertTrue(s.designNames().contains("historical"), "a historical rule set");
        for (AgreementDesign d : designs(s)) {
            Simulation sim = new Simulation(s, d);
            for (long seed = 1; seed <= SEEDS; seed++) {
                RunResult r = sim.run(seed);
                assertEquals(seed, r.seed());
                assertTrue(r.metrics().duration() >= 1 && r.metrics().duration() <= s.horizon(), d.name());
                assertTrue(r.metrics().phasesCompleted() <= r.metrics().phasesPlanned(), d.name());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void writtenAndLoadedAgainItSimulatesIdentically(String name) {
        Scenario s = Scenarios.builtIn(name);
        String yaml = Scenarios.toYaml(s);
        Scenario back = Scenarios.parse(yaml, name + "-copy.yaml");
        assertEquals(s, back, "the same scenario record");
        Scenario json = Scenarios.parse(Scenarios.toJson(s), name + "-copy.json");
        assertEquals(s, json, "the same through JSON");
        for (String design : List.of(s.design().name(), "historical", "all-or-nothing")) {
            Simulation a = new Simulation(s, s.design(design));
            Simulation b = new Simulation(back, back.design(design));
            for (long seed = 1; seed <= SEEDS; seed++) {
                assertEquals(a.run(seed), b.run(seed), name + " under " + design + ", seed " + seed);
            }
        }
    }

    @Test
    void theDefaultIsTheArticlesSituationAndTheListHasEveryBuiltIn() {
        assertEquals("dprk-2018", Scenarios.DEFAULT);
        List<ScenarioInfo> list = Scenarios.list();
        assertEquals(Scenarios.BUILT_IN, list.stream().map(ScenarioInfo::name).toList());
        assertEquals(Scenarios.DEFAULT, list.get(0).name());
        list.forEach(i -> assertFalse(i.title().isBlank() || i.title().contains("\n"), i.name()));
    }

    @Test
    void theDemoIsTheCoresDemo() {
        Scenario file = Scenarios.builtIn("demo");
        Scenario code = Demo.scenario(0.5);
        assertEquals(code.parties(), file.parties());
        assertEquals(code.concessions(), file.concessions());
        assertEquals(code.events(), file.events());
        assertEquals(code.horizon(), file.horizon());
        assertEquals(code.falseAlarm(), file.falseAlarm());
        assertEquals(code.title(), file.title());
        assertEquals(code.description(), file.description());
        for (Template t : Template.values()) {
            Simulation a = new Simulation(code, t);
            Simulation b = new Simulation(file, t);
            for (long seed = 1; seed <= SEEDS; seed++) {
                assertEquals(a.run(seed), b.run(seed), t.name() + " seed " + seed);
            }
        }
    }

    @Test
    void theDprk2018StepsAlreadyTakenAreInitialState() {
        Scenario s = Scenarios.builtIn("dprk-2018");
        assertEquals(0.97, s.principal(Role.TARGET).target().initialCapability());
        double weights = s.concessionsOf(Role.SANCTIONER).stream()
                .filter(c -> c instanceof io.github.bitforbit.terms.SanctionTranche)
                .mapToDouble(io.github.bitforbit.terms.Concession::pairingValue).sum();
        assertEquals(0.9, weights, 1e-9, "UN sanctions ban about 90% of exports");
        assertTrue(s.party("PRC").isPresent() && s.party("ROK").isPresent());
    }

    @Test
    void theJcpoaSnapbackCannotBeVetoed() {
        Scenario s = Scenarios.builtIn("jcpoa-2015");
        s.concessions().stream().filter(c -> c instanceof io.github.bitforbit.terms.SanctionTranche)
                .map(c -> (io.github.bitforbit.terms.SanctionTranche) c)
                .forEach(t -> assertEquals(io.github.bitforbit.terms.SnapbackMode.AUTOMATIC, t.snapback(), t.id()));
    }
}
