package io.github.bitforbit.rules;

import io.github.bitforbit.agents.Valuation;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import io.github.bitforbit.terms.TargetValues;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo's bit-for-bit phases by hand: at kappa 0.5 from full capability the two tests (0.05 and
 * 0.15 of the deterrent) cost 1 - sqrt(0.8) of the security, Yongbyon (0.30) sqrt(0.8) - sqrt(0.5),
 * the arsenal sqrt(0.5); the tranches lift 0.1, 0.2 and 0.3 + 0.4 of the sanctions weight (the
 * demo has no patron, so no leakage), the assurances nothing on this scale.
 */
class PhaseBalanceTest {
    @Test
    void sharesFollowConcaveSecurityInPhaseOrder() {
        Scenario demo = Demo.scenario();
        List<PhaseBalance> b = PhaseBalance.of(demo, Template.BIT_FOR_BIT.ruleSetFor(demo));
        assertEquals(List.of("phase 1", "phase 2", "phase 3"), b.stream().map(PhaseBalance::phase).toList());
        double[] cost = {1 - Math.sqrt(0.8), Math.sqrt(0.8) - Math.sqrt(0.5), Math.sqrt(0.5)};
        double[] relief = {0.1, 0.2, 0.7};
        for (int k = 0; k < 3; k++) {
            assertEquals(cost[k], b.get(k).costShare(), 1e-12);
            assertEquals(relief[k], b.get(k).reliefShare(), 1e-12);
            assertEquals(relief[k] / cost[k], b.get(k).ratio(), 1e-9);
        }
        // all-or-nothing is the agreement's own rate
        assertEquals(1.0, PhaseBalance.of(demo, Template.ALL_OR_NOTHING.ruleSetFor(demo)).get(0).ratio(), 1e-12);
    }

    /** The templates' scale is the engine's own valuation at full trust, written twice because of the layering. */
    @Test
    void theScaleIsTheEnginesValuation() {
        TargetValues v = new TargetValues(0.97, 1.2 * 0.6, 0.4, 0.65);
        for (double c : new double[]{0.97, 0.6, 0.2, 0.05}) {
            for (double d : new double[]{0.0, 0.02, 0.3, 0.5}) {
                assertEquals(Valuation.securityLoss(1.2, 0.6, 0.4, c, d), v.securityLost(c, d), 1e-12, c + " " + d);
            }
        }
        SanctionTranche coal = new SanctionTranche("coal", "S", 0.35, SnapbackMode.VOTE, 0.0);
        assertEquals(Valuation.pain(1.0, 0.35, 0.35), v.reliefValue(coal), 1e-12);
        double[] lost = v.securityLost(List.of(new DisarmamentStep("a", "T", 0.3, DisarmamentStep.IRREVERSIBLE, 1.0),
                new DisarmamentStep("b", "T", 0.5, DisarmamentStep.IRREVERSIBLE, 1.0)));
        assertEquals(Valuation.securityLoss(1.2, 0.6, 0.4, 0.97, 0.3), lost[0], 1e-12);
        assertEquals(Valuation.securityLoss(1.2, 0.6, 0.4, 0.67, 0.5), lost[1], 1e-12);
    }
}
