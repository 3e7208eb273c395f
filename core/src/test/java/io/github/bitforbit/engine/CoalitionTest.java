package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.model.EventKind;
import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.ScenarioBuilder;
import io.github.bitforbit.rules.Negotiation;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.ProposalMode;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sanctioning side of several members (docs/ODD.md 7.11): a member leaves on its own at the
 * rate its hazard implies while the others stay, and a phase needs every giving member's consent.
 */
class CoalitionTest {
    private static final int HORIZON = 24;
    private static final double HAZARD = 0.04;
    private static final double FACTOR = 6;
    private static final int ELECTION_AT = 8;
    private static final int ELECTION_STEPS = 4;

    /** A strategy that always says {@code yes} (or always no), so that only hazards are random. */
    record Always(boolean yes) implements Strategy {
        @Override
        public String name() {
            return yes ? "always" : "never";
        }

        @Override
        public boolean accepts(Situation situation) {
            return yes;
        }
    }

    private static void steady(io.github.bitforbit.model.PartyBuilder p) {
        p.trust(0.9).trustFloor(0).patience(1000).attention(1).strategy(new Always(true));
    }

    /** Members USA (wavering, reneging at HAZARD, FACTOR times more in an election), EU and UN (never renege). */
    static Scenario threeMembers(Strategy usa, Role firstProposer, Order order) {
        return threeMembers(usa, firstProposer, order, HAZARD);
    }

    /** The same, with the USA's hazard if it were committed (the type it is not) {@code committed}. */
    static Scenario threeMembers(Strategy usa, Role firstProposer, Order order, double committed) {
        return threeMembers(usa, firstProposer, order, committed, null);
    }

    /** The same, with the election held by {@code electionParty} only (null: every member's). */
    static Scenario threeMembers(Strategy usa, Role firstProposer, Order order, double committed,
                                 String electionParty) {
        ExogenousEvent election = ExogenousEvent.scheduled(EventKind.ELECTION, ELECTION_AT, ELECTION_STEPS, 0);
        RuleSet rs = new RuleSet("one-phase", List.of(new Phase("p1", List.of("gesture"), List.of("us", "eu", "un"),
                order, 6, false, false)), List.of(), true, ProposalMode.SCRIPTED, true, firstProposer,
                Negotiation.DEFAULTS);
        ScenarioBuilder b = Scenario.builder("coalition")
                .horizon(HORIZON)
                .falseAlarm(0)
                .sanctioner("USA", p -> {
                    steady(p);
                    p.cooperativePrior(0).strategy(usa)
                            .sanctioner(new RoleParameters.Sanctioner(1, 0, 0.5, 0, 0, HAZARD, committed, FACTOR));
                })
                .sanctioner("EU", p -> {
                    steady(p);
                    p.cooperativePrior(1).sanctioner(new RoleParameters.Sanctioner(1, 0, 0.5, 0, 0, 0, 0, 1));
                })
                .sanctioner("UN", p -> {
                    steady(p);
                    p.cooperativePrior(1).sanctioner(new RoleParameters.Sanctioner(1, 0, 0.5, 0, 0, 0, 0, 1));
                })
                .target("IRN", p -> {
                    steady(p);
                    p.cooperativePrior(1);
                })
                .disarmament("gesture", 0.1, 1, 1.0)
                .concession(new SanctionTranche("us", "USA", 0.3, SnapbackMode.AUTOMATIC, 0.01))
                .concession(new SanctionTranche("eu", "EU", 0.3, SnapbackMode.AUTOMATIC, 0.01))
                .concession(new SanctionTranche("un", "UN", 0.2, SnapbackMode.AUTOMATIC, 0.01))
                .event(electionParty == null ? election : election.heldBy(electionParty))
                .design(rs);
        return b.build();
    }

    /** The USA's reneging hazard in step s: times FACTOR while its election runs. */
    private static double hazard(int s, boolean usaElection) {
        return usaElection && s >= ELECTION_AT && s < ELECTION_AT + ELECTION_STEPS ? HAZARD * FACTOR : HAZARD;
    }

    @Test
    void aMemberWithAHighElectionFactorLeavesAfterCompletionAtTheRateItsHazardGivesAndTheOthersStay() {
        int[] counts = leavingAfterCompletion(null, true);
        // the election matters: without it the expectation would be clearly lower
        double noElection = counts[1] * (1 - Math.pow(1 - HAZARD, HORIZON - 2));
        assertTrue(counts[0] > noElection + 4.5 * Math.sqrt(counts[1] * 0.25), "the election factor raises leaving: "
                + counts[0] + " vs " + noElection);
    }

    @Test
    void anotherMembersElectionLeavesTheUsaAtItsPlainHazard() {
        // the election is the EU's: the USA's hazard is never multiplied, whatever its own factor
        leavingAfterCompletion("EU", false);
    }

    /**
     * Runs the three members with the election held by {@code electionParty} (null: every
     * member's), checks the USA's leaving after completion against the interval its hazard gives
     * ({@code usaElection}: whether that hazard is multiplied in the election's steps), and returns
     * how many runs it left after completion and in how many it was still in at completion.
     */
    private static int[] leavingAfterCompletion(String electionParty, boolean usaElection) {
        Simulation sim = new Simulation(threeMembers(new Always(true), Role.SANCTIONER, Order.SIMULTANEOUS, HAZARD,
                electionParty));
        int runs = 4000;
        int leftAfter = 0;
        int completedWithUsa = 0;
        double expected = 0;
        double variance = 0;
        for (long seed = 0; seed < runs; seed++) {
            RunResult r = sim.run(seed);
            int completed = r.metrics().completedAt();
            assertTrue(completed >= 0, "every run completes: all always accept, nobody's trust can fall");
            for (Departure d : r.departures()) {
                assertEquals("USA", d.party(), "only the reneging member leaves");
                assertEquals(CollapseCause.REIMPOSED, d.cause());
            }
            assertFalse(r.outcome() instanceof Outcome.Collapsed, "the EU and the UN go on: the run does not collapse");
            boolean before = r.departures().stream().anyMatch(d -> !d.afterCompletion());
            if (before) {
                continue;
            }
            // in force from step `completed`, with the USA still in: it reneges in each later step
            // with its hazard, so P(left by the horizon) = 1 - prod (1 - h_s)
            completedWithUsa++;
            double stays = 1;
            for (int s = completed + 1; s < HORIZON; s++) {
                stays *= 1 - hazard(s, usaElection);
            }
            expected += 1 - stays;
            variance += stays * (1 - stays);
            if (r.departures().stream().anyMatch(Departure::afterCompletion)) {
                leftAfter++;
            }
        }
        assertTrue(completedWithUsa > runs / 2, "most runs complete with the USA in: " + completedWithUsa);
        double sd = Math.sqrt(variance);
        assertTrue(Math.abs(leftAfter - expected) <= 4.5 * sd, "left after completion " + leftAfter + " of "
                + completedWithUsa + ", expected " + expected + " +- " + 4.5 * sd);
        return new int[] {leftAfter, completedWithUsa};
    }

    @Test
    void aPhaseNeedsTheConsentOfEveryMemberThatGivesInItAndOneRefusalRejectsIt() {
        Scenario s = threeMembers(new Always(false), Role.TARGET, Order.TARGET_FIRST);
        Trace t = new Simulation(s).trace(3);
        List<TraceEvent.Responded> answers = t.events(TraceEvent.Responded.class);
        assertFalse(answers.isEmpty(), "the target's offer is answered");
        TraceEvent.Responded first = answers.get(0);
        assertEquals("USA", first.responder(), "the first giving member answers first");
        assertFalse(first.accepted());
        // the USA's refusal rejects the phase for all: the EU, which would accept, is not asked that step
        assertTrue(answers.stream().filter(a -> a.step() == first.step()).allMatch(a -> a.responder().equals("USA")));
        assertTrue(t.events(TraceEvent.PhaseCompleted.class).isEmpty(), "never completed while the USA refuses");
        for (String id : List.of("us", "eu", "un")) {
            assertTrue(t.events(TraceEvent.Performed.class).stream().noneMatch(p -> p.concession().equals(id)),
                    id + " is never lifted");
        }
        // with the USA's consent, the same phase completes
        Trace agreed = new Simulation(threeMembers(new Always(true), Role.TARGET, Order.TARGET_FIRST)).trace(3);
        List<TraceEvent.Responded> yes = agreed.events(TraceEvent.Responded.class);
        assertEquals(List.of("USA", "EU", "UN"), yes.stream().filter(a -> a.step() == yes.get(0).step())
                .map(TraceEvent.Responded::responder).toList(), "every giving member answers, in order");
        assertFalse(agreed.events(TraceEvent.PhaseCompleted.class).isEmpty());
    }

    @Test
    void aMemberLeavingIsEvidenceAboutItAndWeakerEvidenceAboutTheOthers() {
        // a committed USA would renege less: its re-imposition tells the types apart
        Simulation sim = new Simulation(threeMembers(new Always(true), Role.SANCTIONER, Order.SIMULTANEOUS, 0.002));
        for (long seed = 0; seed < 200; seed++) {
            Trace t = sim.trace(seed);
            List<TraceEvent.Left> left = t.events(TraceEvent.Left.class);
            if (left.isEmpty()) {
                continue;
            }
            int at = left.get(0).step();
            List<TraceEvent.TrustChanged> moves = t.events(TraceEvent.TrustChanged.class).stream()
                    .filter(c -> c.step() == at + 1 && c.truster().equals("IRN")
                            && c.reason().startsWith("sanctions re-imposed")).toList();
            double usaDrop = moves.stream().filter(c -> c.trusted().equals("USA")).mapToDouble(c -> c.before() - c.after())
                    .sum();
            double euDrop = moves.stream().filter(c -> c.trusted().equals("EU")).mapToDouble(c -> c.before() - c.after())
                    .sum();
            assertTrue(usaDrop > 0, "the re-imposition is evidence against the USA");
            assertTrue(euDrop > 0 && euDrop < usaDrop, "and, through the correlation, weaker evidence against the EU: "
                    + euDrop + " vs " + usaDrop);
            Departure d = sim.run(seed).departures().get(0);
            assertEquals(at, d.step());
            return;
        }
        throw new AssertionError("no run in 200 had the USA leave");
    }
}
