package io.github.bitforbit.engine;

import io.github.bitforbit.agents.QuantalResponse;
import io.github.bitforbit.agents.Valuation;
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
import sim.engine.Steppable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Aid with a {@code duration} (MODEL.md 2): worth its value to the target for at most that many
 * steps of delivery, within the horizon; once delivered for all of them it expires, which is
 * neither a violation nor a suspension: no {@code violated(X)} or {@code restored(X)}, no
 * evidence, nothing to restore, re-impose or lift again. A suspension pauses the count, so aid
 * delivered again flows for the steps it had left.
 */
class AidDurationTest {
    private static final double VALUE = 0.1;

    /**
     * A freeze for fuel oil worth 0.1 a month for {@code duration} months, one simultaneous phase,
     * best responses; the sanctioner is wavering with no hazard of its own, so it never suspends
     * the fuel without cause, but the committed type's small hazard makes every step the fuel
     * holds evidence to the target.
     */
    private static Scenario fuelForFreeze(int duration, List<String> rules) {
        return fuelForFreeze(duration, 0.1, rules);
    }

    /**
     * The two principals of these tests, best-responding: a wavering sanctioner re-imposing with
     * {@code renegeHazard} a step, and a security-seeking target valuing its deterrent at
     * {@code deterrenceValue}.
     */
    private static io.github.bitforbit.model.ScenarioBuilder parties(String name, double renegeHazard,
                                                                      double deterrenceValue) {
        return Scenario.builder(name)
                .horizon(24)
                .falseAlarm(0)
                .sanctioner("USA", p -> p.trust(0.9).cooperativePrior(0).attention(1).lambda(QuantalResponse.BEST_RESPONSE)
                        .renegeHazard(renegeHazard))
                .target("DPRK", p -> p.trust(0.9).cooperativePrior(1).attention(1).lambda(QuantalResponse.BEST_RESPONSE)
                        .deterrenceValue(deterrenceValue).patience(100));
    }

    /** The same, the target valuing its deterrent at {@code deterrenceValue} (utility/step). */
    private static Scenario fuelForFreeze(int duration, double deterrenceValue, List<String> rules) {
        RuleSet rs = RuleSet.scripted("fuel", List.of(new Phase("fuel-for-freeze", List.of("freeze"), List.of("fuel"),
                Order.SIMULTANEOUS, 6, false, false)), rules.stream().map(RuleSyntax::rule).toList(), true);
        return parties("aid-duration", 0, deterrenceValue)
                .disarmament("freeze", 0.1, DisarmamentStep.IRREVERSIBLE, 1.0)
                .aid("fuel", VALUE, SnapbackMode.AUTOMATIC, duration)
                .design(rs)
                .build();
    }

    private static NegotiationModel model(Scenario s) {
        NegotiationModel m = new NegotiationModel();
        m.configure(s, s.design().ruleSetFor(s), List.of());
        m.seed(1);
        m.initialise(null);
        return m;
    }

    private static void step(NegotiationModel m) {
        for (Steppable st : m.stages) {
            st.step(m);
        }
    }

    private static String describe(Trace t) {
        return t.events(TraceEvent.class).stream().map(e -> e.step() + " " + e.describe()).toList().toString();
    }

    private static List<Integer> steps(Trace t, Class<? extends TraceEvent> kind) {
        return t.events(kind).stream().map(TraceEvent::step).toList();
    }

    @Test
    void aPhaseOfTimedAidIsWorthItsValueForMinOfDurationAndRemainingSteps() {
        NegotiationModel three = model(fuelForFreeze(3, List.of()));
        assertEquals(VALUE * Valuation.annuity(3, 0.98), three.world.target.value(three.world.plan.initial[0]), 0.0);
        // longer than the 24 steps left: still worth only its 30 months, since values run past
        // the horizon (the terminal annuity), and less than aid without a duration, worth A = 1 / (1 - d)
        NegotiationModel longer = model(fuelForFreeze(30, List.of()));
        NegotiationModel open = model(fuelForFreeze(Aid.UNTIL_SUSPENDED, List.of()));
        double unlimited = open.world.target.value(open.world.plan.initial[0]);
        assertEquals(VALUE / (1 - 0.98), unlimited, 1e-12);
        assertEquals(VALUE * Valuation.annuity(30, 0.98), longer.world.target.value(longer.world.plan.initial[0]), 0.0);
        // so a freeze worth more to the target than three months of fuel (0.5 (1 - 0.9^0.5) A = 1.28
        // against 0.1 A(3) = 0.29) is refused for them, and accepted for fuel without end (0.1 A = 5)
        assertFalse(new Simulation(fuelForFreeze(3, 0.5, List.of())).trace(1).events(TraceEvent.Responded.class)
                .get(0).accepted());
        assertTrue(new Simulation(fuelForFreeze(Aid.UNTIL_SUSPENDED, 0.5, List.of())).trace(1)
                .events(TraceEvent.Responded.class).get(0).accepted());
    }

    @Test
    void timedAidFlowsForItsStepsAndExpiresWithoutViolationRestorationOrEvidence() {
        List<String> rules = List.of("when violated(fuel) then walk-out(DPRK)", "when restored(fuel) then walk-out(DPRK)",
                "when step >= 10 then restore(fuel)", "when step >= 11 then lift(fuel)");
        Trace t = new Simulation(fuelForFreeze(3, rules)).trace(1);
        assertEquals(List.of(0), t.events(TraceEvent.Performed.class).stream()
                .filter(p -> p.concession().equals("fuel")).map(TraceEvent::step).toList(), t.toString());
        // delivered in steps 0, 1 and 2; it expires at the close of step 2
        assertEquals(List.of(new TraceEvent.Expired(2, "fuel", 3)), t.events(TraceEvent.Expired.class));
        // expired aid is neither restored (by the rule at step 10) nor lifted again (at step 11)
        assertEquals(List.of(), t.events(TraceEvent.Restored.class), t.toString());
        assertEquals(List.of(), t.events(TraceEvent.RestoreBlocked.class), t.toString());
        assertEquals(List.of(), t.events(TraceEvent.Violated.class), t.toString());
        assertTrue(t.events(TraceEvent.RuleFired.class).stream().noneMatch(r -> r.text().contains("walk-out")),
                t.toString());
        assertTrue(new Simulation(fuelForFreeze(3, rules)).run(1).outcome() instanceof Outcome.Completed);
        // the target saw the fuel hold in steps 0..2 (read in steps 1..3) and never after
        List<Integer> held = t.events(TraceEvent.TrustChanged.class).stream()
                .filter(e -> e.truster().equals("DPRK") && e.reason().equals("relief held")).map(TraceEvent::step).toList();
        assertEquals(List.of(1, 2, 3), held, t.toString());
        // without a duration the fuel flows and is evidence to the horizon, and the rules restore it
        Trace open = new Simulation(fuelForFreeze(Aid.UNTIL_SUSPENDED, rules)).trace(1);
        assertTrue(open.events(TraceEvent.Expired.class).isEmpty());
        assertEquals(List.of(10), steps(open, TraceEvent.Restored.class), open.toString());
    }

    @Test
    void theTargetCountsDeliveredTimedAidForTheStepsItHasLeft() {
        NegotiationModel m = model(fuelForFreeze(3, List.of()));
        World w = m.world;
        Ledger l = w.ledger;
        int fuel = l.index.get("fuel");
        for (int s = 0; s < 8; s++) {
            step(m);
            // the clock has moved: what is left of the fuel from the next step on, as continuing sees it
            double with = w.target.continuing();
            l.aidValue[fuel] = 0;
            double without = w.target.continuing();
            l.aidValue[fuel] = VALUE;
            int left = Math.max(0, 2 - s);
            assertEquals(left, l.aidLeft(fuel), "after step " + s);
            assertEquals(s >= 2, l.expired[fuel], "after step " + s);
            assertEquals(s >= 2, w.expired(fuel), "after step " + s);
            assertEquals(VALUE * Valuation.annuity(left, 0.98), with - without, 1e-12, "after step " + s);
            assertEquals(s < 2, l.lifted(fuel), "after step " + s);
            // expired aid is not in force either: delivered and done
            assertFalse(l.inForce[fuel], "after step " + s);
            assertEquals(Math.min(3, s + 1), l.aidSteps[fuel], "steps delivered after step " + s);
        }
    }

    @Test
    void aSuspensionPausesTheCountAndRedeliveredAidFlowsForTheStepsItHadLeft() {
        // delivered in step 0, suspended (with cause, by a rule) in step 1, delivered again in step 5
        Trace t = new Simulation(fuelForFreeze(3, List.of("when step >= 1 then restore(fuel)",
                "when step >= 5 then lift(fuel)"))).trace(1);
        assertEquals(List.of(0, 5), t.events(TraceEvent.Performed.class).stream()
                .filter(p -> p.concession().equals("fuel")).map(TraceEvent::step).toList(), t.toString());
        assertEquals(List.of(1), steps(t, TraceEvent.Restored.class), t.toString());
        // steps 0, 5 and 6 of delivery: it expires at the close of step 6
        assertEquals(List.of(new TraceEvent.Expired(6, "fuel", 3)), t.events(TraceEvent.Expired.class), t.toString());
        // the target values a suspended aid for the steps it has left: 2 of 3 after step 1
        NegotiationModel m = model(fuelForFreeze(3, List.of("when step >= 1 then restore(fuel)")));
        step(m);
        step(m);
        int fuel = m.world.ledger.index.get("fuel");
        assertTrue(m.world.ledger.inForce[fuel]);
        assertEquals(2, m.world.ledger.aidLeft(fuel));
        PhaseTerms again = new PhaseTerms("again", new int[0], new int[]{fuel}, Order.SIMULTANEOUS, 6, false, false);
        assertEquals(VALUE * Valuation.annuity(2, 0.98), m.world.target.value(again), 0.0);
    }

    @Test
    void aSuspensionWithoutCausePausesTheCountToo() {
        // a certain hazard re-imposes the one-month fuel without cause in the very step it is delivered
        Scenario s = parties("aid-renege", 1.0, 0.01)
                .disarmament("freeze", 0.1, DisarmamentStep.IRREVERSIBLE, 1.0)
                .aid("fuel", VALUE, SnapbackMode.AUTOMATIC, 1)
                .design(fuelForFreeze(1, List.of()).design())
                .build();
        Trace t = new Simulation(s).trace(1);
        assertEquals(1, t.events(TraceEvent.Restored.class).size(), describe(t));
        assertTrue(t.events(TraceEvent.Restored.class).get(0).reason().startsWith("re-imposed without cause"));
        // it never flowed at the close of a step, so its month of delivery is still owed
        assertTrue(t.events(TraceEvent.Expired.class).isEmpty(), t.toString());
        NegotiationModel m = model(s);
        while (!m.finished()) {
            step(m);
        }
        int fuel = m.world.ledger.index.get("fuel");
        assertEquals(0, m.world.ledger.aidSteps[fuel]);
        assertEquals(1, m.world.ledger.aidLeft(fuel));
        assertTrue(m.world.ledger.inForce[fuel]);
        assertFalse(m.world.ledger.expired[fuel]);
    }

    @Test
    void aPartnerThatRequiresTimedAidStaysSatisfiedOnceItHasExpired() {
        Scenario s = parties("aid-partner", 0, 0.1)
                .partner("ROK", p -> p.attention(1).partner(0.05, List.of("fuel"), 0.2))
                .disarmament("freeze", 0.1, DisarmamentStep.IRREVERSIBLE, 1.0)
                .aid("fuel", VALUE, SnapbackMode.AUTOMATIC, 3)
                .design(fuelForFreeze(3, List.of()).design())
                .build();
        NegotiationModel m = model(s);
        int fuel = m.world.ledger.index.get("fuel");
        for (int k = 0; k < 8; k++) {
            step(m);
            assertTrue(m.world.partners[0].inducing, "after step " + k);
        }
        assertTrue(m.world.ledger.expired[fuel]);
    }

    @Test
    void aDurationIsAWholeNumberOfStepsOfAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new Aid("fuel", "USA", 0.1, SnapbackMode.NONE, 0,
                Reimposition.NEVER, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Aid("fuel", "USA", 0.1,
                SnapbackMode.NONE, 0, Reimposition.NEVER, -3));
        assertTrue(e.getMessage().startsWith("concessions.fuel.duration: -3"), e.getMessage());
        Aid open = new Aid("fuel", "USA", 0.1, SnapbackMode.NONE, 0, Reimposition.NEVER);
        assertEquals(Aid.UNTIL_SUSPENDED, open.duration());
        assertFalse(open.hasDuration());
        assertTrue(new Aid("fuel", "USA", 0.1, SnapbackMode.NONE, 0, Reimposition.NEVER, 1).hasDuration());
    }
}
