package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.rules.RuleSet;

/**
 * The negotiation protocol (docs/ODD.md section 7.4): the principal whose turn it is offers the
 * next phase (a smaller one after a rejection, when counter-offers are allowed), if it is
 * attentive and its strategy finds the phase worth offering; the other answers. A unilateral
 * initiative needs no answer.
 */
final class Protocol {
    private final World world;
    private boolean counterOffers;

    Protocol(World world) {
        this.world = world;
    }

    void compile(RuleSet rs) {
        counterOffers = rs.counterOffers();
    }

    /** Stage 3. */
    void negotiate() {
        World w = world;
        Plan plan = w.plan;
        if (w.blocked() || plan.current != null || plan.halted || w.outcome != null) {
            return;
        }
        if (plan.pending != null) {
            respond(plan.pendingProposer, plan.pending);
            return;
        }
        PhaseTerms next = plan.nextPlanned();
        if (next == null || w.step < next.notBefore) {
            return;
        }
        Principal p = plan.proposer;
        if (!p.attentive()) {
            return;
        }
        PhaseTerms offer = next;
        boolean counter = plan.counterNext;
        if (plan.counterNext) {
            plan.counterNext = false;
            PhaseTerms smaller = plan.counterTo(next, p instanceof Target);
            if (smaller != null) {
                offer = smaller;
            }
        }
        if (offer.unilateral && (p instanceof Target) != Plan.targetMovesFirst(offer)) {
            plan.proposer = p.counterpart;
            return;
        }
        boolean offers = p.strategy.offers(p.situation(offer, false));
        p.counterpart.observeChoice(offer, offers, false);
        if (!offers) {
            plan.proposer = p.counterpart;
            return;
        }
        if (w.tracing) {
            w.record(new TraceEvent.Offered(w.step, p.id, offer.name, w.ledger.ids(offer.target),
                    w.ledger.ids(offer.sanctioner), counter));
        }
        if (offer.unilateral) {
            plan.adopt(offer, w.step);
            return;
        }
        plan.pending = offer;
        plan.pendingProposer = p;
        respond(p, offer);
    }

    private void respond(Principal p, PhaseTerms offer) {
        World w = world;
        Plan plan = w.plan;
        Principal r = p.counterpart;
        if (!r.attentive()) {
            return;
        }
        Situation v = r.situation(offer, false);
        boolean yes = r.strategy.responds(v);
        if (w.tracing) {
            w.record(new TraceEvent.Responded(w.step, r.id, offer.name, yes, v.surplus()));
        }
        p.observeChoice(offer, yes, true);
        plan.pending = null;
        if (yes) {
            plan.adopt(offer, w.step);
        } else {
            p.rejections++;
            plan.proposer = r;
            plan.counterNext = counterOffers;
        }
    }
}
