package io.github.bitforbit.engine;

import io.github.bitforbit.agents.QuantalResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quantal-response choices (docs/ODD.md section 7.9): the probability of a choice is logistic in
 * its value at precision lambda (the draws: {@code StrategiesTest}), and in Kydd's one-step game the
 * target's acceptance sharpens into Kydd's threshold c / (1 - a + c) as lambda grows.
 */
class QuantalResponseTest {

    @Test
    void theProbabilityIsLogisticInTheAdvantage() {
        assertEquals(0.5, QuantalResponse.probability(0, 7.0), 0.0);
        assertEquals(0.5, QuantalResponse.probability(3, 0.0), 0.0);
        assertEquals(1 / (1 + Math.exp(-0.6)), QuantalResponse.probability(2, 0.3), 1e-15);
        assertEquals(1 - QuantalResponse.probability(2, 0.3), QuantalResponse.probability(2, -0.3), 1e-15);
        assertEquals(1.0, QuantalResponse.probability(QuantalResponse.BEST_RESPONSE, 0.0), 0.0);
        assertEquals(0.0, QuantalResponse.probability(QuantalResponse.BEST_RESPONSE, -1e-12), 0.0);
    }

    /**
     * The target's first-offer acceptance at precision lambda: its share over seeds matches the
     * logistic of the surplus the trace reports, and as lambda grows the share falls towards 0
     * below Kydd's threshold and rises towards 1 above it.
     */
    @Test
    void acceptanceSharpensIntoKyddsThresholdAsLambdaGrows() {
        double c = 0.5;
        double a = 0.2;
        double threshold = c / (1 - a + c);
        double previousBelow = 1;
        double previousAbove = 0;
        for (double lambda : new double[]{1, 10, 100, 1000}) {
            double below = acceptance(threshold - 0.05, c, a, lambda);
            double above = acceptance(threshold + 0.05, c, a, lambda);
            assertTrue(below < previousBelow && above > previousAbove,
                    "lambda " + lambda + ": below " + below + ", above " + above);
            previousBelow = below;
            previousAbove = above;
        }
        assertTrue(previousBelow < 0.01 && previousAbove > 0.99, previousBelow + " " + previousAbove);
    }

    /**
     * Kydd's opportunist (temptation a &gt; 1: holding back pays even when the other side
     * delivers) is, in this model, an opportunist whose premium on its deterrent exceeds what the
     * exchange gives at full trust: {@code premium > 1 / c} in the one-step game. At the best
     * response it rejects whatever its belief, while a security-seeker with the same payoffs
     * otherwise accepts above Kydd's threshold.
     */
    @Test
    void anOpportunistForWhomHoldingBackAlwaysPaysRejectsWhateverItsBelief() {
        double c = 0.5;
        double premium = 2.5; // > 1 / c
        for (double trust = 0; trust <= 1.0001; trust += 0.1) {
            Simulation opportunist = new Simulation(Scenarios.kydd(Math.min(1, trust), c, 0, QuantalResponse.BEST_RESPONSE,
                    0, premium));
            for (long seed = 0; seed < 5; seed++) {
                assertFalse(opportunist.trace(seed).events(TraceEvent.Responded.class).get(0).accepted(), "trust " + trust);
            }
        }
        Simulation secure = new Simulation(Scenarios.kydd(0.9, c, 0, QuantalResponse.BEST_RESPONSE, 1, premium));
        assertTrue(secure.trace(0).events(TraceEvent.Responded.class).get(0).accepted());
    }

    /** The probability of acceptance from the traced surplus, checked against the share of 2,000 seeds. */
    private static double acceptance(double trust, double c, double a, double lambda) {
        Simulation sim = new Simulation(Scenarios.kydd(trust, c, a, lambda));
        TraceEvent.Responded answer = sim.trace(0).events(TraceEvent.Responded.class).get(0);
        double p = QuantalResponse.probability(lambda, answer.surplus());
        int runs = 2_000;
        int accepted = 0;
        for (long seed = 0; seed < runs; seed++) {
            accepted += sim.trace(seed).events(TraceEvent.Responded.class).get(0).accepted() ? 1 : 0;
        }
        double share = (double) accepted / runs;
        double se = Math.sqrt(Math.max(p * (1 - p), 1e-4) / runs);
        assertEquals(p, share, 4.5 * se, "lambda " + lambda + ", trust " + trust + ", surplus " + answer.surplus());
        return p;
    }
}
