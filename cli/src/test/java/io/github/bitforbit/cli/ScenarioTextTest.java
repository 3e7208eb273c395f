package io.github.bitforbit.cli;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code describe} and {@code trace} say of aid with and without a duration, and of a one-off step. */
class ScenarioTextTest {
    private static final String AID = """
            name: aid
            horizon: 24
            parties:
              - {id: USA, role: sanctioner}
              - {id: DPRK, role: target}
            concessions:
              - {id: freeze, kind: disarmament, deterrence: 0.05, verifiability: 0.9}
              - {id: fuel-oil, kind: aid, value: 0.2, duration: 3}
              - {id: food, kind: aid, value: 0.1}
            ruleSet:
              phases:
                - {name: one, target: [freeze], sanctioner: [fuel-oil, food], order: simultaneous, verifyBeforeReward: false}
            """;

    @Test
    void describeGivesAnAidsDurationOnlyWhenItHasOne() {
        Scenario s = Scenarios.parse(AID, "aid.yaml");
        String text = ScenarioText.describe(s);
        assertTrue(text.lines().anyMatch(l -> l.contains("fuel-oil") && l.contains("worth 0.20 a month to the target "
                + "for 3 months of delivery")), text);
        assertTrue(text.lines().anyMatch(l -> l.contains("food") && l.contains("worth 0.10 a month to the target,")), text);
        assertFalse(text.lines().anyMatch(l -> l.contains("food") && l.contains("months of delivery")), text);
    }

    @Test
    void describeCallsAReversibleStepThatIsNotContinuingAOneOff() {
        Scenario s = Scenarios.parse(AID.replace("{id: freeze, kind: disarmament, deterrence: 0.05, verifiability: 0.9}",
                "{id: freeze, kind: disarmament, deterrence: 0.05, verifiability: 0.9}\n"
                        + "  - {id: ship-out, kind: disarmament, deterrence: 0.1, reversibility: 12, verifiability: 0.8, "
                        + "continuing: false}\n"
                        + "  - {id: moratorium, kind: disarmament, deterrence: 0.1, reversibility: 1, verifiability: 0.8}"),
                "one-off.yaml");
        String text = ScenarioText.describe(s);
        assertTrue(text.lines().anyMatch(l -> l.contains("ship-out") && l.contains("one-off")), text);
        assertFalse(text.lines().anyMatch(l -> (l.contains("moratorium") || l.contains("freeze")) && l.contains("one-off")),
                text);
    }

    @Test
    void aTraceTellsWhenAnAidsDeliveryEnds() {
        Scenario s = Scenarios.parse(AID, "aid.yaml");
        for (long seed = 1; seed <= 20; seed++) {
            String text = TraceText.format(new Simulation(s).trace(seed), "USA", "DPRK");
            // a run in which the fuel is taken back (a detection, a break) or that ends before
            // its third month of delivery has nothing to tell: look on
            if (text.contains("USA lifts fuel-oil") && !text.contains("fuel-oil restored")
                    && new Simulation(s).run(seed).metrics().duration() > 4) {
                assertTrue(text.contains("fuel-oil delivered in full (3 months): its delivery ends"), text);
                return;
            }
        }
        throw new AssertionError("no run of 20 delivered the fuel oil");
    }
}
