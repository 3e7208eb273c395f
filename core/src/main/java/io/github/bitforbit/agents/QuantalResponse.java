package io.github.bitforbit.agents;

/**
 * Logit quantal response (McKelvey and Palfrey 1995; docs/ODD.md section 7.9): a principal takes a
 * choice worth {@code dU} more than its alternative with probability {@code 1 / (1 + exp(-lambda dU))}.
 * {@code lambda} is its decision precision, per utility unit of the discounted value the choice
 * changes: 0 chooses at random, larger is more decisive, and {@link #BEST_RESPONSE} (infinity)
 * takes the better choice for certain (a tie counts as taking it). Because {@code dU} scales with
 * the stakes, small bits are decided more noisily than large ones.
 *
 * <p>The same probability is the likelihood of the choice under a type's choice model, which is
 * what an observer's Bayesian update needs (docs/ODD.md section 7.8).
 */
public final class QuantalResponse {
    /** The precision of the best response: the better choice, for certain. */
    public static final double BEST_RESPONSE = Double.POSITIVE_INFINITY;

    private QuantalResponse() {
    }

    /**
     * The probability of taking a choice.
     *
     * @param lambda    decision precision, per utility unit (&gt;= 0, or {@link #BEST_RESPONSE})
     * @param advantage {@code dU}, what taking it is worth more than not, in utility units
     * @return in [0, 1]; at {@link #BEST_RESPONSE}, 1 if {@code advantage >= 0}, else 0
     */
    public static double probability(double lambda, double advantage) {
        if (lambda == BEST_RESPONSE) {
            return advantage >= 0 ? 1.0 : 0.0;
        }
        return 1.0 / (1.0 + Math.exp(-lambda * advantage));
    }

    /**
     * Whether precision {@code lambda} is the best response, so that a choice needs no random draw.
     *
     * @param lambda decision precision
     * @return true for {@link #BEST_RESPONSE}
     */
    public static boolean isBestResponse(double lambda) {
        return lambda == BEST_RESPONSE;
    }
}
