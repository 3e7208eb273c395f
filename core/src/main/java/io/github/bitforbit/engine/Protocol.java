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
        givers = new Sanctioner[world.members.length + 1][];
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
        Principal p = speaker(plan.proposer);
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
        if (!offers(p, offer)) {
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

    /** Who speaks for the proposing side: the target, or the sanctioning side's {@link World#voice()}. */
    private Principal speaker(Principal proposer) {
        return proposer instanceof Sanctioner ? world.voice() : proposer;
    }

    /**
     * Whether the proposing side offers phase b. The target decides alone, and every member still
     * in sees its choice. A sanctioning side offers only if every member that gives something in
     * it would (the speaker alone for a phase that asks nothing of the side), each seen by the
     * target; the first that would not ends the asking.
     */
    private boolean offers(Principal p, PhaseTerms b) {
        World w = world;
        if (p instanceof Target t) {
            boolean yes = t.strategy.offers(t.situation(b, false));
            membersSee(t, b, yes, false);
            return yes;
        }
        for (Sanctioner g : givers(b, (Sanctioner) p)) {
            boolean yes = g.strategy.offers(g.situation(b, false));
            w.target.observeChoice(g, b, yes, false);
            if (!yes) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every member still in updates its belief on the target's choice about phase b; the
     * likelihoods of that choice depend on the target and the public history only, so they are
     * computed once for all members.
     */
    private void membersSee(Target t, PhaseTerms b, boolean took, boolean answer) {
        boolean computed = false;
        for (Sanctioner m : world.members) {
            if (!m.left) {
                if (!computed) {
                    t.choiceLikelihoods(b, seen);
                    computed = true;
                }
                m.learnChoice(t, b, took, answer, seen);
            }
        }
    }

    /** The target's likelihoods of its last choice, as the members see it (reused: no allocation). */
    private final double[] seen = new double[2];

    /**
     * The members still in that give something in phase b, in order; the speaker alone when none
     * does (and always for a side of one principal). Allocates only for a coalition.
     */
    private Sanctioner[] givers(PhaseTerms b, Sanctioner speaker) {
        World w = world;
        if (!w.coalition) {
            return single(speaker);
        }
        Sanctioner[] members = w.members;
        int n = 0;
        for (Sanctioner m : members) {
            if (!m.left && m.side(b).length > 0 && !w.ledger.allWithdrawn(m.side(b))) {
                n++;
            }
        }
        if (n == 0) {
            return single(speaker);
        }
        if (givers[n] == null) {
            givers[n] = new Sanctioner[n];
        }
        Sanctioner[] out = givers[n];
        int k = 0;
        for (Sanctioner m : members) {
            if (!m.left && m.side(b).length > 0 && !w.ledger.allWithdrawn(m.side(b))) {
                out[k++] = m;
            }
        }
        return out;
    }

    /** givers[n]: a reused array of n members (no allocation per offer); [1] also holds the speaker alone. */
    private Sanctioner[][] givers = new Sanctioner[2][];

    private Sanctioner[] single(Sanctioner s) {
        if (givers[1] == null) {
            givers[1] = new Sanctioner[1];
        }
        givers[1][0] = s;
        return givers[1];
    }

    /**
     * The answer to an offer. The target answers alone; facing a sanctioning side's offer, each
     * member still in sees the answer. To the target's offer every member that gives something in
     * it must say yes: all must attend this step (else no answer yet), and the first refusal
     * rejects it.
     */
    private void respond(Principal p, PhaseTerms offer) {
        World w = world;
        Plan plan = w.plan;
        boolean yes;
        Principal r;
        if (p instanceof Target t) {
            Sanctioner[] givers = givers(offer, w.voice());
            for (Sanctioner g : givers) {
                if (!g.attentive()) {
                    return;
                }
            }
            yes = true;
            for (Sanctioner g : givers) {
                Situation v = g.situation(offer, false);
                boolean ok = g.strategy.responds(v);
                if (w.tracing) {
                    w.record(new TraceEvent.Responded(w.step, g.id, offer.name, ok, v.surplus()));
                }
                t.observeChoice(g, offer, ok, true);
                if (!ok) {
                    yes = false;
                    break;
                }
            }
            r = w.voice();
        } else {
            r = w.target;
            if (!r.attentive()) {
                return;
            }
            Situation v = r.situation(offer, false);
            yes = r.strategy.responds(v);
            if (w.tracing) {
                w.record(new TraceEvent.Responded(w.step, r.id, offer.name, yes, v.surplus()));
            }
            membersSee(w.target, offer, yes, true);
        }
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
