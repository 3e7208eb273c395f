package io.github.bitforbit.rules;

import io.github.bitforbit.model.Validate;

/** The {@code then} part of a trigger (MODEL.md section 2). */
public sealed interface Action {

    /** {@code lift(S)}: lift tranche S if it is in force. */
    record Lift(String tranche) implements Action {
        public Lift {
            Validate.id("lift", tranche);
        }

        @Override
        public String toString() {
            return "lift(" + tranche + ")";
        }
    }

    /** {@code restore(S)}: restore tranche S if it was lifted, as its snapback mode allows. */
    record Restore(String tranche) implements Action {
        public Restore {
            Validate.id("restore", tranche);
        }

        @Override
        public String toString() {
            return "restore(" + tranche + ")";
        }
    }

    /** {@code suspend} or {@code suspend(n)}: no negotiation or implementation for n steps (>= 1). */
    record Suspend(int steps) implements Action {
        public Suspend {
            Validate.atLeast("suspend", steps, 1);
        }

        @Override
        public String toString() {
            return steps == 1 ? "suspend" : "suspend(" + steps + ")";
        }
    }

    /** {@code walk-out(P)}: party P leaves the talks; the run collapses. */
    record WalkOut(String party) implements Action {
        public WalkOut {
            Validate.id("walk-out", party);
        }

        @Override
        public String toString() {
            return "walk-out(" + party + ")";
        }
    }

    /** {@code offer(phase)}: the named phase is the next one offered. */
    record Offer(String phase) implements Action {
        public Offer {
            Validate.id("offer", phase);
        }

        @Override
        public String toString() {
            return "offer(" + phase + ")";
        }
    }
}
