package io.github.bitforbit.rules;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import io.github.bitforbit.validation.Warning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Warnings about designs that are valid but cannot act as written. */
class DesignWarningsTest {

    static Scenario with(List<Phase> phases, List<String> rules) {
        RuleSet rs = RuleSet.scripted("mine", phases, rules.stream().map(RuleSyntax::rule).toList(), true);
        return Scenario.builder("w")
                .sanctioner("USA", p -> { })
                .target("DPRK", p -> { })
                .disarmament("freeze", 0.2, 3, 0.8)
                .disarmament("remains", 0.0, DisarmamentStep.IRREVERSIBLE, 0.0)
                .tranche("coal", 0.3, SnapbackMode.AUTOMATIC)
                .tranche("reactors", 0.3, SnapbackMode.NONE)
                .concession(new SanctionTranche("oil", "USA", 0.3, SnapbackMode.AUTOMATIC, 0.3, Reimposition.NEVER))
                .ruleSet(rs)
                .design(rs)
                .build();
    }

    private static List<String> paths(Scenario s) {
        return s.warnings().stream().map(Warning::path).toList();
    }

    @Test
    void aDesignThatCanActHasNoWarning() {
        Scenario s = with(List.of(new Phase("p", List.of("freeze"), List.of("coal", "oil", "reactors"), Order.TARGET_FIRST,
                6, true, false)), List.of("when detected(freeze) then restore(coal)", "when violated(freeze) then restore(oil)",
                "when violated(coal) then walk-out(DPRK)"));
        assertEquals(List.of(), s.warnings());
    }

    @Test
    void aPhaseInWhichASideGivesNothingItsCounterpartValuesIsWarnedAbout() {
        Scenario s = with(List.of(new Phase("gesture", List.of("remains"), List.of("coal"), Order.TARGET_FIRST, 6, false,
                false), new Phase("empty", List.of("freeze"), List.of(), Order.TARGET_FIRST, 6, false, false)), List.of());
        assertEquals(List.of("ruleSets.mine.phases.gesture.target", "ruleSets.mine.phases.empty.sanctioner"), paths(s));
        // a declared unilateral (GRIT) step may leave a side empty
        Scenario grit = with(List.of(new Phase("g", List.of(), List.of("coal"), Order.SANCTIONER_FIRST, 6, false, true)),
                List.of());
        assertEquals(List.of(), grit.warnings());
    }

    @Test
    void aRuleWhoseEventCanNeverHappenIsWarnedAbout() {
        Scenario s = with(List.of(new Phase("p", List.of("freeze"), List.of("coal", "oil", "reactors"), Order.TARGET_FIRST,
                6, true, false)), List.of("when violated(oil) then walk-out(DPRK)", "when detected(remains) then suspend",
                "when violated(remains) then suspend", "when restored(reactors) then suspend"));
        assertEquals(List.of("ruleSets.mine.rules[0].when", "ruleSets.mine.rules[1].when", "ruleSets.mine.rules[2].when",
                "ruleSets.mine.rules[3].when"), paths(s));
        assertTrue(s.warnings().get(0).message().contains("reimposable: never"), s.warnings().get(0).message());
    }

    @Test
    void aRestoreOfATrancheWithoutSnapbackIsWarnedAbout() {
        Scenario s = with(List.of(new Phase("p", List.of("freeze"), List.of("coal", "reactors"), Order.TARGET_FIRST, 6, true,
                false)), List.of("when detected(freeze) then restore(reactors)"));
        assertEquals(List.of("ruleSets.mine.rules[0].then"), paths(s));
    }
}
