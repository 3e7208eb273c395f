package io.github.bitforbit.examples;

import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.rules.TemplateSource;

import java.util.List;

/** A template of one's own: bit-for-bit's phases and rules, without snapback. */
public final class NoSnapbackTemplates implements TemplateSource {
    @Override
    public List<Template> templates() {
        return List.of(Template.of("bit-for-bit-no-snapback", "bit-for-bit's pairs, but nothing is ever restored",
                s -> {
                    RuleSet b = Template.BIT_FOR_BIT.ruleSetFor(s);
                    return new RuleSet("bit-for-bit-no-snapback", b.phases(), b.rules(), false, b.proposals(),
                            b.counterOffers(), b.firstProposer(), b.negotiation());
                }));
    }
}
