package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.Rule;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.SnapbackMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Continuing obligations (MODEL.md 2 and 3): a reversible step performed stays an obligation
 * every step, kept or openly broken. Mechanisms only: who may break, what a break sets going,
 * what keeping tells the sanctioner.
 */
class ObligationsTest {
    private static final int HORIZON = 30;

    /**
     * A freeze (0.3 of the deterrent, undone in a month) for coal (0.2 of the pain), one
     * simultaneous phase. To an opportunist valuing its deterrent at 1.5 (D 1), the freeze is cheap
     * to give (a month of exposure) and tempting to break: the security it regains, 1.5 (1 - 0.7^0.5)
     * = 0.245 a step, is more than the coal it loses, 0.2. Both principals accept whatever is
     * offered and never walk out on trust.
     */
    static Scenario freezeForCoal(double targetPrior, double renegeHazard, List<Rule> rules) {
        return freezeForCoal(targetPrior, renegeHazard, rules, true);
    }

    /** The same, the freeze a continuing obligation or (continuing false) a one-off step. */
    static Scenario freezeForCoal(double targetPrior, double renegeHazard, List<Rule> rules, boolean continuing) {
        return freezeForCoal(targetPrior, renegeHazard, rules, continuing, 1.0);
    }

    /** The same, the freeze inspected each step with probability {@code verifiability}. */
    static Scenario freezeForCoal(double targetPrior, double renegeHazard, List<Rule> rules, boolean continuing,
                                  double verifiability) {
        RuleSet rs = RuleSet.scripted("freeze", List.of(new Phase("freeze-for-coal", List.of("freeze"), List.of("coal"),
                Order.SIMULTANEOUS, 6, false, false)), rules, false);
        return Scenario.builder("obligations")
                .horizon(HORIZON)
                .falseAlarm(0)
                .sanctioner("USA", p -> p.trust(0.5).trustFloor(0).cooperativePrior(0).attention(1).patience(100)
                        .strategy(Strategies.generous(1.0)).renegeHazard(renegeHazard))
                .target("DPRK", p -> p.trust(0.9).trustFloor(0).cooperativePrior(targetPrior).attention(1).patience(100)
                        .strategy(Strategies.generous(1.0)).deterrenceValue(1.0))
                .concession(new DisarmamentStep("freeze", "DPRK", 0.3, 1, verifiability, DisarmamentStep.SCENARIO_FALSE_ALARM,
                        continuing))
                .tranche("coal", 0.2, SnapbackMode.AUTOMATIC, 0.0)
                .design(rs)
                .build();
    }

    private static long broken(Trace t) {
        return t.events(TraceEvent.Violated.class).stream().filter(v -> v.how().startsWith("openly broken")).count();
    }

    @Test
    void anOpportunistBreaksATemptingFreezeInTheOpenAndARuleOnItsViolationFires() {
        List<Rule> restore = List.of(RuleSyntax.rule("when violated(freeze) then restore(coal)"));
        Simulation with = new Simulation(freezeForCoal(0, 0, restore));
        Simulation without = new Simulation(freezeForCoal(0, 0, List.of()));
        int breaks = 0;
        int differ = 0;
        for (long seed = 1; seed <= 200; seed++) {
            Trace t = with.trace(seed);
            if (broken(t) > 0) {
                breaks++;
                int at = t.events(TraceEvent.Violated.class).get(0).step();
                assertTrue(t.events(TraceEvent.RuleFired.class).stream().anyMatch(r -> r.step() == at),
                        "the rule answers the break in its step: seed " + seed);
                assertEquals(0.0, with.run(seed).metrics().reliefDelivered(), 0.0, "coal restored: seed " + seed);
                // the same seed without the rule: nothing takes the coal back (no snapback)
                assertEquals(1.0, without.run(seed).metrics().reliefDelivered(), 0.0, "seed " + seed);
                differ++;
            }
            assertTrue(with.run(seed).metrics().violations() >= broken(t));
        }
        // many fake the freeze at performance instead (no snapback threatens a cheat), and a faked
        // freeze is no obligation in force; of the others, some resume it covertly (caught at the
        // next reading), some break it in the open
        assertTrue(breaks > 15, "an opportunist breaks a freeze that pays to break: " + breaks);
        assertEquals(breaks, differ);
    }

    @Test
    void aSecuritySeekerKeepsItsObligationsUntilTheSanctionerDefects() {
        Simulation bound = new Simulation(freezeForCoal(1, 0, List.of()));
        Simulation freed = new Simulation(freezeForCoal(1, 1.0, List.of()));
        int breaksWhenFreed = 0;
        for (long seed = 1; seed <= 200; seed++) {
            Trace kept = bound.trace(seed);
            assertEquals(0, broken(kept), "bound, it keeps what it accepted: seed " + seed);
            Trace t = freed.trace(seed);
            if (broken(t) > 0) {
                breaksWhenFreed++;
                int at = t.events(TraceEvent.Violated.class).stream().filter(v -> v.how().startsWith("openly broken"))
                        .mapToInt(TraceEvent::step).min().orElseThrow();
                int reimposed = t.events(TraceEvent.Restored.class).stream()
                        .filter(r -> r.reason().startsWith("re-imposed without cause"))
                        .mapToInt(TraceEvent::step).min().orElse(Integer.MAX_VALUE);
                assertTrue(reimposed <= at, "freed only by the sanctioner's defection: seed " + seed);
            }
        }
        // the coal re-imposed, the freeze buys nothing, and going back is worth more
        assertTrue(breaksWhenFreed > 40, "freed, it breaks: " + breaksWhenFreed);
    }

    @Test
    void keepingAnObligationAnOpportunistWouldBreakIsEvidenceAndABreakRevealsTheType() {
        // a security-seeker keeps the freeze; to the sanctioner, who knows an opportunist would
        // break it with high probability each step, every kept step raises its belief
        Trace kept = new Simulation(freezeForCoal(1, 0, List.of())).trace(1);
        List<TraceEvent.TrustChanged> moves = kept.events(TraceEvent.TrustChanged.class).stream()
                .filter(c -> c.truster().equals("USA") && c.reason().equals("obligations kept")).toList();
        assertTrue(moves.size() >= 3, "each kept step is observed: " + moves.size());
        for (TraceEvent.TrustChanged c : moves) {
            assertTrue(c.after() > c.before(), c.describe());
        }
        // a bound target's open break: only an opportunist does that, so the belief falls to 0
        Simulation opportunist = new Simulation(freezeForCoal(0, 0, List.of()));
        int seen = 0;
        for (long seed = 1; seed <= 200; seed++) {
            Trace t = opportunist.trace(seed);
            if (broken(t) > 0) {
                TraceEvent.TrustChanged onBreak = t.events(TraceEvent.TrustChanged.class).stream()
                        .filter(c -> c.reason().equals("obligations openly broken")).findFirst().orElseThrow();
                assertEquals(0.0, onBreak.after(), 0.0, "seed " + seed);
                seen++;
            }
        }
        assertTrue(seen > 10, "breaks seen: " + seen);
    }

    @Test
    void aOneOffStepIsNeverBrokenInTheOpenWhereTheSameStepContinuingIs() {
        Simulation continuing = new Simulation(freezeForCoal(0, 0, List.of(), true));
        Simulation oneOff = new Simulation(freezeForCoal(0, 0, List.of(), false));
        int breaks = 0;
        for (long seed = 1; seed <= 200; seed++) {
            Trace t = oneOff.trace(seed);
            assertEquals(0, broken(t), "a one-off step is no obligation in force: seed " + seed);
            assertTrue(t.events(TraceEvent.TrustChanged.class).stream()
                    .noneMatch(c -> c.reason().startsWith("obligations")), "nothing to keep or break: seed " + seed);
            assertFalse(oneOff.run(seed).outcome() instanceof Outcome.Collapsed c && c.cause() == CollapseCause.VIOLATION,
                    "seed " + seed);
            if (broken(continuing.trace(seed)) > 0) {
                breaks++;
            }
        }
        // the same step, continuing, on the same seeds: an opportunist breaks it in the open
        assertTrue(breaks > 15, "the continuing freeze is broken: " + breaks);
    }

    @Test
    void continuingDefaultsToReversibleAndAnIrreversibleStepCannotBeContinuing() {
        assertTrue(new DisarmamentStep("freeze", "T", 0.3, 2, 1.0).continuing());
        assertFalse(new DisarmamentStep("dismantle", "T", 0.3, DisarmamentStep.IRREVERSIBLE, 1.0).continuing());
        assertFalse(new DisarmamentStep("x", "T", 0.3, 2, 1.0, 0.1, false).continuing());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DisarmamentStep(
                "dismantle", "T", 0.3, DisarmamentStep.IRREVERSIBLE, 1.0, DisarmamentStep.SCENARIO_FALSE_ALARM, true));
        assertTrue(e.getMessage().startsWith("concessions.dismantle.continuing: an irreversible step cannot be continuing"),
                e.getMessage());
    }

    @Test
    void aSweepOfReversibilityMovesAFlagLeftAtItsDefaultAndKeepsOneSetAgainstIt() {
        Scenario s = freezeForCoal(0, 0, List.of(), true);
        DisarmamentStep irreversible = freeze(ParameterPath.set(s, "concessions.freeze.reversibility",
                DisarmamentStep.IRREVERSIBLE));
        assertFalse(irreversible.continuing(), "made irreversible, the default flag follows");
        assertTrue(freeze(ParameterPath.set(ParameterPath.set(s, "concessions.freeze.reversibility",
                DisarmamentStep.IRREVERSIBLE), "concessions.freeze.reversibility", 4)).continuing());
        Scenario oneOff = freezeForCoal(0, 0, List.of(), false);
        assertFalse(freeze(ParameterPath.set(oneOff, "concessions.freeze.reversibility", 4)).continuing());
        assertFalse(freeze(ParameterPath.set(oneOff, "concessions.freeze.reversibility",
                DisarmamentStep.IRREVERSIBLE)).continuing());
    }

    private static DisarmamentStep freeze(Scenario s) {
        return (DisarmamentStep) s.concessions().stream().filter(c -> c.id().equals("freeze")).findFirst().orElseThrow();
    }

    @Test
    void aFreezeSeldomInspectedIsResumedCovertlyCaughtByALaterReadingThatTheFilterReads() {
        // inspected one month in ten, the freeze is worth more resumed in secret than broken
        Simulation sim = new Simulation(freezeForCoal(0, 0, List.of(), true, 0.1));
        int resumed = 0;
        int caught = 0;
        for (long seed = 1; seed <= 200; seed++) {
            Trace t = sim.trace(seed);
            var covert = t.events(TraceEvent.Violated.class).stream()
                    .filter(v -> v.how().startsWith("covertly resumed")).findFirst();
            if (covert.isEmpty()) {
                continue;
            }
            resumed++;
            int at = covert.get().step();
            var alarm = t.events(TraceEvent.Inspected.class).stream().filter(i -> i.step() > at && i.alarm()).findFirst();
            if (alarm.isPresent()) {
                caught++;
                assertTrue(!alarm.get().falseAlarm(), "a resumed step raises a true alarm: seed " + seed);
                // the alarm on a verified step is evidence through the filter: belief falls
                int when = alarm.get().step();
                assertTrue(t.events(TraceEvent.TrustChanged.class).stream().anyMatch(c -> c.step() == when
                        && c.truster().equals("USA") && c.reason().startsWith("violation detected") && c.after() < c.before()),
                        "seed " + seed);
            }
        }
        assertTrue(resumed > 20, "covert resumptions: " + resumed);
        assertTrue(caught > 5, "caught later: " + caught);
    }

    @Test
    void cleanLaterReadingsOfAFreezeThatCouldHaveBeenResumedRaiseBelief() {
        // a security-seeker never resumes; each clean reading after the first clears the filter and
        // tells the sanctioner so
        Simulation sim = new Simulation(freezeForCoal(1, 0, List.of(), true, 0.1));
        int read = 0;
        for (long seed = 1; seed <= 50; seed++) {
            for (TraceEvent.TrustChanged c : sim.trace(seed).events(TraceEvent.TrustChanged.class)) {
                if (c.truster().equals("USA") && c.reason().endsWith("still kept")) {
                    read++;
                    assertTrue(c.after() > c.before(), "seed " + seed + ": " + c.describe());
                }
            }
        }
        assertTrue(read > 10, "later clean readings are read: " + read);
    }
}
