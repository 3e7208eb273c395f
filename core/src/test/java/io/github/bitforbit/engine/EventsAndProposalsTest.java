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

    @Test
    void aSummitMovesBothTrustsPartOfTheWayToOne() {
        Trace t = new Simulation(withEvents(List.of(ExogenousEvent.scheduled(EventKind.SUMMIT, 0, 1, 0.5)))).trace(1);
        List<TraceEvent.TrustChanged> summit = t.events(TraceEvent.TrustChanged.class).stream()
                .filter(e -> e.reason().equals("summit")).toList();
        assertEquals(2, summit.size());
        for (TraceEvent.TrustChanged e : summit) {
            assertEquals(0.5 + 0.5 * (1 - 0.5), e.after(), 1e-12); // 0.75
            assertEquals(0, e.step());
        }
    }

    @Test
    void aProvocationCutsTheSanctionersTrust() {
        Trace t = new Simulation(withEvents(List.of(ExogenousEvent.scheduled(EventKind.PROVOCATION, 2, 1, 0.4)))).trace(1);
        TraceEvent.TrustChanged e = t.events(TraceEvent.TrustChanged.class).stream()
                .filter(x -> x.reason().equals("provocation")).findFirst().orElseThrow();
        assertEquals("USA", e.truster());
        assertEquals(e.before() * 0.6, e.after(), 1e-12);
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
