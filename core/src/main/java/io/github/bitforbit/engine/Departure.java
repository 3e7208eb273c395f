package io.github.bitforbit.engine;

/**
 * A member of a coalition that left the talks while the rest of its side went on (docs/ODD.md
 * section 7.11): when, why, and whether the agreement was already in force. A side of one
 * principal never has departures; its walking out is the run's {@link Outcome.Collapsed}.
 *
 * @param party           the id of the member that left
 * @param step            the step in which it left, from 0
 * @param cause           why: {@link CollapseCause#REIMPOSED} for re-imposing its sanctions
 *                        without cause, or any walk-out cause (its trust floor, its patience, a
 *                        rule, its strategy)
 * @param afterCompletion whether the agreement was in force (every phase completed) when it left
 */
public record Departure(String party, int step, CollapseCause cause, boolean afterCompletion) {
    /**
     * Checks the fields.
     *
     * @param party           the member's id, not null
     * @param step            from 0
     * @param cause           not null
     * @param afterCompletion whether the agreement was in force
     */
    public Departure {
        java.util.Objects.requireNonNull(party, "party");
        java.util.Objects.requireNonNull(cause, "cause");
        if (step < 0) {
            throw new IllegalArgumentException("step: must be >= 0, got " + step);
        }
    }
}
