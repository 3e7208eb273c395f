package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.rules.Template;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 item 5: the bit-for-bit template's snapback fires in at least one built-in (mean
 * snapbacks, {@code Metrics.snapbacks()}, above 0). It does not yet, and the reason is a
 * mechanism of model version 2 not built in this slice: a step is inspected only until it is
 * verified, a target-first verified phase completes only after verification, and completion ends
 * the run, so nothing is left to detect after the reward; and a step that misses its deadline
 * leaves nothing lifted in such a phase. Measured at 10,000 runs: 0.000 in every built-in. It
 * needs continuing obligations inspected every step and agreements that must hold to the horizon
 * (MODEL.md sections 2 and 3); enable this test with them.
 */
class TemplateSnapbackTest {

    @Test
    @Disabled("needs inspections after verification and agreements in force to the horizon (model v2, next slice)")
    void theBitForBitTemplatesSnapbackFiresInSomeBuiltIn() {
        double most = 0;
        for (String name : Scenarios.BUILT_IN) {
            Simulation sim = new Simulation(Scenarios.builtIn(name), Template.BIT_FOR_BIT);
            long snapbacks = 0;
            int runs = 2_000;
            for (long seed = 0; seed < runs; seed++) {
                snapbacks += sim.run(seed).metrics().snapbacks();
            }
            most = Math.max(most, snapbacks / (double) runs);
        }
        assertTrue(most > 0, "mean snapbacks under bit-for-bit in the best built-in: " + most);
    }
}
