package io.github.bitforbit.agents;

/**
 * The utility arithmetic of MODEL.md section 4, as pure functions (units: utility per step,
 * summed over steps with the party's discount factor).
 */
public final class Valuation {
    private Valuation() {
    }

    /** Discounted number of steps: {@code sum_{t=0}^{steps-1} discount^t} (0 for steps <= 0). */
    public static double annuity(int steps, double discount) {
        if (steps <= 0) {
            return 0.0;
        }
        if (discount >= 1.0) {
            return steps;
        }
        return (1 - Math.pow(discount, steps)) / (1 - discount);
    }

    /** Security utility per step of capability c: {@code theta * D * c^kappa}. */
    public static double security(double theta, double deterrenceValue, double kappa, double capability) {
        return theta * deterrenceValue * Math.pow(Math.max(0.0, capability), kappa);
    }

    /**
     * How exposed the target is per unit of threat: {@code D (1 - c^kappa)}, the deterrent value it
     * lacks. The target's security welfare per step is {@code -theta * D (1 - c^kappa)}, which
     * differs from {@code theta D c^kappa} by a constant for fixed theta, so the loss from giving up
     * capability is the same, but it also rises when the threat falls (assurances help).
     */
    public static double exposureToThreat(double deterrenceValue, double kappa, double capability) {
        return deterrenceValue * (1 - Math.pow(Math.max(0.0, Math.min(1.0, capability)), kappa));
    }

    /** Security lost per step by giving up dc of capability c: {@code theta D (c^kappa - (c - dc)^kappa)}. */
    public static double securityLoss(double theta, double deterrenceValue, double kappa, double capability,
                                      double dc) {
        return security(theta, deterrenceValue, kappa, capability)
                - security(theta, deterrenceValue, kappa, Math.max(0.0, capability - dc));
    }

    /**
     * L(reversibility): the discounted steps over which a step's security loss counts: the
     * remaining horizon for an irreversible step, only the reversal time for a reversible one.
     */
    public static double exposure(int reversalSteps, int remaining, double discount) {
        return annuity(Math.min(reversalSteps, remaining), discount);
    }

    /** Sanctions pain per step: {@code P * weightInForce * (1 - leakage)}. */
    public static double pain(double sanctionsPain, double weightInForce, double leakage) {
        return sanctionsPain * weightInForce * (1 - leakage);
    }

    /**
     * The sanctioner's political cost of lifting a tranche of base cost k:
     * {@code k * (1 + h (1 - trust)) * (1 - pressure) * (1 - protection)}, where protection is the
     * share of the cost a reliable snapback takes away.
     */
    public static double politicalCost(double baseCost, double hawkishness, double trust, double pressure,
                                       double protection) {
        return baseCost * (1 + hawkishness * (1 - trust)) * (1 - pressure) * (1 - protection);
    }

    /**
     * Probability that an opportunist cheats on a step: a logit choice between the security it keeps
     * by cheating ({@code gain}) and the relief it expects to lose if caught ({@code penalty}),
     * {@code 1 / (1 + exp(-(gain - penalty) / (noise (gain + penalty))))}; 0 when there is nothing
     * to gain.
     */
    public static double cheatProbability(double gain, double penalty, double noise) {
        if (gain <= 0) {
            return 0.0;
        }
        double scale = noise * (gain + Math.max(0.0, penalty));
        return 1.0 / (1.0 + Math.exp(-(gain - penalty) / scale));
    }
}
