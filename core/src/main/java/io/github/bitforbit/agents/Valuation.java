package io.github.bitforbit.agents;

/**
 * The utility arithmetic of docs/ODD.md section 7.1, as pure functions. Flows are in utility units
 * per step (month); a value over time is a flow summed over steps with the party's discount
 * factor ({@link #annuity}). Capability and shares are in [0, 1].
 */
public final class Valuation {
    private Valuation() {
    }

    /**
     * Discounted number of steps, {@code A(n, d)} in docs/ODD.md section 7: what a flow of 1 per
     * step for {@code steps} steps is worth now, {@code sum_{t=0}^{steps-1} discount^t}.
     *
     * @param steps    how many steps the flow lasts; 0 or less gives 0
     * @param discount the party's discount factor per step, in (0, 1]; 1 gives {@code steps}
     * @return the discounted number of steps, between 0 and {@code steps}
     */
    public static double annuity(int steps, double discount) {
        if (steps <= 0) {
            return 0.0;
        }
        if (discount >= 1.0) {
            return steps;
        }
        return (1 - Math.pow(discount, steps)) / (1 - discount);
    }

    /**
     * Security utility per step of capability c: {@code theta * D * c^kappa}.
     *
     * @param theta           threat perception (&gt;= 0; baseline 1 by default)
     * @param deterrenceValue D, value of the full deterrent in utility units per step (&gt;= 0)
     * @param kappa           curvature (&gt; 0; below 1 the last weapons are worth the most)
     * @param capability      c, the share of the deterrent in place; negative counts as 0
     * @return utility units per step (&gt;= 0)
     */
    public static double security(double theta, double deterrenceValue, double kappa, double capability) {
        return theta * deterrenceValue * Math.pow(Math.max(0.0, capability), kappa);
    }

    /**
     * How exposed the target is per unit of threat: {@code D (1 - c^kappa)}, the deterrent value it
     * lacks. The target's security welfare per step is {@code -theta * D (1 - c^kappa)}, which
     * differs from {@code theta D c^kappa} by a constant for fixed theta, so the loss from giving up
     * capability is the same, but it also rises when the threat falls (assurances help).
     *
     * @param deterrenceValue D, value of the full deterrent in utility units per step (&gt;= 0)
     * @param kappa           curvature (&gt; 0)
     * @param capability      c, the share of the deterrent in place (clamped to [0, 1])
     * @return utility units per step per unit of threat perception, from 0 (full deterrent) to D
     */
    public static double exposureToThreat(double deterrenceValue, double kappa, double capability) {
        return deterrenceValue * (1 - Math.pow(Math.max(0.0, Math.min(1.0, capability)), kappa));
    }

    /**
     * Security lost per step by giving up {@code dc} of capability {@code c}:
     * {@code theta D (c^kappa - (c - dc)^kappa)}, capability not falling below 0.
     *
     * @param theta           threat perception (&gt;= 0)
     * @param deterrenceValue D, utility units per step (&gt;= 0)
     * @param kappa           curvature (&gt; 0)
     * @param capability      c, the share of the deterrent in place before the step
     * @param dc              the share the step removes (&gt;= 0)
     * @return utility units per step (&gt;= 0)
     */
    public static double securityLoss(double theta, double deterrenceValue, double kappa, double capability,
                                      double dc) {
        return security(theta, deterrenceValue, kappa, capability)
                - security(theta, deterrenceValue, kappa, Math.max(0.0, capability - dc));
    }

    /**
     * L(reversibility): the discounted steps over which a step's security loss counts: every
     * step it values ({@code remaining}) for an irreversible step, only the reversal time for a
     * reversible one.
     *
     * @param reversalSteps steps the target needs to undo the step (&gt;= 1; {@code Integer.MAX_VALUE}
     *                      for an irreversible one)
     * @param remaining     steps it values from now: {@code Integer.MAX_VALUE} for an unbounded
     *                      future, or the steps left before the horizon with a discount of 1
     * @param discount      the target's discount factor per step, in (0, 1]
     * @return {@code A(min(reversalSteps, remaining), discount)}, in discounted steps
     */
    public static double exposure(int reversalSteps, int remaining, double discount) {
        return annuity(Math.min(reversalSteps, remaining), discount);
    }

    /**
     * Sanctions pain per step: {@code P * weightInForce * (1 - leakage)}.
     *
     * @param sanctionsPain P, pain of the full regime in utility units per step (&gt;= 0)
     * @param weightInForce share of the full regime in force (or lifted, for relief), 0 to 1
     * @param leakage       share of the pain the patrons offset, 0 to 1
     * @return utility units per step (&gt;= 0)
     */
    public static double pain(double sanctionsPain, double weightInForce, double leakage) {
        return sanctionsPain * weightInForce * (1 - leakage);
    }

    /**
     * The sanctioner's political cost per step of a lifted tranche (or aid, or an assurance) of
     * base cost k per step:
     * {@code k * (1 + h (1 - trust)) * (1 - pressure) * (1 - protection)}, where protection is the
     * share of the cost a reliable snapback takes away.
     *
     * @param baseCost    k, the tranche's base political cost (utility per step, &gt;= 0)
     * @param hawkishness h, how much low trust raises the cost (&gt;= 0)
     * @param trust       the sanctioner's trust in the target, 0 to 1
     * @param pressure    the partners' combined pressure, a share in [0, 1)
     * @param protection  {@code rho * reliability}, the share of the cost snapback takes away, 0 to 1
     * @return utility per step (&gt;= 0), borne every step the relief is in force
     */
    public static double politicalCost(double baseCost, double hawkishness, double trust, double pressure,
                                       double protection) {
        return baseCost * (1 + hawkishness * (1 - trust)) * (1 - pressure) * (1 - protection);
    }

    /**
     * The share of a perpetual flow's discounted value that falls after a cheat is first caught,
     * when the cheated step is inspected each step with probability {@code verifiability} and a
     * cheat always raises the alarm: {@code 1 - (1 - d) / (1 - d (1 - v)) = d v / (1 - d + d v)}.
     * What snapback can take back from a cheater (or spare the sanctioner) is this share of the
     * relief's value; the rest is enjoyed (or paid for) before the cheat is found.
     *
     * @param verifiability v, per-step probability that the step is inspected, 0 to 1
     * @param discount      d, the valuer's discount factor per step, in (0, 1)
     * @return a share, 0 (never inspected) to 1 (d v much larger than 1 - d)
     */
    public static double afterDetection(double verifiability, double discount) {
        double dv = discount * verifiability;
        return dv <= 0 ? 0.0 : dv / (1 - discount + dv);
    }

    /**
     * Probability that an opportunist cheats on a step: a logit choice between the security it keeps
     * by cheating ({@code gain}) and the relief it expects to lose if caught ({@code penalty}),
     * {@code 1 / (1 + exp(-(gain - penalty) / (noise (gain + penalty))))}; 0 when there is nothing
     * to gain.
     *
     * @param gain    the security the target keeps by cheating on the step (utility, discounted)
     * @param penalty the relief it expects to lose if caught (utility, discounted; negative counts
     *                as 0 in the scale)
     * @param noise   sigma, the relative noise of the decision (&gt; 0); smaller is closer to a
     *                strict comparison
     * @return a probability, 0 to 1; 1/2 when gain and penalty are equal
     */
    public static double cheatProbability(double gain, double penalty, double noise) {
        if (gain <= 0) {
            return 0.0;
        }
        double scale = noise * (gain + Math.max(0.0, penalty));
        return 1.0 / (1.0 + Math.exp(-(gain - penalty) / scale));
    }
}
