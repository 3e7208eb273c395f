package io.github.bitforbit.rules;

import io.github.bitforbit.model.Role;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.Validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The agreement design, the central configurable object of the model (MODEL.md section 2):
 * ordered phases, triggers, snapback and how proposals are made.
 *
 * @param name          a label, e.g. {@code "bit-for-bit"} or {@code "historical"}
 * @param phases        the phases in the order they are offered (may be empty in negotiated mode)
 * @param rules         triggers, checked in order in the rules stage of every step
 * @param snapback      whether a detected violation automatically restores the tranches of the
 *                      phase that the violated concession was part of
 * @param proposals     scripted or negotiated
 * @param counterOffers whether a responder that rejects may counter with a smaller bit (the
 *                      first half of the rejected phase on each side); all-or-nothing forbids it
 * @param firstProposer the principal that makes the first offer
 * @param negotiation   bounds of negotiated phases (used in negotiated mode only)
 */
public record RuleSet(String name, List<Phase> phases, List<Rule> rules, boolean snapback, ProposalMode proposals,
                      boolean counterOffers, Role firstProposer, Negotiation negotiation) implements AgreementDesign {

    public RuleSet {
        Validate.id("ruleSet.name", name);
        phases = Validate.list("ruleSet.phases", phases);
        rules = Validate.list("ruleSet.rules", rules);
        Validate.notNull("ruleSet.proposals", proposals);
        Validate.notNull("ruleSet.firstProposer", firstProposer);
        if (!firstProposer.isPrincipal()) {
            throw new IllegalArgumentException("ruleSet.firstProposer: " + firstProposer.label() + " is not a principal");
        }
        Validate.notNull("ruleSet.negotiation", negotiation);
        if (proposals == ProposalMode.SCRIPTED && phases.isEmpty()) {
            throw new IllegalArgumentException("ruleSet.phases: a scripted rule set needs at least one phase");
        }
        Set<String> names = new HashSet<>();
        for (Phase p : phases) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("ruleSet.phases: duplicate phase name '" + p.name() + "'");
            }
        }
    }

    /** A scripted rule set with the given phases and rules, the sanctioner proposing first. */
    public static RuleSet scripted(String name, List<Phase> phases, List<Rule> rules, boolean snapback) {
        return new RuleSet(name, phases, rules, snapback, ProposalMode.SCRIPTED, true, Role.SANCTIONER,
                Negotiation.DEFAULTS);
    }

    /** A copy under another name. */
    public RuleSet withName(String newName) {
        return new RuleSet(newName, phases, rules, snapback, proposals, counterOffers, firstProposer, negotiation);
    }

    /** A fixed rule set is its own design, whatever the scenario. */
    @Override
    public RuleSet ruleSetFor(Scenario scenario) {
        return this;
    }
}
