package io.github.bitforbit.model;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioBuilderTest {

    private static ScenarioBuilder base() {
        return Scenario.builder("t")
                .sanctioner("USA", p -> p.trust(0.5))
                .target("DPRK", p -> p.trust(0.5))
                .disarmament("freeze", 0.1, 3, 0.8)
                .tranche("coal", 0.3, SnapbackMode.AUTOMATIC);
    }

    private static void assertFails(String expected, Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(expected), () -> "message '" + ex.getMessage() + "' lacks '" + expected + "'");
    }

    @Test
    void badValuesFailFastNamingFieldAndValue() {
        assertFails("parties.DPRK2.trust.initial: 1.5 is not a probability (0..1)",
                () -> base().target("DPRK2", p -> p.trust(1.5)));
        assertFails("concessions.coal2.weight: -0.2 is not a probability (0..1)",
                () -> base().tranche("coal2", -0.2, SnapbackMode.NONE).build());
        assertFails("horizon: 0 must be between 1 and 1200", () -> base().horizon(0));
        assertFails("horizon: 2000000000 must be between 1 and 1200", () -> base().horizon(2_000_000_000));
        assertFails("name: it contains U+0000 (a control character) at position 2; it must be printable text on one line",
                () -> Scenario.builder("a\0b"));
        assertFails("party.id: it contains U+202E (an invisible formatting character) at position 5; it must be "
                + "printable text on one line", () -> base().target("DPRK\u202e", p -> p.trust(0.5)));
        assertFails("parties.USA.patience: 0 must be >= 1", () -> base().sanctioner("USA", p -> p.patience(0)));
    }

    @Test
    void aPhaseNamingAConcessionOfTheOtherSideFails() {
        RuleSet rs = RuleSet.scripted("wrong", List.of(new Phase("p1", List.of("coal"), List.of("freeze"),
                Order.TARGET_FIRST, 6, true, false)), List.of(), true);
        assertFails("ruleSets.wrong.phases.p1.target: 'coal' is owned by USA (the sanctioner), not by the target",
                () -> base().design(rs).build());
    }

    @Test
    void aTriggerNamingAnUnknownConcessionFails() {
        RuleSet rs = RuleSet.scripted("r", List.of(new Phase("p1", List.of("freeze"), List.of("coal"),
                Order.TARGET_FIRST, 6, true, false)), List.of(RuleSyntax.rule("when violated(freez) then restore(coal)")), true);
        assertFails("ruleSets.r.rules[0].when: unknown concession 'freez' (did you mean 'freeze'?)",
                () -> base().design(rs).build());
    }

    @Test
    void aPhaseThatCanNeverCompleteFails() {
        RuleSet twice = RuleSet.scripted("twice", List.of(
                new Phase("p1", List.of("freeze"), List.of("coal"), Order.TARGET_FIRST, 6, true, false),
                new Phase("p2", List.of("freeze"), List.of(), Order.TARGET_FIRST, 6, true, false)), List.of(), true);
        assertFails("ruleSets.twice.phases.p2: 'freeze' is already given in phase 'p1'", () -> base().design(twice).build());
        RuleSet blind = RuleSet.scripted("blind", List.of(
                new Phase("p1", List.of("blind-step"), List.of("coal"), Order.TARGET_FIRST, 6, true, false)), List.of(), true);
        assertFails("has verifiability 0 and can never be verified",
                () -> base().disarmament("blind-step", 0.2, 1, 0.0).design(blind).build());
    }

    @Test
    void rolesAndOwnersAreChecked() {
        assertFails("needs exactly one target", () -> Scenario.builder("x").sanctioner("USA", p -> { })
                .concession(new SanctionTranche("coal", "USA", 0.3, SnapbackMode.NONE, 0.3)).build());
        assertFails("tranche weights sum to", () -> base().tranche("oil", 0.8, SnapbackMode.NONE).build());
        assertFails("parties.X.leakage: is a patron parameter, but X is a target",
                () -> base().target("X", p -> p.patron(0.1, 0.1, 0.1)));
    }

    @Test
    void parameterPathsReadAndWriteEveryNumber() {
        Scenario s = base().build();
        assertEquals(0.5, ParameterPath.get(s, "parties.DPRK.trust.initial"), 0.0);
        Scenario t = ParameterPath.set(s, "parties.DPRK.trust.initial", 0.25);
        assertEquals(0.25, t.principal(Role.TARGET).initialTrust(), 0.0);
        assertEquals(0.8, ParameterPath.get(s, "concessions.freeze.verifiability"), 0.0);
        assertEquals(3, ParameterPath.get(s, "concessions.freeze.reversibility"), 0.0);
        assertEquals(7, ParameterPath.set(s, "parties.USA.patience", 7.0).principal(Role.SANCTIONER).patience());
        assertEquals(0.9, ParameterPath.get(ParameterPath.set(s, "parties.DPRK.deterrenceValue", 0.9),
                "parties.DPRK.deterrenceValue"), 0.0);
        assertEquals("all-or-nothing", ParameterPath.set(s, "ruleSet", "all-or-nothing").design().name());
        assertFails("unknown parameter path 'parties.DPRK.trust.intial' (did you mean 'parties.DPRK.trust.initial'?)",
                () -> ParameterPath.check(s, "parties.DPRK.trust.intial"));
        assertFails("parties.USA.patience: 2.5 is not a whole number", () -> ParameterPath.set(s, "parties.USA.patience", 2.5));
        assertFails("1.4 is not a probability", () -> ParameterPath.set(s, "parties.DPRK.trust.initial", 1.4));
    }

    @Test
    void aWholeNumberGivenAsTextTakesDigitsOnlyLikeAScenarioFile() {
        Scenario s = base().build();
        assertEquals(48, ParameterPath.set(s, "horizon", (Object) "48").horizon());
        assertFails("horizon: '1e2' is not a whole number", () -> ParameterPath.set(s, "horizon", (Object) "1e2"));
        assertFails("horizon: '12.0' is not a whole number", () -> ParameterPath.set(s, "horizon", (Object) "12.0"));
        assertFails("horizon: 99999999999 is too large for a whole-number parameter",
                () -> ParameterPath.set(s, "horizon", (Object) "99999999999"));
        assertEquals(0.25, ParameterPath.set(s, "parties.DPRK.trust.initial", (Object) "2.5e-1").principal(Role.TARGET)
                .initialTrust(), 0.0);
    }

    @Test
    void deterrenceSharesAboveOneAreAProblemAndEventsAfterTheHorizonSimplyNeverHappen() {
        assertFails("scenario t: concessions: deterrence shares of the disarmament steps sum to 1.05, more than 1 (the "
                + "whole capability)", () -> base().disarmament("arsenal", 0.95, 3, 0.8).horizon(24).build());
        // a shorter horizon (a sweep over it, --set horizon=) leaves later events out of the run
        Scenario late = base().horizon(24).event(ExogenousEvent.scheduled(EventKind.SUMMIT, 30, 1, 0.5)).build();
        assertEquals(List.of(), late.problems());
        assertEquals(new Simulation(base().horizon(24).build(), Template.BIT_FOR_BIT).run(3),
                new Simulation(late, Template.BIT_FOR_BIT).run(3), "an event after the horizon changes nothing");
    }

    @Test
    void coefficientsAreSetByNameForTheirRoleOnly() {
        Scenario s = base().patron("PRC", p -> p.coefficient("vetoProbability", 0.7)).build();
        assertEquals(0.7, ((RoleParameters.Patron) s.party("PRC").orElseThrow().parameters()).vetoProbability(), 0.0);
        assertFails("parties.USA.hawkishnes: a sanctioner has no such coefficient (did you mean 'hawkishness'?)",
                () -> base().sanctioner("USA", p -> p.coefficient("hawkishnes", 1.0)));
        assertFails("parties.PRC.leakage: 1.5 is not a probability (0..1)",
                () -> base().patron("PRC", p -> p.coefficient("leakage", 1.5)));
    }
}
