package io.github.bitforbit.engine;

import io.github.bitforbit.agents.TrustBelief;

/**
 * The target's beliefs about the members of a sanctioning coalition (docs/ODD.md 7.11): one per
 * member, that it is committed, in [0, 1]; the first member's is the target's own {@code trust},
 * so that a side of one principal keeps the version-1 state. Evidence about one member moves the
 * belief about each other member still in by the same likelihoods raised to the target's
 * {@code correlation}.
 */
final class MemberBeliefs {
    private final Target target;
    /** trust[m] for m &gt;= 1 (index 0 unused: the target's {@code trust}). */
    private double[] trust = new double[0];
    /** weight[m]: what member m gives in all (tranche weights, aid values, assurances' pain relief and threat reduction). */
    private double[] weight = new double[0];
    /**
     * Counts the changes to what {@link #forPhase} and {@link #side()} read, other than the
     * target's own {@code trust} (compared directly): a belief about a later member, a member
     * leaving (its items withdrawn), a new run. The target asks for the same belief many times a
     * step (each valuation of a phase), so it is computed again only when something changed.
     */
    private int stamp;
    private PhaseTerms phaseAsked;
    private int phaseStamp = -1;
    private double phaseFirst;
    private double phaseValue;
    private int sideStamp = -1;
    private double sideFirst;
    private double sideValue;

    MemberBeliefs(Target target) {
        this.target = target;
    }

    void allocate(Ledger l, int members) {
        trust = new double[members];
        weight = new double[members];
        stamp++;
        for (int i = 0; i < l.size && members > 0; i++) {
            if (l.owner[i] >= 0) {
                weight[l.owner[i]] += given(l, i);
            }
        }
    }

    void reset(double initial) {
        java.util.Arrays.fill(trust, initial);
        stamp++;
    }

    /** A member left: its items are withdrawn and it no longer counts in the side. */
    void memberLeft() {
        stamp++;
    }

    private static double given(Ledger l, int i) {
        return l.weight[i] + l.aidValue[i] + l.painRelief[i] + l.threatReduction[i];
    }

    /** Its belief that member m is committed, in [0, 1]. */
    double of(int m) {
        return m == 0 ? target.trust : trust[m];
    }

    /** Bayes' rule on evidence about member m, and tempered by the correlation on the others still in. */
    void learn(int m, double lc, double lo, String reason) {
        World w = target.world;
        Sanctioner[] members = w.members;
        double rho = target.correlation;
        for (int k = 0; k < members.length; k++) {
            if (k != m && (members[k].left || rho <= 0)) {
                continue;
            }
            double c = k == m ? lc : temper(lc, rho);
            double o = k == m ? lo : temper(lo, rho);
            double posterior = TrustBelief.update(of(k), c, o);
            if (k == 0) {
                target.believe(posterior, reason);
            } else {
                double before = trust[k];
                trust[k] = Math.min(1.0, Math.max(0.0, posterior));
                stamp++;
                if (w.tracing && before != trust[k]) {
                    w.record(new TraceEvent.TrustChanged(w.step, target.id, members[k].id, before, trust[k], reason));
                }
            }
        }
    }

    /** {@code x^rho}, without a {@code Math.pow} for the common exponents (the default 0.5, and 1). */
    private static double temper(double x, double rho) {
        return rho == 1.0 ? x : rho == 0.5 ? Math.sqrt(x) : Math.pow(x, rho);
    }

    /** Its beliefs about the givers of phase b still in, weighted by what each gives in b; {@link #side()} if none. */
    double forPhase(PhaseTerms b) {
        if (b == phaseAsked && phaseStamp == stamp && phaseFirst == target.trust) {
            return phaseValue;
        }
        phaseValue = computeForPhase(b);
        phaseAsked = b;
        phaseStamp = stamp;
        phaseFirst = target.trust;
        return phaseValue;
    }

    private double computeForPhase(PhaseTerms b) {
        Ledger l = target.world.ledger;
        double sum = 0;
        double weights = 0;
        for (int i : b.sanctioner) {
            if (l.status[i] != Ledger.WITHDRAWN) {
                double g = given(l, i);
                sum += g * of(l.owner[i]);
                weights += g;
            }
        }
        return weights > 0 ? sum / weights : side();
    }

    /** Its beliefs about the members still in, weighted by what each gives in all (equally if none gives anything). */
    double side() {
        if (sideStamp != stamp || sideFirst != target.trust) {
            sideValue = computeSide();
            sideStamp = stamp;
            sideFirst = target.trust;
        }
        return sideValue;
    }

    private double computeSide() {
        double sum = 0;
        double weights = 0;
        double plain = 0;
        int in = 0;
        for (Sanctioner m : target.world.members) {
            if (!m.left) {
                sum += weight[m.member] * of(m.member);
                weights += weight[m.member];
                plain += of(m.member);
                in++;
            }
        }
        return weights > 0 ? sum / weights : in > 0 ? plain / in : target.trust;
    }
}
