package io.github.bitforbit.rules;

import io.github.bitforbit.validation.Validate;

/**
 * The {@code when} part of a trigger (docs/ODD.md section 7.7). Event conditions hold in the step
 * the event happens, once per event; {@link StepAtLeast}, {@link TrustBelow} and {@link Custom}
 * conditions are levels and fire once, in the first step they hold.
 */
public sealed interface Condition {

    /**
     * The concession an event condition refers to, for validation.
     *
     * @return its id, or null for a level condition
     */
    default String concession() {
        return null;
    }

    /**
     * {@code completed(X)}: X was performed (a step: done, honestly or not; a tranche: lifted, by
     * a phase or a rule; an assurance: given).
     *
     * @param concession the id of X
     */
    record Completed(String concession) implements Condition {
        /**
         * Checks the id.
         *
         * @param concession the id of a concession of either side
         * @throws IllegalArgumentException if it is missing or unprintable
         */
        public Completed {
            Validate.id("completed", concession);
        }

        @Override
        public String toString() {
            return "completed(" + concession + ")";
        }
    }

    /**
     * {@code verified(X)}: an inspection of step X read clean.
     *
     * @param concession the id of X
     */
    record Verified(String concession) implements Condition {
        /**
         * Checks the id.
         *
         * @param concession the id of a disarmament step
         * @throws IllegalArgumentException if it is missing or unprintable
         */
        public Verified {
            Validate.id("verified", concession);
        }

        @Override
        public String toString() {
            return "verified(" + concession + ")";
        }
    }

    /**
     * {@code violated(X)}: an open violation of X. For a tranche, the sanctioner re-imposed it
     * without cause; for a target step, the step was not performed by the deadline of its phase
     * (not in a unilateral phase, where nothing was agreed). The event comes in the step the
     * deadline passes, before the talks end on it (docs/ODD.md sections 7.5 and 7.7). A target's
     * cheating is hidden and shows only as {@link Detected}.
     *
     * @param concession the id of X
     */
    record Violated(String concession) implements Condition {
        /**
         * Checks the id.
         *
         * @param concession the id of a sanction tranche or a target step
         * @throws IllegalArgumentException if it is missing or unprintable
         */
        public Violated {
            Validate.id("violated", concession);
        }

        @Override
        public String toString() {
            return "violated(" + concession + ")";
        }
    }

    /**
     * {@code detected(X)}: an inspection reported cheating on step X (a true detection or a false
     * alarm); the step is then to be remedied (docs/ODD.md section 7.3).
     *
     * @param concession the id of X
     */
    record Detected(String concession) implements Condition {
        /**
         * Checks the id.
         *
         * @param concession the id of a disarmament step
         * @throws IllegalArgumentException if it is missing or unprintable
         */
        public Detected {
            Validate.id("detected", concession);
        }

        @Override
        public String toString() {
            return "detected(" + concession + ")";
        }
    }

    /**
     * {@code restored(S)}: tranche S was put back in force, for any reason (snapback, a rule, or a
     * re-imposition without cause).
     *
     * @param concession the id of S
     */
    record Restored(String concession) implements Condition {
        /**
         * Checks the id.
         *
         * @param concession the id of a sanction tranche
         * @throws IllegalArgumentException if it is missing or unprintable
         */
        public Restored {
            Validate.id("restored", concession);
        }

        @Override
        public String toString() {
            return "restored(" + concession + ")";
        }
    }

    /**
     * {@code step >= t}: fires once, in step t (a walk-out it orders counts as a deadline).
     *
     * @param step t, a step from 0
     */
    record StepAtLeast(int step) implements Condition {
        /**
         * Checks the step.
         *
         * @param step t (&gt;= 0)
         * @throws IllegalArgumentException if it is negative
         */
        public StepAtLeast {
            Validate.atLeast("step", step, 0);
        }

        @Override
        public String toString() {
            return "step >= " + step;
        }
    }

    /**
     * {@code trust(A, B) < x}: A's belief that B is cooperative is below x; fires once, the first
     * step it holds (a walk-out it orders counts as lost trust).
     *
     * @param truster   A, the id of a principal
     * @param trusted   B, the id of the other principal
     * @param threshold x, a probability, 0 to 1
     */
    record TrustBelow(String truster, String trusted, double threshold) implements Condition {
        /**
         * Checks the parts.
         *
         * @param truster   A's id
         * @param trusted   B's id
         * @param threshold x, 0 to 1
         * @throws IllegalArgumentException if an id is missing or x is outside [0, 1]
         */
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

    /**
     * {@code NAME(ARGUMENT)}: a condition of a registered {@link ConditionKind}, a level that
     * fires once, the first step it holds.
     *
     * @param kind     the kind's name, e.g. {@code "relief-above"}
     * @param argument the text between the brackets, e.g. {@code "0.5"}
     */
    record Custom(String kind, String argument) implements Condition {
        /**
         * Checks the parts; whether the kind exists and takes the argument is checked against
         * the scenario ({@link RuleSetCheck}).
         *
         * @param kind     the kind's name
         * @param argument the argument (not null, may be empty)
         * @throws IllegalArgumentException if either is missing
         */
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
