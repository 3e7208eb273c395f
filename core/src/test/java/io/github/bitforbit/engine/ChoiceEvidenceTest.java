package io.github.bitforbit.engine;

import io.github.bitforbit.agents.QuantalResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Beliefs from choices (MODEL.md 4.3, docs/ODD.md section 7.2): an observed acceptance moves the
 * observer's belief by the likelihood ratio of the two types' choice models, and a costlier step
 * (one an opportunist, who values its deterrent more, would rarely give) moves it more.
 */
class ChoiceEvidenceTest {
    private static final double PREMIUM = 0.5; // the default opportunistPremium

    /**
     * Kydd's one-step game (horizon 1, no discounting): the security-seeker's surplus of the
     * exchange is {@code trust (1 + c) - c}, the opportunist's {@code trust (1 + c) - c (1 + premium)}.
     */
    @Test
    void anAcceptanceMovesTheSanctionersBeliefByTheLikelihoodRatio() {
        double lambda = 2;
        double trust = 0.7;
        double previousShift = 0;
        for (double c : new double[]{0.1, 0.3, 0.6, 1.0}) {
            Simulation sim = new Simulation(Scenarios.kydd(trust, c, 0, lambda));
            TraceEvent.TrustChanged moved = null;
            for (long seed = 0; seed < 200 && moved == null; seed++) {
                Trace t = sim.trace(seed);
                TraceEvent.Responded answer = t.events(TraceEvent.Responded.class).get(0);
                if (!answer.accepted()) {
                    continue;
                }
                assertEquals(trust * (1 + c) - c, answer.surplus(), 1e-12);
                moved = t.events(TraceEvent.TrustChanged.class).stream()
                        .filter(e -> e.reason().equals("accepted exchange")).findFirst().orElseThrow();
            }
            assertTrue(moved != null, "no acceptance at c " + c);
            assertEquals("USA", moved.truster());
            double yesSecure = QuantalResponse.probability(lambda, trust * (1 + c) - c);
            double yesOpportunist = QuantalResponse.probability(lambda, trust * (1 + c) - c * (1 + PREMIUM));
            double b = moved.before();
            assertEquals(b * yesSecure / (b * yesSecure + (1 - b) * yesOpportunist), moved.after(), 1e-12);
            double shift = logOdds(moved.after()) - logOdds(b);
            assertTrue(shift > previousShift, "c " + c + ": log-odds shift " + shift + " not above " + previousShift);
            previousShift = shift;
        }
    }

    /** A rejection is evidence the other way. */
    @Test
    void aRejectionLowersIt() {
        Simulation sim = new Simulation(Scenarios.kydd(0.5, 0.5, 0, 1));
        int rejections = 0;
        for (long seed = 0; seed < 100; seed++) {
            for (TraceEvent.TrustChanged e : sim.trace(seed).events(TraceEvent.TrustChanged.class)) {
                if (e.reason().equals("rejected exchange")) {
                    assertTrue(e.after() < e.before(), e.toString());
                    rejections++;
                }
            }
        }
        assertTrue(rejections > 0);
    }

    private static double logOdds(double p) {
        return Math.log(p / (1 - p));
    }
}
