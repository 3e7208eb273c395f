package io.github.bitforbit.engine;

import sim.engine.SimState;

/** Stage 6: a rule's walk-out, a lapsed deadline, a trust floor, patience, a strategy; or the agreement enters into force. */
final class WalkOutStage extends StageStep {
    private static final long serialVersionUID = 1L;

    WalkOutStage(World w, Actor[] extra) {
        super(w, extra);
    }

    @Override
    public void step(SimState state) {
        walkOut();
        actors();
    }

    private void walkOut() {
        if (w.outcome != null) {
            return;
        }
        if (w.walkOut != null) {
            if (w.coalition && w.walkOut instanceof Sanctioner m) {
                // a rule's walk-out of one member: it leaves, and the rest of its side decides below
                w.leave(m, w.walkOutCause);
                w.walkOut = null;
                if (w.outcome != null) {
                    return;
                }
            } else {
                w.collapse(w.walkOut, w.walkOutCause);
                return;
            }
        }
        if (w.target.brokeOut) {
            // breaking its obligations in the open is leaving: after the rules answered it
            w.collapse(w.target, CollapseCause.VIOLATION);
            return;
        }
        Plan plan = w.plan;
        PhaseTerms b = plan.current;
        if (b != null && w.step >= plan.acceptedAt + b.deadline) {
            if (b.unilateral) {
                plan.halted = true;
                plan.current = null;
                if (w.tracing) {
                    w.record(new TraceEvent.Halted(w.step, b.name));
                }
            } else {
                Principal owed = plan.owedAtLapse != null ? plan.owedAtLapse
                        : plan.targetOwed(b) ? w.target : w.voice();
                w.collapse(owed, CollapseCause.DEADLINE);
                return;
            }
        }
        if (w.coalition) {
            coalitionWalkOut(plan);
            return;
        }
        Sanctioner s = w.sanctioner;
        Target t = w.target;
        if (s.lostTrust()) {
            w.collapse(s, CollapseCause.TRUST);
        } else if (t.lostTrust()) {
            w.collapse(t, CollapseCause.TRUST);
        } else if (!walksOut(w, s) && !walksOut(w, t) && plan.exhausted() && w.completedAt < 0) {
            // The agreement is now in force; the run goes on to the horizon, where it is
            // completed unless someone walked out of it by then.
            w.completedAt = w.step;
            if (w.tracing) {
                w.record(new TraceEvent.InForce(w.step));
            }
        }
    }

    /**
     * Stage 6 for a coalition: each member still in leaves if its trust fell below its floor,
     * then the target walks out if its trust in the side did; then each member may leave, and
     * the target walk out, for utility; the agreement enters into force if nobody left.
     */
    private void coalitionWalkOut(Plan plan) {
        boolean anyLeft = false;
        for (Sanctioner m : w.members) {
            if (!m.left && m.lostTrust()) {
                w.leave(m, CollapseCause.TRUST);
                anyLeft = true;
            }
        }
        if (w.outcome != null) {
            return;
        }
        if (w.target.lostTrust()) {
            w.collapse(w.target, CollapseCause.TRUST);
            return;
        }
        for (Sanctioner m : w.members) {
            if (!m.left && walksOut(w, m)) {
                anyLeft = true;
            }
        }
        if (w.outcome != null || walksOut(w, w.target)) {
            return;
        }
        if (!anyLeft && plan.exhausted() && w.completedAt < 0) {
            w.completedAt = w.step;
            if (w.tracing) {
                w.record(new TraceEvent.InForce(w.step));
            }
        }
    }

    /**
     * Ends the run if {@code p} has run out of patience or its strategy leaves; true if so. Out
     * of an agreement in force a principal leaves for utility only with cause: its counterpart
     * defected (an unresolved detection, a violation, a restoration or re-imposition) since the
     * last completed phase. Without cause, leaving would itself be the violation, which the
     * model leaves to the types' hazards and choices.
     */
    private static boolean walksOut(World w, Principal p) {
        if (w.completedAt >= 0 && !p.defected) {
            p.lossStreak = 0;
            return false;
        }
        CollapseCause cause = p.impatience();
        if (cause == null && p.strategyWalksOut()) {
            cause = CollapseCause.UTILITY;
        }
        if (cause == null) {
            return false;
        }
        if (w.coalition && p instanceof Sanctioner m) {
            w.leave(m, cause);
        } else {
            w.collapse(p, cause);
        }
        return true;
    }
}
