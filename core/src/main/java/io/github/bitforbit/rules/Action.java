package io.github.bitforbit.rules;

import io.github.bitforbit.validation.Validate;

/**
 * The {@code then} part of a trigger (docs/ODD.md section 7.7), taken in the rules stage of the
 * step its condition holds.
 */
public sealed interface Action {

    /**
     * {@code lift(S)}: lift tranche S if it is in force and no veto point refuses; it counts as performed.
     *
     * @param tranche the id of S, a sanction tranche
     */
    record Lift(String tranche) implements Action {
        /**
         * Checks the tranche.
         *
         * @param tranche the id of S, a sanction tranche
         * @throws IllegalArgumentException if it is missing or unprintable
         */
        public Lift {
            Validate.id("lift", tranche);
        }

        @Override
        public String toString() {
            return "lift(" + tranche + ")";
        }
    }

    /**
     * {@code restore(S)}: restore tranche S if it was lifted, as its snapback mode and the veto points allow.
     *
     * @param tranche the id of S, a sanction tranche
     */
    record Restore(String tranche) implements Action {
        /**
         * Checks the tranche.
         *
         * @param tranche the id of S, a sanction tranche
         * @throws IllegalArgumentException if it is missing or unprintable
         */
        public Restore {
            Validate.id("restore", tranche);
        }

        @Override
        public String toString() {
            return "restore(" + tranche + ")";
        }
    }

    /**
     * {@code suspend} or {@code suspend(n)}: no negotiation or implementation in the next n steps.
     *
     * @param steps n, in steps (&gt;= 1; {@code suspend} alone is 1)
     */
    record Suspend(int steps) implements Action {
        /**
         * Checks the number of steps.
         *
         * @param steps n, in steps (&gt;= 1; {@code suspend} alone is 1)
         * @throws IllegalArgumentException if it is below 1
         */
        public Suspend {
            Validate.atLeast("suspend", steps, 1);
        }

        @Override
        public String toString() {
            return steps == 1 ? "suspend" : "suspend(" + steps + ")";
        }
    }

    /**
     * {@code walk-out(P)}: principal P leaves the talks and the run collapses, its cause named by
     * the condition (docs/ODD.md section 7.7).
     *
     * @param party the id of P, the sanctioner or the target
     */
    record WalkOut(String party) implements Action {
        /**
         * Checks the party.
         *
         * @param party the id of P, the sanctioner or the target
         * @throws IllegalArgumentException if it is missing or unprintable
         */
        public WalkOut {
            Validate.id("walk-out", party);
        }

        @Override
        public String toString() {
            return "walk-out(" + party + ")";
        }
    }

    /**
     * {@code offer(PHASE)}: the named phase is the next one offered, if no phase is under way or pending.
     *
     * @param phase the name of a phase of the rule set
     */
    record Offer(String phase) implements Action {
        /**
         * Checks the phase.
         *
         * @param phase the name of a phase of the rule set
         * @throws IllegalArgumentException if it is missing or unprintable
         */
        public Offer {
            Validate.id("offer", phase);
        }

        @Override
        public String toString() {
            return "offer(" + phase + ")";
        }
    }
}
