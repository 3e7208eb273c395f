package io.github.bitforbit.model;

import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.validation.Problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Core reports what is wrong with a scenario as data: a dotted path and a message, not a string to re-parse. */
class ProblemsTest {

    @Test
    void problemsCarryTheirPathAndMessageSeparately() {
        Scenario s = Demo.scenario(0.5);
        RuleSet base = Template.BIT_FOR_BIT.ruleSetFor(s);
        RuleSet bad = new RuleSet("mine", base.phases(), List.of(RuleSyntax.rule("when detected(nowhere) then suspend")),
                base.snapback(), base.proposals(), base.counterOffers(), base.firstProposer(), base.negotiation());
        List<Problem> issues = s.withDesign(Template.BIT_FOR_BIT).issues();
        assertEquals(List.of(), issues);
        List<Problem> found = io.github.bitforbit.rules.RuleSetCheck.issues(bad, s);
        assertEquals(1, found.size(), found.toString());
        assertEquals("ruleSets.mine.rules[0].when", found.get(0).path());
        assertTrue(found.get(0).message().startsWith("unknown concession 'nowhere'"), found.get(0).message());
        assertEquals(found.get(0).path() + ": " + found.get(0).message(), found.get(0).toString());
    }
}
