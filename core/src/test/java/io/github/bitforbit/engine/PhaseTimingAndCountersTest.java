package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.SnapbackMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A phase's {@code notBefore}; counter-offers that leave no side with nothing; a step's own false-alarm rate. */
class PhaseTimingAndCountersTest {

    static Scenario timed(int notBefore) {
        RuleSet rs = RuleSet.scripted("timed", List.of(new Phase("later", List.of("gesture"), List.of("coal"),
                Order.SANCTIONER_FIRST, 6, false, false, notBefore)), List.of(), false);
        return Scenario.builder("timed")
                .horizon(20)
                .sanctioner("USA", p -> p.trust(0.9).cooperativePrior(1).attention(1).strategy(Strategies.generous(1.0)))
                .target("DPRK", p -> p.trust(0.9).cooperativePrior(1).attention(1).strategy(Strategies.generous(1.0)))
                .disarmament("gesture", 0.1, 1, 1.0)
                .tranche("coal", 0.5, SnapbackMode.AUTOMATIC)
                .design(rs)
                .build();
    }

    @Test
    void aPhaseIsNotOfferedBeforeItsNotBefore() {
        Trace t = new Simulation(timed(8)).trace(1);
        List<TraceEvent.Offered> offers = t.events(TraceEvent.Offered.class);
        assertFalse(offers.isEmpty(), t.toString());
        assertEquals(8, offers.get(0).step());
        assertEquals(0, new Simulation(timed(0)).trace(1).events(TraceEvent.Offered.class).get(0).step());
    }

    /** Rejects the first offer it is made in a run, then accepts: so it counters once. */
    static final class RejectsOnce implements Strategy {
        private boolean rejected;

        @Override
        public String name() {
            return "rejects-once";
        }

        @Override
        public boolean accepts(Situation s) {
            return true;
        }

        @Override
        public boolean responds(Situation s) {
            boolean yes = rejected;
            rejected = true;
            return yes;
        }

        @Override
        public Strategy instance() {
            return new RejectsOnce();
        }

        @Override
        public void reset() {
            rejected = false;
        }
    }

    /** One last phase in which the target gives three steps for two tranches; the target counters. */
    static Scenario lastPhaseCountered() {
        RuleSet rs = new RuleSet("one", List.of(new Phase("all", List.of("a", "b", "c"), List.of("coal", "oil"),
                Order.TARGET_FIRST, 6, false, false)), List.of(), false, io.github.bitforbit.rules.ProposalMode.SCRIPTED,
                true, io.github.bitforbit.terms.Role.SANCTIONER, io.github.bitforbit.rules.Negotiation.DEFAULTS);
        return Scenario.builder("countered")
                .horizon(30)
                .sanctioner("USA", p -> p.trust(0.9).cooperativePrior(1).attention(1).strategy(Strategies.generous(1.0)))
                .target("DPRK", p -> p.trust(0.9).cooperativePrior(1).attention(1).strategy(new RejectsOnce()))
                .disarmament("a", 0.2, DisarmamentStep.IRREVERSIBLE, 1.0)
                .disarmament("b", 0.2, DisarmamentStep.IRREVERSIBLE, 1.0)
                .disarmament("c", 0.2, DisarmamentStep.IRREVERSIBLE, 1.0)
                .tranche("coal", 0.3, SnapbackMode.AUTOMATIC)
                .tranche("oil", 0.3, SnapbackMode.AUTOMATIC)
                .design(rs)
                .build();
    }

    @Test
    void aCounterOfferToTheLastPhaseNeverLeavesASideWithNothing() {
        Simulation sim = new Simulation(lastPhaseCountered());
        boolean countered = false;
        for (long seed = 1; seed <= 30; seed++) {
            for (TraceEvent.Offered o : sim.trace(seed).events(TraceEvent.Offered.class)) {
                assertFalse(o.target().isEmpty() || o.sanctioner().isEmpty(), "seed " + seed + ": " + o.describe());
                countered |= o.counter();
            }
        }
        assertTrue(countered, "the scenario makes counter-offers");
    }

    @Test
    void aStepsOwnFalseAlarmRateReplacesTheScenarios() {
        DisarmamentStep own = new DisarmamentStep("x", "T", 0.1, 1, 1.0, 0.2);
        assertTrue(own.hasOwnFalseAlarm());
        assertEquals(0.2, own.falseAlarmIn(0.05), 0.0);
        DisarmamentStep inherits = new DisarmamentStep("x", "T", 0.1, 1, 1.0);
        assertFalse(inherits.hasOwnFalseAlarm());
        assertEquals(0.05, inherits.falseAlarmIn(0.05), 0.0);
    }
}
