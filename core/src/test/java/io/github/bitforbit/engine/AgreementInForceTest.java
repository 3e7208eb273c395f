package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.Rule;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Completion does not end a run: the agreement is then in force and must hold to the horizon.
 * Mechanisms only: what can happen after completion, never how often a design completes.
 */
class AgreementInForceTest {
    private static final int HORIZON = 30;

    /**
     * One phase, the gesture (verified for sure) then coal; a sanctioner of the wavering type that
     * re-imposes without cause with {@code hazard} per step; {@code rules} as given.
     */
    static Scenario deal(double hazard, double falseAlarm, boolean snapback, List<Rule> rules) {
        RuleSet rs = RuleSet.scripted("one-phase", List.of(new Phase("p1", List.of("gesture"), List.of("coal"),
                Order.TARGET_FIRST, 6, false, false)), rules, snapback);
        return Scenario.builder("in-force")
                .horizon(HORIZON)
                .falseAlarm(falseAlarm)
                .sanctioner("USA", p -> p.trust(0.9).trustFloor(0).cooperativePrior(0).attention(1)
                        .strategy(Strategies.generous(1.0))
                        .sanctioner(new RoleParameters.Sanctioner(1, 0, 0.5, 0, 0, hazard, hazard, 1)))
                .target("DPRK", p -> p.trust(0.9).trustFloor(0).cooperativePrior(1).attention(1)
                        .strategy(Strategies.generous(1.0)))
                .disarmament("gesture", 0.1, 1, 1.0)
                .concession(new SanctionTranche("coal", "USA", 0.5, SnapbackMode.AUTOMATIC, 0.01))
                .design(rs)
                .build();
    }

    @Test
    void aCompletedAgreementRunsToTheHorizonAndIsCompletedThere() {
        Simulation sim = new Simulation(deal(0.0, 0.0, false, List.of()));
        for (long seed = 1; seed <= 20; seed++) {
            Trace t = sim.trace(seed);
            RunResult r = sim.run(seed);
            assertTrue(r.outcome() instanceof Outcome.Completed, "seed " + seed + ": " + r.outcome());
            assertEquals(HORIZON, r.metrics().duration(), "seed " + seed);
            assertEquals(r.outcome().step(), r.metrics().completedAt(), "seed " + seed);
            assertTrue(r.metrics().completedAt() < HORIZON - 1, "completed early, then held: seed " + seed);
            assertEquals(1, t.events(TraceEvent.InForce.class).size());
            assertEquals(HORIZON - 1, t.events(TraceEvent.Ended.class).get(0).step());
        }
    }

    @Test
    void aReimpositionAfterCompletionCanEndTheAgreementThroughARule() {
        List<Rule> walk = List.of(RuleSyntax.rule("when violated(coal) then walk-out(DPRK)"));
        Simulation with = new Simulation(deal(0.1, 0.0, false, walk));
        Simulation without = new Simulation(deal(0.1, 0.0, false, List.of()));
        int after = 0;
        for (long seed = 1; seed <= 200; seed++) {
            RunResult r = with.run(seed);
            RunResult paired = without.run(seed);
            if (r.outcome() instanceof Outcome.Collapsed c && c.afterCompletion()) {
                after++;
                assertEquals("DPRK", c.party());
                assertEquals(CollapseCause.PROVOCATION, c.cause());
                assertTrue(c.step() > r.metrics().completedAt(), "seed " + seed);
                // the same run without the rule: completed, held in name, its relief taken back
                assertTrue(paired.metrics().everCompleted(), "seed " + seed);
                assertFalse(paired.outcome() instanceof Outcome.Collapsed pc && pc.cause() == CollapseCause.PROVOCATION);
            }
        }
        // hazard 0.1 over about 28 steps in force: most completed agreements see a re-imposition
        assertTrue(after > 100, "collapses after completion: " + after);
    }

    @Test
    void aVerifiedStepStaysUnderInspectionAndALaterAlarmTriggersSnapback() {
        Simulation alarms = new Simulation(deal(0.0, 0.05, true, List.of()));
        Simulation none = new Simulation(deal(0.0, 0.0, true, List.of()));
        int lateDetections = 0;
        int snapbacks = 0;
        for (long seed = 1; seed <= 100; seed++) {
            Trace t = alarms.trace(seed);
            int verifiedAt = t.events(TraceEvent.Inspected.class).stream().filter(i -> !i.alarm())
                    .mapToInt(TraceEvent.Inspected::step).min().orElse(Integer.MAX_VALUE);
            lateDetections += (int) t.events(TraceEvent.Inspected.class).stream()
                    .filter(i -> i.alarm() && i.falseAlarm() && i.step() > verifiedAt).count();
            snapbacks += alarms.run(seed).metrics().snapbacks();
            assertEquals(0, none.run(seed).metrics().detections(), "no false alarms, no detections: seed " + seed);
        }
        // about 0.05 a step over ~28 steps after verification: most runs see a late alarm
        assertTrue(lateDetections > 50, "alarms after verification: " + lateDetections);
        assertTrue(snapbacks > 50, "snapbacks after a late alarm: " + snapbacks);
    }

    /** The deal, with a target that would rather be out (outside option 10 a step) once it has disarmed. */
    static Scenario reluctant(double hazard) {
        return ParameterPath.set(deal(hazard, 0.0, false, List.of()), "parties.DPRK.outsideOption", 10);
    }

    @Test
    void outOfAnAgreementInForceAPrincipalLeavesForUtilityOnlyWithCause() {
        Simulation faithful = new Simulation(reluctant(0.0));
        Simulation wavering = new Simulation(reluctant(0.1));
        int completed = 0;
        int leftWithCause = 0;
        for (long seed = 1; seed <= 100; seed++) {
            RunResult r = faithful.run(seed);
            completed += r.metrics().everCompleted() ? 1 : 0;
            assertFalse(r.outcome() instanceof Outcome.Collapsed c && c.afterCompletion(),
                    "no cause, no walk-out: seed " + seed + ": " + r.outcome());
            Trace t = wavering.trace(seed);
            // with cause it leaves: walking out for utility, or (its gesture being a continuing
            // obligation it is now freed from) breaking it in the open, which is leaving too
            if (wavering.run(seed).outcome() instanceof Outcome.Collapsed c && c.afterCompletion()
                    && (c.cause() == CollapseCause.UTILITY || c.cause() == CollapseCause.VIOLATION)) {
                leftWithCause++;
                int reimposed = t.events(TraceEvent.Restored.class).stream()
                        .filter(e -> e.reason().startsWith("re-imposed without cause"))
                        .mapToInt(TraceEvent.Restored::step).min().orElse(Integer.MAX_VALUE);
                assertTrue(reimposed <= c.step(), "left only after a re-imposition: seed " + seed);
            }
        }
        assertTrue(completed > 50, "the reluctant target completes, then could leave: " + completed);
        assertTrue(leftWithCause > 0, "with cause it leaves: " + leftWithCause);
    }
}
