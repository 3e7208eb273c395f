package io.github.bitforbit.rules;

import io.github.bitforbit.validation.Validate;

/**
 * The bounds within which a proposer builds phases in {@link ProposalMode#NEGOTIATED} mode, and
 * the terms of the phases it builds (docs/ODD.md section 7.4).
 *
 * @param ratioLow           least value the sanctioner gives per unit of value it receives (>= 0);
 *                           values are the concessions' pairing values (deterrence share, weight)
 * @param ratioHigh          most value given per unit received (>= ratioLow)
 * @param maxBit             largest share of deterrence the target gives in one phase ((0, 1])
 * @param order              order of built phases
 * @param deadline           deadline of built phases, in steps (>= 1)
 * @param verifyBeforeReward whether built phases wait for verification
 */
public record Negotiation(double ratioLow, double ratioHigh, double maxBit, Order order, int deadline,
                          boolean verifyBeforeReward) {

    /** Defaults: ratio 0.5..2, bits of at most 0.25 deterrence, target first, 6 steps, verified. */
    public static final Negotiation DEFAULTS = new Negotiation(0.5, 2.0, 0.25, Order.TARGET_FIRST, 6, true);

    /**
     * Checks the bounds.
     *
     * @param ratioLow           least value given per unit received (&gt;= 0)
     * @param ratioHigh          most value given per unit received (&gt;= ratioLow)
     * @param maxBit             largest deterrence share per phase, in (0, 1]
     * @param order              order of built phases (not null)
     * @param deadline           deadline of built phases, in steps (&gt;= 1)
     * @param verifyBeforeReward whether built phases wait for verification
     * @throws IllegalArgumentException naming the field and value of the first bad bound
     */
    public Negotiation {
        Validate.nonNegative("negotiation.ratio.low", ratioLow);
        Validate.nonNegative("negotiation.ratio.high", ratioHigh);
        if (ratioHigh < ratioLow) {
            throw new IllegalArgumentException("negotiation.ratio: high " + ratioHigh + " is below low " + ratioLow);
        }
        Validate.inRange("negotiation.maxBit", maxBit, Double.MIN_VALUE, 1.0);
        Validate.notNull("negotiation.order", order);
        Validate.atLeast("negotiation.deadline", deadline, 1);
    }
}
