package io.github.bitforbit.engine;

/** How a run ended: exactly one of completed, collapsed or stalled (docs/ODD.md section 7.10). */
public sealed interface Outcome {

    /**
     * When the run ended.
     *
     * @return the step in which it ended, from 0 (month {@code step + 1})
     */
    int step();

    /**
     * Which of the three kinds this is, for counting.
     *
     * @return completed, collapsed or stalled
     */
    OutcomeKind kind();

    /**
     * All phases were completed in step {@code step}.
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
            return "completed in month " + (step + 1);
        }
    }

    /**
     * {@code party} walked out in step {@code step} because of {@code cause}.
     *
     * @param party the id of the principal that walked out
     * @param cause why
     * @param step  the step of the walk-out, from 0
     */
    record Collapsed(String party, CollapseCause cause, int step) implements Outcome {
        @Override
        public OutcomeKind kind() {
            return OutcomeKind.COLLAPSED;
        }

        @Override
        public String toString() {
            return "collapsed in month " + (step + 1) + ": " + party + " walked out (" + cause.label() + ")";
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
