package io.github.bitforbit.rules;

import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.Terms;
import io.github.bitforbit.validation.Validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The agreement design, the central configurable object of the model (docs/ODD.md sections 2 and
 * 7.3 to 7.7): ordered phases, triggers, snapback and how proposals are made.
 *
 * @param name          a label, e.g. {@code "bit-for-bit"} or {@code "historical"}
 * @param phases        the phases in the order they are offered (may be empty in negotiated mode)
 * @param rules         triggers, checked in order in the rules stage of every step
 * @param snapback      whether a detection on a step of an already completed phase restores the
 *                      tranches that phase lifted (as their snapback modes and the veto points
 *                      allow) and puts a remedy phase next; inside the phase under way a
 *                      detected step is simply due again
 * @param proposals     scripted or negotiated
 * @param counterOffers whether a responder that rejects may counter with a smaller bit (the
 *                      rejected phase with the counter-proposer giving only the first half of
 *                      its own side); all-or-nothing forbids it
 * @param firstProposer the principal that makes the first offer
 * @param negotiation   bounds of negotiated phases (used in negotiated mode only)
 */
public record RuleSet(String name, List<Phase> phases, List<Rule> rules, boolean snapback, ProposalMode proposals,
                      boolean counterOffers, Role firstProposer, Negotiation negotiation) implements AgreementDesign {

    /**
     * Checks the rule set on its own; whether it fits a scenario is {@link RuleSetCheck}'s job.
     *
     * @param name          a label: printable text on one line
     * @param phases        the phases (at least one if scripted; names unique)
     * @param rules         the triggers
     * @param snapback      whether detections restore what completed phases bought
     * @param proposals     scripted or negotiated (not null)
     * @param counterOffers whether a rejection may be answered with a smaller bit
     * @param firstProposer the sanctioner or the target
     * @param negotiation   bounds of negotiated phases (not null)
     * @throws IllegalArgumentException if a part is missing, the first proposer is not a principal,
     *                                  a scripted rule set has no phase or two phases share a name
     */
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

    /**
     * A scripted rule set with counter-offers allowed, the sanctioner proposing first.
     *
     * @param name     a label, e.g. {@code "historical"}
     * @param phases   the phases, offered in this order (at least one)
     * @param rules    the triggers
     * @param snapback whether detections restore what completed phases bought
     * @return the rule set
     * @throws IllegalArgumentException as the constructor does
     */
    public static RuleSet scripted(String name, List<Phase> phases, List<Rule> rules, boolean snapback) {
        return new RuleSet(name, phases, rules, snapback, ProposalMode.SCRIPTED, true, Role.SANCTIONER,
                Negotiation.DEFAULTS);
    }

    /**
     * A copy under another name, e.g. to keep a template's rule set as a scenario's own.
     *
     * @param newName the new label
     * @return the copy, everything else unchanged
     */
    public RuleSet withName(String newName) {
        return new RuleSet(newName, phases, rules, snapback, proposals, counterOffers, firstProposer, negotiation);
    }

    /**
     * A fixed rule set is its own design, whatever the scenario.
     *
     * @param terms    any scenario (ignored; {@link RuleSetCheck} says whether it fits)
     * @return this rule set
     */
    @Override
    public RuleSet ruleSetFor(Terms terms) {
        return this;
    }
}
