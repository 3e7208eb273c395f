package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.SanctionTranche;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fields of model version 2 in files: read, defaulted as version 1 meant, written back, refused when bad. */
class Version2FieldsTest {
    static final String BASE = """
            name: v2
            parties:
              - {id: USA, role: sanctioner}
              - {id: DPRK, role: target}
            concessions:
              - {id: freeze, kind: disarmament, deterrence: 0.2, reversibility: 3, verifiability: 0.8}
              - {id: launch-pause, kind: disarmament, deterrence: 0.1, verifiability: 0.9, falseAlarm: 0.2}
              - {id: coal, kind: tranche, weight: 0.3, snapback: automatic}
              - {id: oil, kind: tranche, weight: 0.3, snapback: vote}
              - {id: reactors, kind: tranche, weight: 0.2, snapback: none}
              - {id: textiles, kind: tranche, weight: 0.2, snapback: automatic, reimposable: vote}
            ruleSet: timed
            ruleSets:
              - name: timed
                phases:
                  - {name: first, target: [freeze], sanctioner: [coal, oil]}
                  - {name: later, target: [launch-pause], sanctioner: [reactors, textiles], notBefore: 24}
            """;

    static Concession concession(Scenario s, String id) {
        return s.concessions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void reimposableDefaultsFromTheSnapbackModeAndRoundTrips() {
        Scenario s = Scenarios.parse(BASE, "v2.yaml");
        assertEquals(Reimposition.FREELY, ((SanctionTranche) concession(s, "coal")).reimposable());
        assertEquals(Reimposition.VOTE, ((SanctionTranche) concession(s, "oil")).reimposable());
        assertEquals(Reimposition.NEVER, ((SanctionTranche) concession(s, "reactors")).reimposable());
        assertEquals(Reimposition.VOTE, ((SanctionTranche) concession(s, "textiles")).reimposable());
        assertEquals(s, Scenarios.parse(Scenarios.toYaml(s), "v2-copy.yaml"));
        assertEquals(s, Scenarios.parse(Scenarios.toJson(s), "v2-copy.json"));
        assertTrue(Scenarios.toYaml(s).contains("reimposable: \"never\"") || Scenarios.toYaml(s).contains("reimposable: never"),
                Scenarios.toYaml(s));
    }

    @Test
    void aBadReimposableIsOneLocatedError() {
        String bad = BASE.replace("reimposable: vote", "reimposable: sometimes");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.parse(bad, "bad.yaml"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("bad.yaml:11:") && e.getMessage().contains("reimposable: 'sometimes' is not one of"),
                e.getMessage());
    }

    @Test
    void aStepsFalseAlarmAndAPhasesNotBeforeAreReadDefaultedAndWritten() {
        Scenario s = Scenarios.parse(BASE, "v2.yaml");
        DisarmamentStep freeze = (DisarmamentStep) concession(s, "freeze");
        DisarmamentStep pause = (DisarmamentStep) concession(s, "launch-pause");
        assertFalse(freeze.hasOwnFalseAlarm());
        assertEquals(0.2, pause.falseAlarm(), 0.0);
        RuleSet timed = s.ruleSets().get(0);
        assertEquals(0, timed.phases().get(0).notBefore());
        assertEquals(24, timed.phases().get(1).notBefore());
        assertEquals(s, Scenarios.parse(Scenarios.toYaml(s), "v2-copy.yaml"));
        assertFalse(Scenarios.toYaml(s).contains("falseAlarm: NaN"), Scenarios.toYaml(s));
        // a sweep or uncertain path reaches a step's own rate
        assertTrue(io.github.bitforbit.model.ParameterPath.numericPaths(s).contains("concessions.launch-pause.falseAlarm"));
    }

    @Test
    void badValuesOfTheNewFieldsAreLocatedErrors() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Scenarios.parse(BASE.replace("falseAlarm: 0.2", "falseAlarm: 1.5"), "bad.yaml"));
        assertTrue(e.getMessage().contains("bad.yaml:7:") && e.getMessage().contains("falseAlarm"), e.getMessage());
        ScenarioException n = assertThrows(ScenarioException.class,
                () -> Scenarios.parse(BASE.replace("notBefore: 24", "notBefore: -1"), "bad.yaml"));
        assertTrue(n.getMessage().contains("bad.yaml:") && n.getMessage().contains("notBefore"), n.getMessage());
    }

    @Test
    void lambdaIsReadDefaultedWrittenAndInfinityRoundTripsInYaml() {
        Scenario defaulted = Scenarios.parse(BASE, "v2.yaml");
        assertEquals(1.0, defaulted.party("USA").orElseThrow().lambda(), 0.0);
        Scenario s = Scenarios.parse(BASE.replace("{id: USA, role: sanctioner}", "{id: USA, role: sanctioner, lambda: 3}")
                .replace("{id: DPRK, role: target}", "{id: DPRK, role: target, lambda: .inf}"), "v2.yaml");
        assertEquals(3.0, s.party("USA").orElseThrow().lambda(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, s.party("DPRK").orElseThrow().lambda(), 0.0);
        assertEquals(s, Scenarios.parse(Scenarios.toYaml(s), "v2-copy.yaml"));
        assertEquals(s, Scenarios.parse(Scenarios.toJson(s), "v2-copy.json"));
        // JSON has no infinity: a file may write it as text
        Scenario json = Scenarios.parse(Scenarios.toJson(defaulted).replaceFirst("\"lambda\" : 1\\.0", "\"lambda\" : \"infinity\""),
                "text.json");
        assertEquals(Double.POSITIVE_INFINITY, json.parties().get(0).lambda(), 0.0);
    }

    @Test
    void aNegativeOrNanLambdaIsOneLocatedError() {
        for (String bad : new String[]{"-1", ".nan", "-.inf"}) {
            String text = BASE.replace("{id: USA, role: sanctioner}", "{id: USA, role: sanctioner, lambda: " + bad + "}");
            ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.parse(text, "bad.yaml"));
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.getMessage().startsWith("bad.yaml:3:") && e.getMessage().contains("parties[0].lambda"),
                    e.getMessage());
        }
    }

    /** The base file with one more concession, written as {@code line}, after the textiles. */
    private static String withConcession(String line) {
        String textiles = "  - {id: textiles, kind: tranche, weight: 0.2, snapback: automatic, reimposable: vote}";
        return BASE.replace(textiles, textiles + "\n" + line);
    }

    @Test
    void aidIsReadDefaultedWrittenAndRefusedWhenBad() {
        String withAid = withConcession("  - {id: fuel-oil, kind: aid, value: 0.15, snapback: vote}");
        Scenario s = Scenarios.parse(withAid, "aid.yaml");
        io.github.bitforbit.terms.Aid fuel = (io.github.bitforbit.terms.Aid) concession(s, "fuel-oil");
        assertEquals(0.15, fuel.value(), 0.0);
        assertEquals(0.015, fuel.politicalCost(), 1e-15, "political cost per step defaults to 0.1 x the value");
        assertEquals(Reimposition.VOTE, fuel.reimposable());
        assertEquals("USA", fuel.owner());
        assertEquals(s, Scenarios.parse(Scenarios.toYaml(s), "aid-copy.yaml"));
        assertEquals(s, Scenarios.parse(Scenarios.toJson(s), "aid-copy.json"));
        assertTrue(io.github.bitforbit.model.ParameterPath.numericPaths(s).contains("concessions.fuel-oil.value"));
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> Scenarios.parse(withAid.replace("value: 0.15, ", ""), "bad.yaml"));
        assertEquals(1, missing.problems().size(), missing.getMessage());
        assertTrue(missing.getMessage().startsWith("bad.yaml:12:5: concessions[6]:") && missing.getMessage().contains("value"),
                missing.getMessage());
        ScenarioException weight = assertThrows(ScenarioException.class,
                () -> Scenarios.parse(withAid.replace("value: 0.15", "weight: 0.15"), "bad.yaml"));
        assertTrue(weight.getMessage().contains("'weight' is a key of a tranche, not of an aid"), weight.getMessage());
        assertEquals(io.github.bitforbit.terms.Aid.UNTIL_SUSPENDED, fuel.duration(), "no duration: until suspended");
        assertFalse(Scenarios.toYaml(s).contains("duration"), Scenarios.toYaml(s));
    }

    @Test
    void anAidsDurationIsReadWrittenSweptAndRefusedWhenNotAWholeNumberOfAtLeastOneStep() {
        String withAid = withConcession("  - {id: fuel-oil, kind: aid, value: 0.15, duration: 12}");
        Scenario s = Scenarios.parse(withAid, "aid.yaml");
        io.github.bitforbit.terms.Aid fuel = (io.github.bitforbit.terms.Aid) concession(s, "fuel-oil");
        assertEquals(12, fuel.duration());
        assertTrue(Scenarios.toYaml(s).contains("duration: 12"), Scenarios.toYaml(s));
        assertEquals(s, Scenarios.parse(Scenarios.toYaml(s), "aid-copy.yaml"));
        assertEquals(s, Scenarios.parse(Scenarios.toJson(s), "aid-copy.json"));
        String path = "concessions.fuel-oil.duration";
        assertTrue(io.github.bitforbit.model.ParameterPath.isWholeNumber(s, path));
        assertEquals(6, ((io.github.bitforbit.terms.Aid) concession(
                io.github.bitforbit.model.ParameterPath.set(s, path, 6), "fuel-oil")).duration());
        assertThrows(IllegalArgumentException.class, () -> io.github.bitforbit.model.ParameterPath.set(s, path, 0));
        // uncertain under 'uncertain:', each run drawing a whole number of months
        Scenario uncertain = Scenarios.parse(withAid + "uncertain:\n  " + path + ": {uniform: [1, 12]}\n", "u.yaml");
        io.github.bitforbit.engine.Simulation sim = new io.github.bitforbit.engine.Simulation(uncertain);
        for (long seed = 1; seed <= 5; seed++) {
            sim.run(seed);
        }
        for (String[] bad : new String[][]{{"0", "0 must be >= 1"}, {"-3", "-3 must be >= 1"}, {"2.5", "expected a whole number, found the number 2.5"},
                {"three", "expected a whole number, found the text 'three'"}, {"{uniform: [1, 5]}", "expected a whole number"}}) {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> Scenarios.parse(withAid.replace("duration: 12", "duration: " + bad[0]), "bad.yaml"), bad[0]);
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.getMessage().startsWith("bad.yaml:12:54: concessions[6].duration: " + bad[1]), e.getMessage());
        }
        ScenarioException tranche = assertThrows(ScenarioException.class, () -> Scenarios.parse(
                BASE.replace("weight: 0.3, snapback: automatic}", "weight: 0.3, snapback: automatic, duration: 3}"), "bad.yaml"));
        assertTrue(tranche.getMessage().contains("'duration' is a key of an aid, not of a tranche"), tranche.getMessage());
    }

    @Test
    void aStepsContinuingFlagIsReadDefaultedFromItsReversibilityAndWrittenOnlyAgainstTheDefault() {
        Scenario s = Scenarios.parse(BASE, "v2.yaml");
        assertTrue(((DisarmamentStep) concession(s, "freeze")).continuing(), "reversible: continuing by default");
        assertFalse(((DisarmamentStep) concession(s, "launch-pause")).continuing(), "irreversible: never continuing");
        assertFalse(Scenarios.toYaml(s).contains("continuing"), "a default is not written");
        // saying the default is the same scenario
        assertEquals(s, Scenarios.parse(BASE.replace("reversibility: 3,", "reversibility: 3, continuing: true,")
                .replace("verifiability: 0.9,", "verifiability: 0.9, continuing: false,"), "explicit.yaml"));
        String oneOffFile = BASE.replace("reversibility: 3,", "reversibility: 3, continuing: false,");
        Scenario oneOff = Scenarios.parse(oneOffFile, "one-off.yaml");
        DisarmamentStep freeze = (DisarmamentStep) concession(oneOff, "freeze");
        assertFalse(freeze.continuing());
        assertEquals(3, freeze.reversalSteps(), "still reversible: undone when the target goes back to testing");
        assertTrue(Scenarios.toYaml(oneOff).contains("continuing: false"), Scenarios.toYaml(oneOff));
        assertEquals(oneOff, Scenarios.parse(Scenarios.toYaml(oneOff), "one-off-copy.yaml"));
        assertEquals(oneOff, Scenarios.parse(Scenarios.toJson(oneOff), "one-off-copy.json"));
    }

    @Test
    void aBadContinuingAndAContinuingIrreversibleStepAreLocatedErrors() {
        ScenarioException bad = assertThrows(ScenarioException.class, () -> Scenarios.parse(
                BASE.replace("reversibility: 3,", "reversibility: 3, continuing: 1,"), "bad.yaml"));
        assertEquals(1, bad.problems().size(), bad.getMessage());
        assertTrue(bad.getMessage().contains("bad.yaml:6:") && bad.getMessage().contains(
                "concessions[0].continuing: expected true or false, found the number 1"), bad.getMessage());
        ScenarioException refused = assertThrows(ScenarioException.class, () -> Scenarios.parse(
                BASE.replace("verifiability: 0.9,", "verifiability: 0.9, continuing: true,"), "bad.yaml"));
        assertEquals(1, refused.problems().size(), refused.getMessage());
        assertTrue(refused.getMessage().contains("bad.yaml:7:") && refused.getMessage().contains(
                "concessions[1].continuing: an irreversible step cannot be continuing"), refused.getMessage());
        // a tranche has no such key
        ScenarioException tranche = assertThrows(ScenarioException.class, () -> Scenarios.parse(
                BASE.replace("snapback: none}", "snapback: none, continuing: false}"), "bad.yaml"));
        assertTrue(tranche.getMessage().contains("continuing"), tranche.getMessage());
    }
}
