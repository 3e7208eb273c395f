package io.github.bitforbit.engine;

import io.github.bitforbit.agents.QuantalResponse;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.terms.Aid;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.SnapbackMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Aid (MODEL.md 2): worth its value per step to the target while delivered, so that a phase
 * paying a step with aid alone is accepted exactly when the aid is worth the step; suspended
 * without cause by a wavering sanctioner as a tranche is re-imposed (and {@code violated(X)} then
 * fires); put back with cause by {@code restore(X)} as its snapback allows.
 */
class AidTest {

    /** A freeze for fuel oil worth {@code value} a month, one offer, best responses. */
    private static Scenario fuelForFreeze(double value, SnapbackMode snapback, double renege, List<String> rules) {
        RuleSet rs = RuleSet.scripted("fuel", List.of(new Phase("fuel-for-freeze", List.of("freeze"), List.of("fuel"),
                Order.SIMULTANEOUS, 6, false, false)), rules.stream().map(RuleSyntax::rule).toList(), true);
        return Scenario.builder("aid")
                .horizon(24)
                .falseAlarm(0)
                .sanctioner("USA", p -> p.trust(0.9).cooperativePrior(0).attention(1).lambda(QuantalResponse.BEST_RESPONSE)
                        .renegeHazard(renege))
                .target("DPRK", p -> p.trust(0.9).cooperativePrior(1).attention(1).lambda(QuantalResponse.BEST_RESPONSE)
                        .deterrenceValue(0.5))
                .disarmament("freeze", 0.1, DisarmamentStep.IRREVERSIBLE, 1.0)
                .tranche("token", 0.0, SnapbackMode.AUTOMATIC)
                .aid("fuel", value, snapback)
                .design(rs)
                .build();
    }

    @Test
    void aidIsWorthItsValueToTheTarget() {
        // the freeze costs the target 0.5 (1 - 0.9^0.5) = 0.0257 a month of security: fuel worth
        // 0.1 a month pays for it, fuel worth nothing does not
        Trace paid = new Simulation(fuelForFreeze(0.1, SnapbackMode.NONE, 0, List.of())).trace(1);
        assertTrue(paid.events(TraceEvent.Responded.class).get(0).accepted());
        assertTrue(paid.events(TraceEvent.Performed.class).stream().anyMatch(p -> p.concession().equals("fuel")));
        Trace unpaid = new Simulation(fuelForFreeze(0.0, SnapbackMode.NONE, 0, List.of())).trace(1);
        assertFalse(unpaid.events(TraceEvent.Responded.class).get(0).accepted());
        assertTrue(unpaid.events(TraceEvent.Performed.class).isEmpty());
    }

    @Test
    void aWaveringSanctionerSuspendsAidWithoutCauseAndRulesSeeIt() {
        // a wavering sanctioner (prior 0) with a certain hazard suspends the fuel in the step after delivery
        Scenario s = fuelForFreeze(0.1, SnapbackMode.AUTOMATIC, 1.0, List.of("when violated(fuel) then walk-out(DPRK)"));
        assertEquals(Reimposition.FREELY, ((Aid) s.concessions().stream().filter(c -> c.id().equals("fuel")).findFirst().orElseThrow()).reimposable());
        Trace t = new Simulation(s).trace(3);
        assertTrue(t.events(TraceEvent.Restored.class).stream().anyMatch(r -> r.tranche().equals("fuel")), t.toString());
        RunResult r = new Simulation(s).run(3);
        assertTrue(r.outcome() instanceof Outcome.Collapsed c && c.party().equals("DPRK"), r.outcome().toString());
        // aid that is never suspended without cause (snapback none implies reimposable never) stays delivered
        RunResult kept = new Simulation(fuelForFreeze(0.1, SnapbackMode.NONE, 1.0,
                List.of("when violated(fuel) then walk-out(DPRK)"))).run(3);
        assertTrue(kept.outcome() instanceof Outcome.Completed, kept.outcome().toString());
    }

    @Test
    void aidIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Aid("fuel", "USA", -0.1, SnapbackMode.NONE, 0,
                Reimposition.NEVER));
        assertEquals(0.3, new Aid("fuel", "USA", 0.3, SnapbackMode.NONE, 0, Reimposition.NEVER).pairingValue(), 0.0);
    }
}
