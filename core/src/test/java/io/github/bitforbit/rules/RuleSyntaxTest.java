package io.github.bitforbit.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSyntaxTest {

    @Test
    void parsesEveryConditionAndAction() {
        assertEquals(new Rule(new Condition.Violated("test-freeze"), new Action.Restore("textiles")),
                RuleSyntax.rule("when violated(test-freeze) then restore(textiles)"));
        assertEquals(new Condition.StepAtLeast(12), RuleSyntax.condition("step >= 12"));
        assertEquals(new Condition.TrustBelow("USA", "DPRK", 0.1), RuleSyntax.condition("trust(USA, DPRK) < 0.1"));
        assertEquals(new Action.Suspend(1), RuleSyntax.action("suspend"));
        assertEquals(new Action.Suspend(3), RuleSyntax.action("suspend(3)"));
        assertEquals(new Action.WalkOut("USA"), RuleSyntax.action("walk-out(USA)"));
        assertEquals(new Action.Offer("phase 2"), RuleSyntax.action("offer(phase 2)"));
    }

    @Test
    void textRoundTrips() {
        for (String text : new String[]{"when detected(yongbyon) then walk-out(USA)", "when step >= 24 then suspend(2)",
                "when trust(DPRK, USA) < 0.1 then walk-out(DPRK)", "when completed(arsenal) then lift(oil)",
                "when restored(coal) then offer(phase 1)", "when verified(x) then lift(y)"}) {
            assertEquals(text, RuleSyntax.rule(text).toString());
        }
    }

    @Test
    void errorsSayWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSyntax.condition("broken(x)"));
        assertTrue(e.getMessage().startsWith("'broken(x)' is not a condition"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RuleSyntax.rule("if x then y"));
        assertTrue(e.getMessage().contains("expected 'when CONDITION then ACTION'"), e.getMessage());
    }
}
