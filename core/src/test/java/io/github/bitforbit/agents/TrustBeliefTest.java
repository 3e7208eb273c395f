package io.github.bitforbit.agents;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrustBeliefTest {

    @Test
    void alarmWithFalseAlarmsMovesTrustByBayesRule() {
        // prior 0.5, an opportunist cheats with p = 0.4, false alarms f = 0.1:
        // P(alarm|C) = 0.1, P(alarm|O) = 0.4 + 0.6 * 0.1 = 0.46
        // b' = 0.5 * 0.1 / (0.5 * 0.1 + 0.5 * 0.46) = 0.05 / 0.28 = 0.178571...
        assertEquals(0.05 / 0.28, TrustBelief.afterInspection(0.5, true, 0.4, 0.1), 1e-12);
        assertEquals(0.1785714285714, TrustBelief.afterInspection(0.5, true, 0.4, 0.1), 1e-12);
    }

    @Test
    void cleanReadingOfACostlyStepRaisesTrustMoreThanOfACheapOne() {
        // clean: P(clean|C) = 0.9, P(clean|O) = 0.6 * 0.9 = 0.54 -> b' = 0.45 / (0.45 + 0.27) = 0.625
        assertEquals(0.625, TrustBelief.afterInspection(0.5, false, 0.4, 0.1), 1e-12);
        // a step an opportunist would not cheat on (p = 0) tells nothing
        assertEquals(0.5, TrustBelief.afterInspection(0.5, false, 0.0, 0.1), 1e-12);
        // p = 0.9: P(clean|O) = 0.1 * 0.9 = 0.09 -> b' = 0.45 / (0.45 + 0.5 * 0.09) = 0.9091
        assertEquals(0.45 / 0.495, TrustBelief.afterInspection(0.5, false, 0.9, 0.1), 1e-12);
    }

    @Test
    void withoutFalseAlarmsAnAlarmIsProof() {
        assertEquals(0.0, TrustBelief.afterInspection(0.7, true, 0.3, 0.0), 0.0);
    }

    @Test
    void reliefThatHoldsBuildsTrustAndARenegeDestroysIt() {
        // held: P(held|committed) = 0.998, P(held|wavering) = 0.97: b' = 0.2*0.998 / (0.2*0.998 + 0.8*0.97)
        assertEquals(0.1996 / (0.1996 + 0.776), TrustBelief.afterHolding(0.2, false, 0.002, 0.03), 1e-12);
        // re-imposed: b' = 0.2*0.002 / (0.2*0.002 + 0.8*0.03) = 0.0004 / 0.0244
        assertEquals(0.0004 / 0.0244, TrustBelief.afterHolding(0.2, true, 0.002, 0.03), 1e-12);
    }

    @Test
    void impossibleObservationLeavesBeliefUnchanged() {
        assertEquals(0.3, TrustBelief.update(0.3, 0.0, 0.0), 0.0);
    }
}
