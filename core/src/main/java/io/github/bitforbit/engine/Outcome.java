package io.github.bitforbit.engine;

/** How a run ended: exactly one of completed, collapsed or stalled (MODEL.md section 5). */
public sealed interface Outcome {

    /** The step (from 0) in which the run ended. */
    int step();

    /** Which of the three kinds this is. */
    OutcomeKind kind();

    /** All phases were completed in step {@code step}. */
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

    /** {@code party} walked out in step {@code step} because of {@code cause}. */
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

    /** The horizon was reached in step {@code step} with phases still open. */
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
