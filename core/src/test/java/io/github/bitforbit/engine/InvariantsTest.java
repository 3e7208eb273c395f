package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.EventKind;
import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Template;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants that must hold in every run, checked over a few thousand random seeds. */
class InvariantsTest {

    /** The demo with every kind of random event, so that every mechanism is exercised. */
    private static Scenario eventful(double trust) {
        Scenario demo = Demo.scenario(trust);
        List<ExogenousEvent> events = List.of(ExogenousEvent.random(EventKind.EXERCISES, 0.05, 2, 0.5),
                ExogenousEvent.random(EventKind.ELECTION, 0.03, 3, 0.5),
                ExogenousEvent.random(EventKind.PROVOCATION, 0.03, 1, 0.3),
                ExogenousEvent.random(EventKind.SUMMIT, 0.02, 1, 0.3),
                ExogenousEvent.random(EventKind.POSTPONEMENT, 0.05, 1, 0));
        return new Scenario(demo.name(), demo.title(), demo.description(), demo.horizon(), demo.parties(),
                demo.concessions(), events, demo.falseAlarm(), demo.design(), demo.ruleSets(), demo.uncertainties(),
                demo.sources(), demo.assumptions()).validated();
    }

    @Test
    void invariantsHoldInEveryRun() {
        int runs = 0;
        Set<OutcomeKind> seen = new HashSet<>();
        for (Template t : Template.values()) {
            for (double trust : new double[]{0.1, 0.5, 0.9}) {
                Simulation sim = new Simulation(eventful(trust), t);
                for (long seed = 0; seed < 150; seed++) {
                    check(sim, seed * 31 + 7, seen);
                    runs++;
                }
            }
        }
        assertEquals(2250, runs);
        assertEquals(Set.of(OutcomeKind.values()), seen, "every outcome kind should occur somewhere");
    }

    private static void check(Simulation sim, long seed, Set<OutcomeKind> seen) {
        Trace trace = new Trace();
        RunResult r = sim.run(seed, trace);
        seen.add(r.outcome().kind());
        Metrics m = r.metrics();
        String at = sim.design().name() + " seed " + seed;
        assertEquals(1, trace.events(TraceEvent.Ended.class).size(), "exactly one outcome: " + at);
        assertEquals(r.outcome(), trace.events(TraceEvent.Ended.class).get(0).outcome(), at);
        assertTrue(m.phasesCompleted() <= m.phasesPlanned(), at);
        assertTrue(m.duration() >= 1 && m.duration() <= sim.scenario().horizon(), at);
        // completion does not end a run: a completed run lasts to the horizon, with the agreement in force
        if (r.outcome() instanceof Outcome.Completed c) {
            assertEquals(sim.scenario().horizon(), m.duration(), at);
            assertEquals(c.step(), m.completedAt(), at);
        } else {
            assertEquals(r.outcome().step() + 1, m.duration(), at);
        }
        if (r.outcome() instanceof Outcome.Collapsed c) {
            assertEquals(c.afterCompletion(), m.everCompleted(), at);
            assertTrue(m.completedAt() <= c.step(), at);
        }
        if (r.outcome() instanceof Outcome.Stalled) {
            assertEquals(-1, m.completedAt(), at);
        }
        assertEquals(m.everCompleted() ? 1 : 0, trace.events(TraceEvent.InForce.class).size(), at);
        for (double v : new double[]{m.capabilityRemaining(), m.reliefDelivered(), m.trustInTarget(), m.trustInSanctioner()}) {
            assertTrue(v >= 0 && v <= 1, at + ": " + m);
        }
        Set<String> lifted = new HashSet<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.StepEnd s) {
                assertTrue(s.capability() >= 0 && s.capability() <= 1, at);
                assertTrue(s.trustInTarget() >= 0 && s.trustInTarget() <= 1, at);
                assertTrue(s.trustInSanctioner() >= 0 && s.trustInSanctioner() <= 1, at);
            } else if (e instanceof TraceEvent.TrustChanged tc) {
                assertTrue(tc.after() >= 0 && tc.after() <= 1, at);
            } else if (e instanceof TraceEvent.Performed p && p.tranche()) {
                lifted.add(p.concession());
            } else if (e instanceof TraceEvent.Restored rs) {
                assertTrue(lifted.remove(rs.tranche()), at + ": " + rs.tranche() + " restored before it was lifted");
            }
        }
    }

    @Test
    void invariantsHoldUnderEveryStrategy() {
        for (var strategy : List.of(Strategies.reciprocal(), Strategies.generous(0.4), Strategies.grit(0.2),
                Strategies.hardliner(), Strategies.trustThreshold(0.4), Strategies.timeDependent(0.5),
                Strategies.timeDependent(3.0))) {
            Scenario s = Scenario.builder("strategies")
                    .sanctioner("USA", p -> p.trust(0.4).strategy(strategy))
                    .target("DPRK", p -> p.trust(0.4).strategy(strategy))
                    .patron("PRC", p -> p.patron(0.3, 0.3, 0.5))
                    .partner("ROK", p -> p.partner(0.2, List.of("coal"), 0.2))
                    .disarmament("freeze", 0.1, 3, 0.8)
                    .disarmament("site", 0.3, Integer.MAX_VALUE, 0.6)
                    .disarmament("rest", 0.6, Integer.MAX_VALUE, 0.4)
                    .tranche("coal", 0.3, io.github.bitforbit.terms.SnapbackMode.VOTE)
                    .tranche("oil", 0.5, io.github.bitforbit.terms.SnapbackMode.AUTOMATIC)
                    .build();
            Set<OutcomeKind> seen = new HashSet<>();
            for (Template t : Template.values()) {
                Simulation sim = new Simulation(s, t);
                for (long seed = 0; seed < 60; seed++) {
                    check(sim, seed, seen);
                }
            }
        }
    }
}
