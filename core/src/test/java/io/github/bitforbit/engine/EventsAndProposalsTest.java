package io.github.bitforbit.engine;

import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.EventKind;
import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Negotiation;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.ProposalMode;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.terms.Role;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventsAndProposalsTest {
    private static final Map<String, Double> DETERRENCE = Map.of("test-freeze", 0.05, "test-site", 0.15,
            "yongbyon", 0.30, "arsenal", 0.50);

    private static Scenario withEvents(List<ExogenousEvent> events) {
        Scenario d = Demo.scenario(0.5);
        return new Scenario(d.name(), d.title(), d.description(), d.horizon(), d.parties(), d.concessions(), events,
                d.falseAlarm(), d.design(), d.ruleSets(), d.uncertainties(), d.sources(), d.assumptions()).validated();
    }

    /** MODEL.md 3: a summit focuses both principals and restarts their patience; it moves no belief. */
    @Test
    void aSummitRaisesAttentionAndMovesNoTrust() {
        Scenario d = Demo.scenario(0.5);
        List<io.github.bitforbit.model.Party> distracted = d.parties().stream()
                .map(p -> p.role().isPrincipal() ? io.github.bitforbit.model.BuiltInParameters.with(p, "attention", 0) : p)
                .toList();
        Scenario asleep = new Scenario(d.name(), d.title(), d.description(), d.horizon(), distracted, d.concessions(),
                List.of(), d.falseAlarm(), d.design(), d.ruleSets(), d.uncertainties(), d.sources(), d.assumptions())
                .validated();
        Scenario summit = new Scenario(d.name(), d.title(), d.description(), d.horizon(), distracted, d.concessions(),
                List.of(ExogenousEvent.scheduled(EventKind.SUMMIT, 0, 3, 1.0)), d.falseAlarm(), d.design(),
                d.ruleSets(), d.uncertainties(), d.sources(), d.assumptions()).validated();
        for (long seed = 0; seed < 20; seed++) {
            assertTrue(new Simulation(asleep).trace(seed).events(TraceEvent.Offered.class).isEmpty());
            Trace t = new Simulation(summit).trace(seed);
            List<TraceEvent.Offered> offers = t.events(TraceEvent.Offered.class);
            assertFalse(offers.isEmpty(), "seed " + seed);
            // attention is back to 0 once the summit is over
            assertTrue(offers.stream().allMatch(o -> o.step() < 3), offers.toString());
            assertTrue(t.events(TraceEvent.TrustChanged.class).stream().noneMatch(e -> e.reason().equals("summit")));
        }
    }

    /**
     * MODEL.md 3 and 4.3: a random provocation is drawn with the hazard of the target's type, and
     * the sanctioner's belief moves by the likelihood ratio of each step with or without one.
     */
    @Test
    void aRandomProvocationIsBayesianEvidenceAboutTheTarget() {
        double ss = 0.05;
        double opp = 0.4;
        Simulation sim = new Simulation(withEvents(List.of(ExogenousEvent.provocations(ss, opp, 1))));
        int provocations = 0;
        int quiet = 0;
        for (long seed = 0; seed < 50; seed++) {
            for (TraceEvent.TrustChanged e : sim.trace(seed).events(TraceEvent.TrustChanged.class)) {
                if (e.reason().equals("provocation")) {
                    assertEquals("USA", e.truster());
                    double b = e.before();
                    assertEquals(b * ss / (b * ss + (1 - b) * opp), e.after(), 1e-12);
                    provocations++;
                } else if (e.reason().equals("no provocation")) {
                    double b = e.before();
                    assertEquals(b * (1 - ss) / (b * (1 - ss) + (1 - b) * (1 - opp)), e.after(), 1e-12);
                    quiet++;
                }
            }
        }
        assertTrue(provocations > 0 && quiet > 0, provocations + " " + quiet);
        // a provocation whose hazard does not depend on the type, and a scheduled one, say nothing
        for (ExogenousEvent uninformative : List.of(ExogenousEvent.random(EventKind.PROVOCATION, 0.3, 1, 0.4),
                ExogenousEvent.scheduled(EventKind.PROVOCATION, 2, 1, 0.4))) {
            Simulation plain = new Simulation(withEvents(List.of(uninformative)));
            for (long seed = 0; seed < 20; seed++) {
                assertTrue(plain.trace(seed).events(TraceEvent.TrustChanged.class).stream()
                        .noneMatch(e -> e.reason().contains("provocation")));
            }
        }
    }

    /** An opportunist target provokes at its own hazard: over many runs, more often than a security-seeker. */
    @Test
    void opportunistsProvokeAtTheirOwnHazard() {
        Simulation sim = new Simulation(withEvents(List.of(ExogenousEvent.provocations(0.0, 1.0, 1))));
        for (long seed = 0; seed < 40; seed++) {
            Trace t = sim.trace(seed);
            boolean provoked = t.events(TraceEvent.EventStarted.class).stream()
                    .anyMatch(e -> e.kind() == EventKind.PROVOCATION);
            // hazards 0 and 1: a provocation happens exactly when the target is an opportunist, and the
            // sanctioner is then certain of it (belief 0), or after a quiet first step certain of the opposite
            double after = t.events(TraceEvent.TrustChanged.class).stream()
                    .filter(e -> e.reason().contains("provocation")).findFirst().orElseThrow().after();
            assertEquals(provoked ? 0.0 : 1.0, after, 0.0, "seed " + seed);
        }
    }

    @Test
    void postponedTalksMakeNoOffers() {
        Trace t = new Simulation(withEvents(List.of(ExogenousEvent.scheduled(EventKind.POSTPONEMENT, 0, 5, 0)))).trace(2);
        assertTrue(t.events(TraceEvent.Offered.class).stream().allMatch(o -> o.step() >= 5));
        assertFalse(t.events(TraceEvent.Offered.class).isEmpty());
    }

    @Test
    void negotiatedPhasesStayWithinTheBitSize() {
        Scenario d = Demo.scenario(0.6);
        RuleSet negotiated = new RuleSet("negotiated", List.of(), List.of(), true, ProposalMode.NEGOTIATED, true,
                Role.SANCTIONER, new Negotiation(0.5, 2.0, 0.2, Order.TARGET_FIRST, 6, true));
        Simulation sim = new Simulation(d, negotiated);
        int offers = 0;
        for (long seed = 0; seed < 100; seed++) {
            for (TraceEvent.Offered o : sim.trace(seed).events(TraceEvent.Offered.class)) {
                double bit = o.target().stream().mapToDouble(DETERRENCE::get).sum();
                assertTrue(o.target().size() <= 1 || bit <= 0.2 + 1e-12, o.toString());
                offers++;
            }
        }
        assertTrue(offers > 100);
        // the first bit is test-freeze and test-site (0.05 + 0.15 = 0.2 <= maxBit)
        TraceEvent.Offered first = sim.trace(0).events(TraceEvent.Offered.class).get(0);
        assertEquals(List.of("test-freeze", "test-site"), first.target());
    }
}
