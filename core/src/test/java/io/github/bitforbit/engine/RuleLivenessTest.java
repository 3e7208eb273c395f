package io.github.bitforbit.engine;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.Rule;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.SnapbackMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule condition kind and every action kind is live (review 1.2: five built-in rules were
 * dead): in a small scenario the rule fires, and the runs on paired seeds differ from the same
 * scenario without it. Directions are not asserted, only that the mechanism acts.
 */
class RuleLivenessTest {
    static final int SEEDS = 300;

    /**
     * Three phases (freeze for coal, dismantle for oil, remains for textiles), no snapback, so
     * only the rule under test restores; both types possible on both sides, so there are
     * detections, re-impositions and missed deadlines.
     */
    static Scenario live(Order order, double targetAttention, List<Rule> rules) {
        List<Phase> phases = List.of(
                new Phase("p1", List.of("freeze"), List.of("coal"), order, 3, order == Order.TARGET_FIRST, false),
                new Phase("p2", List.of("dismantle"), List.of("oil"), order, 3, order == Order.TARGET_FIRST, false),
                new Phase("p3", List.of("remains"), List.of("textiles"), order, 3, false, false));
        return Scenario.builder("live")
                .horizon(36)
                .sanctioner("USA", p -> p.trust(0.5).cooperativePrior(0.5).attention(0.9))
                .target("DPRK", p -> p.trust(0.5).cooperativePrior(0.5).attention(targetAttention))
                .disarmament("freeze", 0.1, 3, 0.6)
                .disarmament("dismantle", 0.2, DisarmamentStep.IRREVERSIBLE, 0.6)
                .disarmament("remains", 0.05, DisarmamentStep.IRREVERSIBLE, 0.6)
                .tranche("coal", 0.3, SnapbackMode.AUTOMATIC)
                .tranche("oil", 0.3, SnapbackMode.AUTOMATIC)
                .tranche("textiles", 0.2, SnapbackMode.AUTOMATIC)
                .design(RuleSet.scripted("live", phases, rules, false))
                .build();
    }

    /** Every value of each run on seeds 1..SEEDS, in order. */
    private static List<String> results(Scenario s) {
        Simulation sim = new Simulation(s);
        List<String> out = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            RunResult r = sim.run(seed);
            out.add(r.outcome() + " " + r.metrics());
        }
        return out;
    }

    private static boolean fires(Scenario s) {
        Simulation sim = new Simulation(s);
        for (long seed = 1; seed <= SEEDS; seed++) {
            if (!sim.trace(seed).events(TraceEvent.RuleFired.class).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0} ({1}, target attention {2})")
    @CsvSource(delimiter = ';', value = {
            // each condition kind, with an action whose effect shows in the results
            "when completed(freeze) then lift(textiles); TARGET_FIRST; 0.9",
            "when verified(freeze) then lift(textiles); TARGET_FIRST; 0.9",
            "when violated(freeze) then restore(coal); SANCTIONER_FIRST; 0.3",
            "when violated(coal) then walk-out(DPRK); SIMULTANEOUS; 0.9",
            "when detected(freeze) then restore(coal); SIMULTANEOUS; 0.9",
            "when restored(coal) then walk-out(DPRK); SIMULTANEOUS; 0.9",
            "when step >= 4 then restore(coal); SIMULTANEOUS; 0.9",
            "when trust(DPRK, USA) < 0.45 then walk-out(DPRK); SIMULTANEOUS; 0.9",
            // each action kind
            "when completed(freeze) then suspend(4); TARGET_FIRST; 0.9",
            "when completed(coal) then offer(p3); SIMULTANEOUS; 0.9",
            "when detected(freeze) then walk-out(USA); TARGET_FIRST; 0.9"})
    void theRuleFiresAndChangesTheResultsOnPairedSeeds(String rule, Order order, double attention) {
        Scenario with = live(order, attention, List.of(RuleSyntax.rule(rule)));
        Scenario without = live(order, attention, List.of());
        assertTrue(fires(with), rule + " never fired");
        assertNotEquals(results(without), results(with), rule + " changed nothing");
    }
}
