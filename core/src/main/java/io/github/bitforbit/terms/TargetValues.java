package io.github.bitforbit.terms;

/**
 * What the target's concessions cost it and what relief is worth to it, per step, at full trust,
 * in the model's one unit of utility (MODEL.md 4.1): the scale on which the paired templates make
 * each phase's value ratio similar (docs/ODD.md section 7.6). A step removing deterrence {@code d}
 * from capability {@code c} costs {@code security * (c^kappa - (c - d)^kappa)}; a lifted tranche of
 * weight {@code w} is worth {@code painPerWeight * w}; aid is worth its value per step. Assurances
 * are not on this scale: their worth depends on the capability left, so templates let them ride
 * along with the relief.
 *
 * @param initialCapability the target's capability before any step (share of its deterrent, in (0, 1])
 * @param security          a security-seeker's security utility at full capability, {@code theta * D}
 *                          (utility per step, &gt; 0)
 * @param kappa             curvature of security in capability (&gt; 0; below 1 the last steps cost
 *                          the most)
 * @param painPerWeight     the pain one unit of tranche weight inflicts, {@code P * (1 - leakage)} at
 *                          the start (utility per step per unit of weight, &gt;= 0)
 */
public record TargetValues(double initialCapability, double security, double kappa, double painPerWeight) {
    /**
     * The scale of terms that know nothing of the target: security linear in capability and a
     * tranche worth its weight, so that value ratios are ratios of deterrence shares to weights.
     */
    public static final TargetValues LINEAR = new TargetValues(1.0, 1.0, 1.0, 1.0);

    /**
     * Checks the ranges.
     *
     * @param initialCapability the target's capability before any step
     * @param security          security utility at full capability
     * @param kappa             curvature of security
     * @param painPerWeight     pain per unit of tranche weight
     * @throws IllegalArgumentException if a value is out of its range
     */
    public TargetValues {
        if (!(initialCapability > 0 && initialCapability <= 1) || !(security > 0) || !(kappa > 0)
                || !(painPerWeight >= 0) || Double.isInfinite(security) || Double.isInfinite(painPerWeight)) {
            throw new IllegalArgumentException("target values out of range: " + initialCapability + ", " + security
                    + ", " + kappa + ", " + painPerWeight);
        }
    }

    /**
     * What each of these steps costs, performed one after the other in this order from the
     * initial capability: under concave security the later ones cost more.
     *
     * @param steps the target's steps in the order performed (their {@link Concession#pairingValue()}
     *              is the deterrence they remove)
     * @return the security lost by each, utility per step (&gt;= 0), in the same order
     */
    public double[] securityLost(java.util.List<? extends Concession> steps) {
        double[] out = new double[steps.size()];
        double capability = initialCapability;
        for (int i = 0; i < out.length; i++) {
            double d = steps.get(i).pairingValue();
            out[i] = securityLost(capability, d);
            capability -= d;
        }
        return out;
    }

    /**
     * The security a step costs, performed when the capability is {@code capability}: the
     * engine's {@code agents.Valuation.securityLoss} at full trust (terms, below the agents in the
     * layering, cannot call it; {@code PhaseBalanceTest} checks that the two agree).
     *
     * @param capability the capability before the step (share, &gt;= 0)
     * @param deterrence the share of the deterrent the step removes (&gt;= 0)
     * @return the security utility lost per step (&gt;= 0)
     */
    public double securityLost(double capability, double deterrence) {
        double before = Math.max(0.0, capability);
        return security * (Math.pow(before, kappa) - Math.pow(Math.max(0.0, before - deterrence), kappa));
    }

    /**
     * What a relief concession is worth to the target while in force.
     *
     * @param relief a tranche or aid
     * @return utility per step (&gt;= 0)
     */
    public double reliefValue(Relief relief) {
        return relief instanceof SanctionTranche t ? painPerWeight * t.weight() : ((Aid) relief).value();
    }
}
