package io.github.bitforbit.engine;

import io.github.bitforbit.agents.QuantalResponse;
import io.github.bitforbit.agents.TrustBelief;
import io.github.bitforbit.agents.Valuation;

/**
 * The target's continuing obligations (docs/ODD.md section 7.3; MODEL.md 2 and 3, step 4): every
 * step, those in force are kept, broken in the open, or (by an opportunist) resumed covertly; and
 * what the sanctioner can tell from it. The target decides; the sanctioner's side of it is the
 * hidden-state filter {@link #resumedIfOpportunist} that its inspections read.
 */
final class Obligations {
    private static final int KEEP = 0;
    private static final int BREAK = 1;
    private static final int COVERT = 2;

    private final World world;
    private final Target target;
    private final double[] observed = new double[3];
    private final double[] observedCooperative = new double[3];
    private final double[] own = new double[3];
    private final double[] values = new double[3];

    /**
     * The sanctioner's filter (MODEL.md 4.3): the probability that the target has covertly
     * resumed its obligations in force, if it is an opportunist. Resumption is of all of them at
     * once, so one clean reading of any of them sets it to 0.
     */
    double resumedIfOpportunist;

    Obligations(World world, Target target) {
        this.world = world;
        this.target = target;
    }

    void reset() {
        resumedIfOpportunist = 0;
    }

    /** Step i as the sanctioner sees it: a continuing step performed and not undone in the open. */
    static boolean seenInForce(Ledger l, int i) {
        return l.continuing[i] && (l.status[i] == Ledger.PERFORMED || l.status[i] == Ledger.VERIFIED);
    }

    /** Step i really in force: seen so, and performed honestly and not resumed covertly. */
    boolean inForce(int i) {
        return target.removed[i] && seenInForce(world.ledger, i);
    }

    /**
     * Stage 4, after the sanctioner's re-impositions. Keeping, breaking in the open (going back to
     * testing: {@code outside}) and resuming covertly (the security comes back at once while the
     * relief stays until a reading catches it, then as if back to testing) are chosen by quantal
     * response (a multinomial logit at its precision) on their values; a security-seeker keeps
     * what it accepted unless the sanctioner has defected since, and never cheats. Whether the
     * obligations were broken is public and Bayesian evidence; a covert resumption is seen only by
     * an inspection, so the sanctioner carries it in its filter.
     */
    void step() {
        World w = world;
        Ledger l = w.ledger;
        Target t = target;
        if (w.outcome != null) {
            return;
        }
        boolean seen = false;
        boolean real = false;
        boolean asSeen = true;
        for (int i : l.disarms) {
            boolean seenI = seenInForce(l, i);
            boolean realI = inForce(i);
            seen |= seenI;
            real |= realI;
            asSeen &= seenI == realI;
        }
        if (!seen) {
            return;
        }
        boolean freed = t.defected;
        // the observer's choice models, at the declared capability and the obligations it sees
        choose(false, t.declared, true, true, observed);
        double breakIfOpportunist = observed[BREAK];
        double breakIfSecuritySeeker = 0;
        if (freed) {
            choose(true, t.declared, false, true, observedCooperative);
            breakIfSecuritySeeker = observedCooperative[BREAK];
        }
        int action = KEEP;
        if (real && (!t.cooperative || freed)) {
            if (asSeen && t.declared == t.capability) {
                // nothing faked or resumed: its own choice is the one the observer models
                System.arraycopy(t.cooperative ? observedCooperative : observed, 0, own, 0, 3);
            } else {
                choose(t.cooperative, t.capability, !t.cooperative, false, own);
            }
            if (own[BREAK] + own[COVERT] > 0) {
                double u = w.random.nextDouble();
                action = u < own[BREAK] ? BREAK : u < own[BREAK] + own[COVERT] ? COVERT : KEEP;
            }
        }
        boolean breaks = action == BREAK;
        String reason = !w.tracing ? null : breaks ? "obligations openly broken" : "obligations kept";
        for (Sanctioner s : w.members) {
            if (!s.left) {
                s.believe(TrustBelief.update(s.trust, breaks ? breakIfSecuritySeeker : 1 - breakIfSecuritySeeker,
                        breaks ? breakIfOpportunist : 1 - breakIfOpportunist), reason);
            }
        }
        if (!breaks && breakIfOpportunist < 1) {
            double r = resumedIfOpportunist;
            resumedIfOpportunist = r + (1 - r) * Math.min(1.0, observed[COVERT] / (1 - breakIfOpportunist));
        }
        if (breaks) {
            t.brokeOut = true;
            for (int i : l.disarms) {
                if (seenInForce(l, i)) {
                    broken(i);
                }
            }
        } else if (action == COVERT) {
            for (int i : l.disarms) {
                if (inForce(i)) {
                    resumed(i);
                }
            }
        }
    }

    /**
     * The probabilities of keeping, breaking and resuming covertly ({@code out}), for the target
     * valued as type {@code securitySeeker} at capability {@code c}, with the obligations the
     * sanctioner sees ({@code asSeen}) or those really in force.
     */
    private void choose(boolean securitySeeker, double c, boolean covertPossible, boolean asSeen, double[] out) {
        Target t = target;
        double realCapability = t.capability;
        double realScale = t.typeScale;
        t.capability = c;
        t.typeScale = t.typeScale(securitySeeker);
        values[KEEP] = t.continuing();
        values[BREAK] = t.outside();
        values[COVERT] = covertPossible ? covert(values[KEEP], values[BREAK], asSeen) : Double.NEGATIVE_INFINITY;
        t.capability = realCapability;
        t.typeScale = realScale;
        logit(t.lambda, out);
    }

    /**
     * Resuming covertly: the security of the capability regained at once, with the relief, until
     * the first reading of one of the steps catches it; then, as after a break, back to testing.
     * {@code q} is the share of the future after that first reading (docs/ODD.md 7.1).
     */
    private double covert(double keep, double back, boolean asSeen) {
        Target t = target;
        Ledger l = world.ledger;
        double regained = 0;
        double unseen = 1;
        for (int i : l.disarms) {
            if (asSeen ? seenInForce(l, i) : inForce(i)) {
                regained += l.deterrence[i];
                unseen *= 1 - l.verifiability[i];
            }
        }
        if (regained <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double exposed = Valuation.exposureToThreat(t.securityValue(), t.kappa, t.capability);
        double exposedAfter = Valuation.exposureToThreat(t.securityValue(), t.kappa,
                Math.min(1.0, t.capability + regained));
        double gain = t.annuity(t.planning()) * t.theta() * (exposed - exposedAfter);
        double v = 1 - unseen;
        double q = t.afterDetection(v);
        return (1 - q) * (keep + gain) + q * back;
    }

    /** The multinomial logit of {@link #values} at precision lambda (the best response at infinity, ties kept). */
    private void logit(double lambda, double[] out) {
        double best = Math.max(values[KEEP], Math.max(values[BREAK], values[COVERT]));
        if (QuantalResponse.isBestResponse(lambda)) {
            int k = values[KEEP] >= best ? KEEP : values[BREAK] >= best ? BREAK : COVERT;
            out[KEEP] = k == KEEP ? 1 : 0;
            out[BREAK] = k == BREAK ? 1 : 0;
            out[COVERT] = k == COVERT ? 1 : 0;
            return;
        }
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            out[k] = values[k] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lambda * (values[k] - best));
            sum += out[k];
        }
        for (int k = 0; k < 3; k++) {
            out[k] /= sum;
        }
    }

    /** Undoes step i in the open: capability back (unless resumed already), a violation, snapback as the rules allow. */
    private void broken(int i) {
        World w = world;
        Ledger l = w.ledger;
        Target t = target;
        if (t.removed[i]) {
            t.capability = Math.min(1.0, t.capability + l.deterrence[i]);
        }
        t.removed[i] = false;
        t.cheated[i] = false;
        t.declared = Math.min(1.0, t.declared + l.deterrence[i]);
        w.violations++;
        w.targetDefected();
        w.log.emit(EventLog.VIOLATED, i);
        w.log.emit(EventLog.BROKEN, i);
        if (w.tracing) {
            w.record(new TraceEvent.Violated(w.step, l.id[i], "openly broken by " + t.id));
        }
    }

    /** Resumes step i covertly: capability back, the step a cheat that an inspection will catch. */
    private void resumed(int i) {
        World w = world;
        Ledger l = w.ledger;
        Target t = target;
        t.removed[i] = false;
        t.cheated[i] = true;
        t.cheatedEver = true;
        t.capability = Math.min(1.0, t.capability + l.deterrence[i]);
        w.violations++;
        if (w.tracing) {
            w.record(new TraceEvent.Violated(w.step, l.id[i], "covertly resumed by " + t.id));
        }
    }
}
