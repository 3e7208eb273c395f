package io.github.bitforbit.rules;

import io.github.bitforbit.model.Validate;

/**
 * The {@code when} part of a trigger (MODEL.md section 2). Event conditions hold in the step the
 * event happens; {@link StepAtLeast} and {@link TrustBelow} are levels and fire once, in the first
 * step they hold.
 */
public sealed interface Condition {

    /** The concession, tranche or party ids this condition refers to, for validation. */
    default String concession() {
        return null;
    }

    /** {@code completed(X)}: X was performed (a tranche: lifted). */
    record Completed(String concession) implements Condition {
        public Completed {
            Validate.id("completed", concession);
        }

        @Override
        public String toString() {
            return "completed(" + concession + ")";
        }
    }

    /** {@code verified(X)}: an inspection confirmed that X was performed honestly. */
    record Verified(String concession) implements Condition {
        public Verified {
            Validate.id("verified", concession);
        }

        @Override
        public String toString() {
            return "verified(" + concession + ")";
        }
    }

    /** {@code violated(X)}: X fell due and its owner did not perform it by the phase deadline,
     *  or X was openly undone. */
    record Violated(String concession) implements Condition {
        public Violated {
            Validate.id("violated", concession);
        }

        @Override
        public String toString() {
            return "violated(" + concession + ")";
        }
    }

    /** {@code detected(X)}: an inspection reported cheating on X (a true detection or a false alarm). */
    record Detected(String concession) implements Condition {
        public Detected {
            Validate.id("detected", concession);
        }

        @Override
        public String toString() {
            return "detected(" + concession + ")";
        }
    }

    /** {@code restored(S)}: tranche S was put back in force, for any reason. */
    record Restored(String concession) implements Condition {
        public Restored {
            Validate.id("restored", concession);
        }

        @Override
        public String toString() {
            return "restored(" + concession + ")";
        }
    }

    /** {@code step >= t}. */
    record StepAtLeast(int step) implements Condition {
        public StepAtLeast {
            Validate.atLeast("step", step, 0);
        }

        @Override
        public String toString() {
            return "step >= " + step;
        }
    }

    /** {@code trust(A, B) < x}: A's belief that B is cooperative is below x. */
    record TrustBelow(String truster, String trusted, double threshold) implements Condition {
        public TrustBelow {
            Validate.id("trust.truster", truster);
            Validate.id("trust.trusted", trusted);
            Validate.probability("trust.threshold", threshold);
        }

        @Override
        public String toString() {
            return "trust(" + truster + ", " + trusted + ") < " + threshold;
        }
    }

    /** {@code NAME(ARGUMENT)}: a condition of a registered {@link ConditionKind}. */
    record Custom(String kind, String argument) implements Condition {
        public Custom {
            Validate.id("condition kind", kind);
            Validate.notNull(kind + " argument", argument);
        }

        @Override
        public String toString() {
            return kind + "(" + argument + ")";
        }
    }
}
