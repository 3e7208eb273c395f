package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.Rule;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.terms.SnapbackMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code violated(X)} for a target step not performed by its phase's deadline (MODEL.md section 2). */
class ViolationTest {

    /** Accepts every phase and never performs its side: its obligations lapse at the deadline. */
    record AcceptsAndStalls() implements Strategy {
        @Override
        public String name() {
            return "accepts-and-stalls";
        }

        @Override
        public boolean accepts(Situation situation) {
            return true;
        }

        @Override
        public boolean performs(Situation situation) {
            return false;
        }
    }

    /** Coal lifted first in step 0; the target owes the gesture by step 3 and never performs it. */
    static Scenario lapsing(List<Rule> rules, boolean snapback, boolean unilateral) {
        RuleSet rs = RuleSet.scripted("relief-first", List.of(new Phase("p1", List.of("gesture"), List.of("coal"),
                Order.SANCTIONER_FIRST, 3, false, unilateral)), rules, snapback);
        return Scenario.builder("lapsing")
                .horizon(12)
                .sanctioner("USA", p -> p.trust(0.9).cooperativePrior(1).attention(1).strategy(Strategies.generous(1.0)))
                .target("DPRK", p -> p.trust(0.9).cooperativePrior(1).attention(1).strategy(new AcceptsAndStalls()))
                .disarmament("gesture", 0.1, 1, 1.0)
                .tranche("coal", 0.5, SnapbackMode.AUTOMATIC)
                .design(rs)
                .build();
    }

    @Test
    void aStepNotPerformedByItsDeadlineIsViolatedAndItsRuleFires() {
        Simulation with = new Simulation(lapsing(List.of(RuleSyntax.rule("when violated(gesture) then restore(coal)")),
                false, false));
        Trace t = with.trace(1);
        List<TraceEvent.Violated> v = t.events(TraceEvent.Violated.class);
        assertEquals(1, v.size(), t.toString());
        assertEquals("gesture violated (not performed by the deadline of p1)", v.get(0).describe());
        assertEquals(1, t.events(TraceEvent.RuleFired.class).size());
        RunResult r = with.run(1);
        assertEquals(1, r.metrics().snapbacks());
        assertEquals(0.0, r.metrics().reliefDelivered(), 0.0);
        assertEquals(1, r.metrics().violations());
        // the run still ends as a missed deadline does: the sanctioner, still owed, walks out
        Outcome.Collapsed c = (Outcome.Collapsed) r.outcome();
        assertEquals("USA", c.party());
        assertEquals(CollapseCause.DEADLINE, c.cause());

        RunResult without = new Simulation(lapsing(List.of(), false, false)).run(1);
        assertEquals(0, without.metrics().snapbacks());
        assertEquals(1.0, without.metrics().reliefDelivered(), 0.0);
        assertEquals(c, without.outcome());
    }

    @Test
    void withSnapbackAMissedDeadlineRestoresWhatThePhaseLifted() {
        RunResult r = new Simulation(lapsing(List.of(), true, false)).run(1);
        assertEquals(1, r.metrics().snapbacks());
        assertEquals(0.0, r.metrics().reliefDelivered(), 0.0);
    }

    @Test
    void aLapsedUnilateralInitiativeIsNoViolation() {
        Trace t = new Simulation(lapsing(List.of(RuleSyntax.rule("when violated(gesture) then restore(coal)")),
                true, true)).trace(1);
        assertTrue(t.events(TraceEvent.Violated.class).isEmpty(), t.toString());
        assertTrue(t.events(TraceEvent.Restored.class).isEmpty(), t.toString());
    }
}
