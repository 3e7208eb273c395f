package io.github.bitforbit.agents;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValuationTest {

    @Test
    void annuityIsTheDiscountedNumberOfSteps() {
        assertEquals(1 + 0.9 + 0.81, Valuation.annuity(3, 0.9), 1e-12);
        assertEquals(5.0, Valuation.annuity(5, 1.0), 0.0);
        assertEquals(0.0, Valuation.annuity(0, 0.9), 0.0);
    }

    @Test
    void concaveSecurityMakesTheLastWeaponsWorthTheMost() {
        // theta 1, D 0.5, kappa 0.5: first 10% costs 0.5 (1 - sqrt 0.9) = 0.0256; last 10% costs 0.5 sqrt 0.1 = 0.158
        assertEquals(0.5 * (1 - Math.sqrt(0.9)), Valuation.securityLoss(1, 0.5, 0.5, 1.0, 0.1), 1e-12);
        assertEquals(0.5 * Math.sqrt(0.1), Valuation.securityLoss(1, 0.5, 0.5, 0.1, 0.1), 1e-12);
        assertEquals(0.02565835, Valuation.securityLoss(1, 0.5, 0.5, 1.0, 0.1), 1e-8);
    }

    @Test
    void exposureCountsTheHorizonOnlyForIrreversibleSteps() {
        assertEquals(Valuation.annuity(3, 0.98), Valuation.exposure(3, 60, 0.98), 1e-12);
        assertEquals(Valuation.annuity(60, 0.98), Valuation.exposure(Integer.MAX_VALUE, 60, 0.98), 1e-12);
    }

    @Test
    void painPoliticalCostAndThreat() {
        assertEquals(1.0 * 0.6 * 0.7, Valuation.pain(1.0, 0.6, 0.3), 1e-12);
        // k 0.2, h 1, trust 0.25, pressure 0.2, protection 0.5: 0.2 * 1.75 * 0.8 * 0.5 = 0.14
        assertEquals(0.14, Valuation.politicalCost(0.2, 1.0, 0.25, 0.2, 0.5), 1e-12);
        assertEquals(0.5 * (1 - Math.pow(0.64, 0.5)), Valuation.exposureToThreat(0.5, 0.5, 0.64), 1e-12);
    }

    @Test
    void cheatingIsALogitChoiceOfGainAgainstPenalty() {
        assertEquals(0.0, Valuation.cheatProbability(0.0, 1.0, 0.25), 0.0);
        assertEquals(0.5, Valuation.cheatProbability(2.0, 2.0, 0.25), 1e-12);
        // gain 3, penalty 1, noise 0.25: 1 / (1 + exp(-(2) / (0.25 * 4))) = 1 / (1 + e^-2)
        assertEquals(1 / (1 + Math.exp(-2)), Valuation.cheatProbability(3.0, 1.0, 0.25), 1e-12);
    }
}
