package io.github.bitforbit.engine;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.SnapbackMode;
import io.github.bitforbit.validation.Warning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MODEL.md 2: the validator reports a phase that would be refused at any belief. */
class PhaseRefusalsTest {

    /** The arsenal for a token, then a freeze for most of the sanctions: the first is refused by the target at any belief. */
    static Scenario deals(double tokenWeight, double politicalCost) {
        RuleSet rs = RuleSet.scripted("deals", List.of(
                new Phase("arsenal-for-a-token", List.of("arsenal"), List.of("token"), Order.TARGET_FIRST, 6, true, false),
                new Phase("freeze-for-oil", List.of("freeze"), List.of("oil"), Order.SIMULTANEOUS, 6, false, false)),
                List.of(), true);
        return Scenario.builder("deals")
                .sanctioner("USA", p -> p.attention(1))
                .target("DPRK", p -> p.attention(1))
                .disarmament("arsenal", 0.6, DisarmamentStep.IRREVERSIBLE, 0.5)
                .disarmament("freeze", 0.1, 3, 0.9)
                .tranche("token", tokenWeight, SnapbackMode.AUTOMATIC)
                .tranche("oil", 0.6, SnapbackMode.AUTOMATIC, politicalCost)
                .ruleSet(rs)
                .design(rs)
                .build();
    }

    @Test
    void aPhaseThatCostsTheTargetMoreThanItGetsAtFullTrustIsReportedAndABalancedOneIsNot() {
        Warning w = theOnly(PhaseRefusals.of(deals(0.02, 0.06)), "arsenal-for-a-token", "the target");
        assertTrue(w.message().contains("at most"), "the chance a quantal response still accepts: " + w.message());
        // with the whole regime for the arsenal the phase is worth taking
        assertEquals(List.of(), PhaseRefusals.of(deals(0.4, 0.06)).stream()
                .filter(x -> x.path().endsWith("arsenal-for-a-token")).toList());
    }

    @Test
    void aPhaseWhoseReliefCostsTheSanctionerMoreThanTheThreatItRemovesIsReportedAsItsRefusal() {
        // oil's political cost 1 a step against a threat of 0.1 a step removed by the freeze
        theOnly(PhaseRefusals.of(deals(0.4, 1.0)), "freeze-for-oil", "the sanctioner");
    }

    /** The one warning of {@code all}: phase {@code phase} refused at any belief by {@code side}. */
    private static Warning theOnly(List<Warning> all, String phase, String side) {
        assertEquals(1, all.size(), all.toString());
        Warning w = all.get(0);
        assertEquals("ruleSets.deals.phases." + phase, w.path());
        assertTrue(w.message().startsWith(side + " refuses this phase at any belief"), w.message());
        return w;
    }
}
