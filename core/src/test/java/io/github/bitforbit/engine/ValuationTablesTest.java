package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Valuation;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Template;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the agents tabulate or remember to save arithmetic per step gives exactly the doubles of
 * {@link Valuation}'s functions, also after an uncertain draw changed a parameter between runs.
 */
class ValuationTablesTest {

    private static NegotiationModel model() {
        Scenario s = Scenario.builder("tables")
                .sanctioner("S", b -> { }).target("T", b -> { })
                .disarmament("d", 0.5, 1, 0.5).tranche("t", 0.5, io.github.bitforbit.terms.SnapbackMode.VOTE).build();
        NegotiationModel m = new NegotiationModel();
        m.configure(s, Template.BIT_FOR_BIT.ruleSetFor(s), List.of());
        return m;
    }

    @Test
    void theAnnuityTableGivesValuationsDoublesForEveryDiscountAndHorizon() {
        NegotiationModel m = model();
        Principal p = m.world.target;
        for (double discount : new double[]{0.98, 0.9, 1.0, 0.98, 0.5}) {
            for (int horizon : new int[]{60, 12, 240}) {
                m.parameter("parties.T.discount").accept(discount);
                m.parameter("horizon").accept(horizon);
                for (int n = -1; n <= horizon + 2; n++) {
                    assertEquals(Valuation.annuity(n, discount), p.annuity(n), discount + ", " + n);
                    assertEquals(Valuation.exposure(3, n, discount), p.exposure(3, n), discount + ", " + n);
                }
            }
        }
    }
}
