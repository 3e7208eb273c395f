package io.github.bitforbit.engine;

import io.github.bitforbit.rules.Negotiation;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.ProposalMode;
import io.github.bitforbit.rules.RuleSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The phase plan and where the talks stand in it (docs/ODD.md sections 7.3 and 7.4): the phases
 * agreed or still to come, the one under way, the offer awaiting an answer, and whose turn it is to
 * propose. Passive data plus the bookkeeping of adopting, deferring and remedying phases; the
 * decisions are the principals'.
 */
final class Plan {
    private RuleSet ruleSet;
    private Ledger ledger;
    /** The rule set's phases, compiled; rules that offer a phase refer to these. */
    PhaseTerms[] initial;
    final ArrayList<PhaseTerms> phases = new ArrayList<>();
    /** planned[i]: some phase holds concession i. */
    boolean[] planned;
    int next;
    /** The phase under way (null: none). */
    PhaseTerms current;
    int acceptedAt;
    /** The offer awaiting an answer (null: none) and who made it. */
    PhaseTerms pending;
    Principal pendingProposer;
    Principal proposer;
    boolean counterNext;
    /** A unilateral initiative lapsed: nothing more is proposed. */
    boolean halted;
    /**
     * Who was still owed something when the phase under way passed its deadline, judged before
     * the violations' restorations (null: no deadline passed); the one who walks out.
     */
    Principal owedAtLapse;

    void compile(RuleSet rs, Ledger l) {
        ruleSet = rs;
        ledger = l;
        initial = new PhaseTerms[rs.phases().size()];
        for (int i = 0; i < initial.length; i++) {
            initial[i] = PhaseTerms.of(rs.phases().get(i), l.index);
        }
        if (planned == null || planned.length != l.size) {
            planned = new boolean[l.size];
        }
    }

    void reset(Principal firstProposer) {
        Arrays.fill(planned, false);
        phases.clear();
        for (PhaseTerms b : initial) {
            phases.add(b);
            markPlanned(b);
        }
        next = 0;
        current = null;
        acceptedAt = -1;
        counterNext = false;
        proposer = firstProposer;
        pending = null;
        pendingProposer = null;
        halted = false;
        owedAtLapse = null;
    }

    private void markPlanned(PhaseTerms b) {
        for (int i : b.target) {
            planned[i] = true;
        }
        for (int i : b.sanctioner) {
            planned[i] = true;
        }
    }

    /** The next phase to offer; in negotiated mode, built when the plan runs out (null: none left). */
    PhaseTerms nextPlanned() {
        if (next < phases.size()) {
            return phases.get(next);
        }
        if (ruleSet.proposals() == ProposalMode.NEGOTIATED) {
            PhaseTerms built = buildNegotiated();
            if (built != null) {
                phases.add(built);
                markPlanned(built);
            }
            return built;
        }
        return null;
    }

    /** A phase built from the concessions no phase holds yet, within the rule set's bounds. */
    private PhaseTerms buildNegotiated() {
        Negotiation terms = ruleSet.negotiation();
        List<Integer> t = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < ledger.size; i++) {
            if (!planned[i]) {
                (ledger.targetOwned[i] ? t : s).add(i);
            }
        }
        if (t.isEmpty() && s.isEmpty()) {
            return null;
        }
        double[] deterrence = ledger.deterrence;
        t.sort((x, y) -> Double.compare(deterrence[x], deterrence[y]));
        s.sort((x, y) -> Double.compare(ledger.pairing(x), ledger.pairing(y)));
        List<Integer> give = new ArrayList<>();
        double received = 0;
        for (int i : t) {
            if (!give.isEmpty() && received + deterrence[i] > terms.maxBit() + 1e-12) {
                break;
            }
            give.add(i);
            received += deterrence[i];
        }
        List<Integer> take = new ArrayList<>();
        double given = 0;
        for (int i : s) {
            if (!take.isEmpty() && (received <= 0 || given / received >= terms.ratioLow())) {
                break;
            }
            if (!take.isEmpty() && received > 0 && (given + ledger.pairing(i)) / received > terms.ratioHigh()) {
                break;
            }
            take.add(i);
            given += ledger.pairing(i);
        }
        if (t.isEmpty()) {
            take = s;
        }
        if (s.isEmpty()) {
            give = t;
        }
        return new PhaseTerms("phase " + (phases.size() + 1), give.stream().mapToInt(Integer::intValue).toArray(),
                take.stream().mapToInt(Integer::intValue).toArray(), terms.order(), terms.deadline(),
                terms.verifyBeforeReward(), false);
    }

    /**
     * The offer becomes the phase under way. A counter-offer's left-out items are deferred to the
     * front of the next phase (or to a new last phase when there is none).
     */
    void adopt(PhaseTerms offer, int step) {
        PhaseTerms was = phases.get(next);
        if (offer != was) {
            phases.set(next, offer);
            int[] t = PhaseTerms.missing(was.target, offer.target);
            int[] s = PhaseTerms.missing(was.sanctioner, offer.sanctioner);
            if (next + 1 < phases.size()) {
                phases.set(next + 1, phases.get(next + 1).plus(t, s));
            } else {
                phases.add(new PhaseTerms(was.name + " rest", t, s, was.order, was.deadline, was.verify,
                        was.unilateral, was.notBefore));
            }
        }
        current = offer;
        acceptedAt = step;
        for (int i : offer.target) {
            ledger.phaseOf[i] = offer;
        }
        for (int i : offer.sanctioner) {
            ledger.phaseOf[i] = offer;
        }
    }

    /**
     * The counter-offer a party makes to phase {@code next} (null: none, it offers the phase as it
     * is). It gives only part of its own side; what it leaves out goes to the next phase. When
     * there is no next phase the left-out items would form a new last phase with nothing on the
     * other side, which MODEL.md forbids (an artifact: a phase no one accepts): then both sides are
     * halved instead, and with a side of one item there is no counter-offer. A unilateral phase is
     * one-sided by declaration.
     */
    PhaseTerms counterTo(PhaseTerms b, boolean counterIsTarget) {
        PhaseTerms smaller = b.smallerFor(counterIsTarget);
        if (smaller == null || b.unilateral || next + 1 < phases.size()) {
            return smaller;
        }
        return b.halved();
    }

    /** The phase under way is complete: the plan moves on. */
    void completeCurrent() {
        current = null;
        next++;
    }

    /** Puts a remedy phase next (after the phase under way or the pending offer, if any). */
    void insertRemedy(PhaseTerms remedy) {
        int at = current == null && pending == null ? next : next + 1;
        phases.add(Math.min(at, phases.size()), remedy);
        if (pending != null && at > next) {
            return;
        }
        pending = null;
    }

    /** Moves the plan to initial phase {@code k} if it is still in the plan and nothing is under way. */
    void offerInitial(int k) {
        if (k >= 0 && current == null && pending == null) {
            int at = phases.indexOf(initial[k]);
            if (at >= 0) {
                next = at;
            }
        }
    }

    /** What the talks are about now: the phase under way, the offer, or the next planned phase. */
    PhaseTerms upcoming() {
        if (current != null) {
            return current;
        }
        if (pending != null) {
            return pending;
        }
        return next < phases.size() && !halted ? phases.get(next) : null;
    }

    /** Nothing under way, nothing offered and no phase left. */
    boolean exhausted() {
        return current == null && pending == null && next >= phases.size()
                && (ruleSet.proposals() == ProposalMode.SCRIPTED || allPlanned());
    }

    private boolean allPlanned() {
        for (boolean p : planned) {
            if (!p) {
                return false;
            }
        }
        return true;
    }

    /** The target's part of b is done: performed and, where rewards wait for it, verified. */
    boolean targetSideDone(PhaseTerms b) {
        if (!ledger.allPerformed(b.target)) {
            return false;
        }
        if (b.verify && b.order == Order.TARGET_FIRST) {
            for (int i : b.target) {
                if (ledger.deterrence[i] > 0 && ledger.verifiability[i] > 0 && ledger.status[i] != Ledger.VERIFIED) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the target's side (or, with {@code target} false, the sanctioner's) of b is due now. */
    boolean due(PhaseTerms b, boolean target) {
        return switch (b.order) {
            case SIMULTANEOUS -> true;
            case TARGET_FIRST -> target || targetSideDone(b);
            case SANCTIONER_FIRST -> !target || ledger.allPerformed(b.sanctioner);
        };
    }

    /** Whether the target (rather than the sanctioner) is the one still owed something when b lapses. */
    boolean targetOwed(PhaseTerms b) {
        return switch (b.order) {
            case TARGET_FIRST -> ledger.allPerformed(b.target);
            case SANCTIONER_FIRST -> !ledger.allPerformed(b.sanctioner);
            default -> ledger.allPerformed(b.target);
        };
    }

    /** Whether the phase's proposer must be its first mover (unilateral initiatives). */
    static boolean targetMovesFirst(PhaseTerms b) {
        return b.order != Order.SANCTIONER_FIRST;
    }
}
