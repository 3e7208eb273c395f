package io.github.bitforbit.engine;

/** How a run ended: exactly one of completed, collapsed or stalled (docs/ODD.md section 7.10). */
public sealed interface Outcome {

    /**
     * When the event that decides the outcome happened: the completion of the last phase, the
     * walk-out, or the horizon for a stall.
     *
     * @return that step, from 0 (month {@code step + 1}); a completed run went on to the horizon
     *         after it (see {@link Metrics#duration()})
     */
    int step();

    /**
     * Which of the three kinds this is, for counting.
     *
     * @return completed, collapsed or stalled
     */
    OutcomeKind kind();

    /**
     * All phases were completed in step {@code step}, and the agreement was still in force (no one
     * walked out) when the run reached its horizon. Relief may have been restored since; the
     * relief in force at the horizon is {@link Metrics#reliefDelivered()}.
     *
     * @param step the step of the last phase's completion, from 0
     */
    record Completed(int step) implements Outcome {
        @Override
        public OutcomeKind kind() {
            return OutcomeKind.COMPLETED;
        }

        @Override
        public String toString() {
            return "completed in month " + (step + 1) + ", in force at the horizon";
        }
    }

    /**
     * {@code party} walked out in step {@code step} because of {@code cause}, before every phase
     * was completed or, with {@code afterCompletion}, from an agreement in force.
     *
     * @param party           the id of the principal that walked out
     * @param cause           why
     * @param step            the step of the walk-out, from 0
     * @param afterCompletion true if every phase had been completed before the walk-out
     */
    record Collapsed(String party, CollapseCause cause, int step, boolean afterCompletion) implements Outcome {

        /**
         * A collapse before completion.
         *
         * @param party the id of the principal that walked out
         * @param cause why
         * @param step  the step of the walk-out, from 0
         */
        public Collapsed(String party, CollapseCause cause, int step) {
            this(party, cause, step, false);
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.COLLAPSED;
        }

        @Override
        public String toString() {
            return "collapsed in month " + (step + 1) + (afterCompletion ? ", after completion" : "") + ": "
                    + party + " walked out (" + cause.label() + ")";
        }
    }

    /**
     * The horizon was reached in step {@code step} with phases still open.
     *
     * @param step the last step, {@code horizon - 1}
     */
    record Stalled(int step) implements Outcome {
        @Override
        public OutcomeKind kind() {
            return OutcomeKind.STALLED;
        }

        @Override
        public String toString() {
            return "stalled at the horizon (month " + (step + 1) + ")";
        }
    }
}
