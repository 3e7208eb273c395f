package io.github.bitforbit.rules;

import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each template's phases for the demo. Target steps sorted by deterrence: test-freeze 0.05,
 * test-site 0.15, yongbyon 0.30, arsenal 0.50, which at kappa 0.5 from full capability cost
 * 2.5%, 8.1%, 18.7% and 70.7% of the security they give up; tranches by weight: luxury-goods 0.1,
 * textiles 0.2, coal 0.3, oil 0.4. Cut into value ratios within a factor 1.5 of the agreement's
 * (docs/ODD.md 7.6): the two tests for luxury goods (10.6% of the cost for 10% of the relief),
 * Yongbyon for textiles (18.7% for 20%), the arsenal for coal and oil (70.7% for 70%); four phases
 * would give the 2.5% test freeze a tranche of its own, at least four times its rate. The two
 * assurances ride along, spread evenly smallest first: exercise-suspension (pairing value 0.02)
 * with phase 1 (0 * 3 / 2 = 0), security-assurance (0.03) with phase 2 (1 * 3 / 2 = 1).
 */
class TemplateTest {
    private final Scenario demo = Demo.scenario();
    private static final List<List<String>> TARGET = List.of(List.of("test-freeze", "test-site"),
            List.of("yongbyon"), List.of("arsenal"));
    private static final List<List<String>> SANCTIONER = List.of(
            List.of("exercise-suspension", "luxury-goods"), List.of("security-assurance", "textiles"),
            List.of("coal", "oil"));

    private static void assertPairs(RuleSet rs, Order order, boolean verify, boolean unilateral) {
        assertEquals(3, rs.phases().size());
        for (int i = 0; i < 3; i++) {
            Phase p = rs.phases().get(i);
            assertEquals("phase " + (i + 1), p.name());
            assertEquals(TARGET.get(i), p.targetGives());
            assertEquals(SANCTIONER.get(i), p.sanctionerGives());
            assertEquals(order, p.order());
            assertEquals(verify, p.verifyBeforeReward());
            assertEquals(unilateral, p.unilateral());
            assertEquals(Template.PAIR_DEADLINE, p.deadline());
        }
    }

    @Test
    void allOrNothingIsOneVerifiedPhaseWithoutCounterOffers() {
        RuleSet rs = Template.ALL_OR_NOTHING.ruleSetFor(demo);
        assertEquals(1, rs.phases().size());
        Phase p = rs.phases().get(0);
        assertEquals(List.of("test-freeze", "test-site", "yongbyon", "arsenal"), p.targetGives());
        assertEquals(List.of("exercise-suspension", "security-assurance", "luxury-goods", "textiles", "coal", "oil"),
                p.sanctionerGives());
        assertEquals(Order.TARGET_FIRST, p.order());
        assertTrue(p.verifyBeforeReward());
        assertFalse(rs.counterOffers());
        assertFalse(rs.snapback());
    }

    @Test
    void bitForBitPairsTargetFirstVerifiedWithSnapback() {
        RuleSet rs = Template.BIT_FOR_BIT.ruleSetFor(demo);
        assertPairs(rs, Order.TARGET_FIRST, true, false);
        assertTrue(rs.snapback());
        assertTrue(rs.counterOffers());
    }

    @Test
    void actionForActionIsSimultaneous() {
        RuleSet rs = Template.ACTION_FOR_ACTION.ruleSetFor(demo);
        assertPairs(rs, Order.SIMULTANEOUS, false, false);
        assertTrue(rs.snapback());
    }

    @Test
    void frontLoadedGivesReliefFirst() {
        assertPairs(Template.FRONT_LOADED.ruleSetFor(demo), Order.SANCTIONER_FIRST, false, false);
    }

    @Test
    void gritIsUnilateralInitiatives() {
        RuleSet rs = Template.GRIT.ruleSetFor(demo);
        assertPairs(rs, Order.SANCTIONER_FIRST, false, true);
        assertFalse(rs.counterOffers());
    }

    @Test
    void templatesAreFoundByName() {
        assertEquals(List.of("all-or-nothing", "bit-for-bit", "action-for-action", "front-loaded", "grit"),
                Template.names());
        assertEquals(Template.GRIT, Template.byName("grit").orElseThrow());
        assertTrue(Template.byName("bit-for-bits").isEmpty());
    }
}
