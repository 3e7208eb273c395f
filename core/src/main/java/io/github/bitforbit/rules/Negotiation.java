package io.github.bitforbit.rules;

import io.github.bitforbit.model.Validate;

/**
 * The bounds within which a proposer builds phases in {@link ProposalMode#NEGOTIATED} mode, and
 * the terms of the phases it builds.
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
