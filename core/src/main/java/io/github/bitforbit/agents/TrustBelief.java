package io.github.bitforbit.agents;

/**
 * Bayes' rule for a principal's belief that its counterpart is of the cooperative type
 * (docs/ODD.md section 7.2): {@code b' = b P(o|C) / (b P(o|C) + (1 - b) P(o|other))}.
 *
 * <p>The likelihoods come from the types' behaviour and the verification accuracy. An inspection
 * of a disarmament step reads "clean" or "alarm"; a cooperative target never cheats, an
 * opportunist cheats on that step with probability {@code pCheat}; a cheated step always raises
 * the alarm when inspected, an honest one does so falsely with probability {@code falseAlarm}.
 * Because an opportunist cheats most where cheating pays most, a clean reading of a costly step
 * moves trust far and a cheap one barely (Kydd's costly signals emerge rather than being coded).
 */
public final class TrustBelief {
    private TrustBelief() {
    }

    /**
     * The posterior after an observation with the given likelihoods under each type.
     * Returns the prior unchanged when both likelihoods are 0.
     *
     * @param prior                 belief before, that the counterpart is cooperative, 0 to 1
     * @param likelihoodCooperative probability of the observation if it is cooperative, 0 to 1
     * @param likelihoodOther       probability of the observation if it is not, 0 to 1
     * @return the belief after, 0 to 1
     */
    public static double update(double prior, double likelihoodCooperative, double likelihoodOther) {
        double num = prior * likelihoodCooperative;
        double den = num + (1 - prior) * likelihoodOther;
        if (den <= 0) {
            return prior;
        }
        return Math.min(1.0, Math.max(0.0, num / den));
    }

    /**
     * After a conclusive inspection of a target's step.
     *
     * @param prior      belief that the target is a security-seeker
     * @param alarm      whether the inspection reported cheating
     * @param pCheat     probability that an opportunist would have cheated on this step
     * @param falseAlarm probability that an honest step is reported as cheating
     * @return the belief after the reading, 0 to 1: lower after an alarm, higher after a clean
     *         reading (unchanged if {@code pCheat} is 0)
     */
    public static double afterInspection(double prior, boolean alarm, double pCheat, double falseAlarm) {
        double alarmIfCooperative = falseAlarm;
        double alarmIfOpportunist = pCheat + (1 - pCheat) * falseAlarm;
        return alarm
                ? update(prior, alarmIfCooperative, alarmIfOpportunist)
                : update(prior, 1 - alarmIfCooperative, 1 - alarmIfOpportunist);
    }

    /**
     * After a step in which a lifted tranche either stayed lifted or was re-imposed without cause.
     *
     * @param prior            belief that the sanctioner is committed
     * @param reimposed        whether it was re-imposed without cause
     * @param committedHazard  per-step probability that a committed sanctioner re-imposes
     * @param waveringHazard   per-step probability that a wavering sanctioner re-imposes
     * @return the belief after the step, 0 to 1
     */
    public static double afterHolding(double prior, boolean reimposed, double committedHazard, double waveringHazard) {
        return reimposed
                ? update(prior, committedHazard, waveringHazard)
                : update(prior, 1 - committedHazard, 1 - waveringHazard);
    }
}
