package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tranche's {@code reimposable}: re-imposition without cause freely, by a vote, or never. */
class ReimpositionTest {

    /** Coal lifted first in step 0 by a sanctioner that reneges every step (both types); one patron. */
    static Scenario reneging(SnapbackMode snapback, Reimposition reimposable, double veto) {
        RuleSet rs = RuleSet.scripted("relief-first", List.of(new Phase("p1", List.of("gesture"), List.of("coal"),
                Order.SANCTIONER_FIRST, 6, false, false)), List.of(), false);
        SanctionTranche coal = reimposable == null ? new SanctionTranche("coal", "USA", 0.5, snapback, 0.01)
                : new SanctionTranche("coal", "USA", 0.5, snapback, 0.01, reimposable);
        return Scenario.builder("reneging")
                .horizon(6)
                .sanctioner("USA", p -> p.trust(0.9).cooperativePrior(0).attention(1).strategy(Strategies.generous(1.0))
                        .sanctioner(new RoleParameters.Sanctioner(1, 0, 0.5, 0, 0, 1.0, 1.0, 1)))
                .target("DPRK", p -> p.trust(0.9).cooperativePrior(1).attention(1).strategy(Strategies.generous(1.0)))
                .patron("PRC", p -> p.patron(0.3, 0.3, veto))
                .disarmament("gesture", 0.1, 1, 1.0)
                .concession(coal)
                .design(rs)
                .build();
    }

    private static boolean reimposed(Trace t) {
        return t.events(TraceEvent.Restored.class).stream().anyMatch(r -> r.reason().startsWith("re-imposed without cause"));
    }

    @Test
    void theDefaultFollowsTheSnapbackModeSoAVersionOneFileKeepsItsMeaning() {
        assertEquals(Reimposition.FREELY, Reimposition.defaultFor(SnapbackMode.AUTOMATIC));
        assertEquals(Reimposition.VOTE, Reimposition.defaultFor(SnapbackMode.VOTE));
        assertEquals(Reimposition.NEVER, Reimposition.defaultFor(SnapbackMode.NONE));
        assertEquals(Reimposition.NEVER, new SanctionTranche("x", "S", 0.1, SnapbackMode.NONE, 0.1).reimposable());
    }

    @Test
    void aFreelyReimposableTrancheIsReimposedByAWaveringSanctioner() {
        Trace t = new Simulation(reneging(SnapbackMode.AUTOMATIC, null, 1.0)).trace(1);
        assertTrue(reimposed(t));
    }

    @Test
    void aTrancheWithSnapbackNoneIsNeverReimposedWithoutCause() {
        for (long seed = 1; seed <= 20; seed++) {
            Simulation sim = new Simulation(reneging(SnapbackMode.NONE, null, 0.0));
            assertFalse(reimposed(sim.trace(seed)), "seed " + seed);
            assertEquals(0, sim.run(seed).metrics().violations());
        }
        // never, whatever the snapback mode says about restoration with cause
        assertFalse(reimposed(new Simulation(reneging(SnapbackMode.AUTOMATIC, Reimposition.NEVER, 0.0)).trace(1)));
    }

    @Test
    void aVoteReimpositionCanBeVetoedLikeAVoteSnapback() {
        Trace vetoed = new Simulation(reneging(SnapbackMode.AUTOMATIC, Reimposition.VOTE, 1.0)).trace(1);
        assertFalse(reimposed(vetoed));
        assertEquals("restoring coal blocked by a veto by PRC of its re-imposition without cause",
                vetoed.events(TraceEvent.RestoreBlocked.class).get(0).describe());
        assertTrue(reimposed(new Simulation(reneging(SnapbackMode.AUTOMATIC, Reimposition.VOTE, 0.0)).trace(1)));
        // a vote snapback tranche is re-imposed by a vote by default
        assertFalse(reimposed(new Simulation(reneging(SnapbackMode.VOTE, null, 1.0)).trace(1)));
    }
}
