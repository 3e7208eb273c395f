package io.github.bitforbit.engine;

import io.github.bitforbit.model.EventKind;

import java.util.List;

/**
 * One entry of a run's trace: what happened, in which step (from 0). The trace is data; each
 * event also has a one-line description for people.
 */
public sealed interface TraceEvent {

    /**
     * When it happened.
     *
     * @return the step, from 0 (month {@code step + 1})
     */
    int step();

    /**
     * The event in words, for people.
     *
     * @return a short description, e.g. {@code "DPRK performs test-freeze"}
     */
    String describe();

    /** An exogenous event began. */
    record EventStarted(int step, EventKind kind, int duration) implements TraceEvent {
        @Override
        public String describe() {
            return kind.label() + " begin" + (duration > 1 ? " (" + duration + " months)" : "");
        }
    }

    /** A principal's trust changed. */
    record TrustChanged(int step, String truster, String trusted, double before, double after, String reason)
            implements TraceEvent {
        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "trust %s->%s %.2f -> %.2f (%s)", truster, trusted, before,
                    after, reason);
        }
    }

    /** A phase was offered. */
    record Offered(int step, String proposer, String phase, List<String> target, List<String> sanctioner,
                   boolean counter) implements TraceEvent {
        @Override
        public String describe() {
            return proposer + (counter ? " counters with " : " offers ") + phase + ": " + String.join(", ", target)
                    + " for " + String.join(", ", sanctioner);
        }
    }

    /** The responder accepted or rejected an offer. */
    record Responded(int step, String responder, String phase, boolean accepted, double surplus) implements TraceEvent {
        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s %s %s (surplus %.2f)", responder,
                    accepted ? "accepts" : "rejects", phase, surplus);
        }
    }

    /** A party performed a concession: a tranche is lifted, an assurance given, a step performed.
     *  {@code cheated} is hidden from the other parties; it is in the trace for the analyst. */
    record Performed(int step, String party, String concession, boolean tranche, boolean cheated)
            implements TraceEvent {
        @Override
        public String describe() {
            return party + (tranche ? " lifts " : " performs ") + concession
                    + (cheated ? " [secretly cheats]" : "");
        }
    }

    /** An inspection of a step gave a conclusive reading. */
    record Inspected(int step, String inspector, String concession, boolean alarm, boolean falseAlarm)
            implements TraceEvent {
        @Override
        public String describe() {
            return concession + (alarm ? " violation detected" + (falseAlarm ? " [false alarm]" : "") : " verified");
        }
    }

    /** A lifted tranche was put back in force. */
    record Restored(int step, String tranche, String reason) implements TraceEvent {
        @Override
        public String describe() {
            return tranche + " restored (" + reason + ")";
        }
    }

    /** A restoration was blocked: vetoed by a patron, or impossible under the tranche's snapback mode. */
    record RestoreBlocked(int step, String tranche, String by) implements TraceEvent {
        @Override
        public String describe() {
            return "restoring " + tranche + " blocked by " + by;
        }
    }

    /** A lift of a tranche was blocked by a veto point (e.g. a legislature); it stays in force. */
    record LiftBlocked(int step, String tranche, String by) implements TraceEvent {
        @Override
        public String describe() {
            return "lifting " + tranche + " blocked by " + by;
        }
    }

    /** Something an agent of a registered type did, in its own words (see {@link World#record}). */
    record Note(int step, String party, String text) implements TraceEvent {
        @Override
        public String describe() {
            return party + ": " + text;
        }
    }

    /** A trigger fired. {@code rule} counts from 1. */
    record RuleFired(int step, int rule, String text) implements TraceEvent {
        @Override
        public String describe() {
            return "rule " + rule + ": " + text;
        }
    }

    /** A phase was completed. */
    record PhaseCompleted(int step, String phase) implements TraceEvent {
        @Override
        public String describe() {
            return phase + " completed";
        }
    }

    /** A unilateral initiative was not reciprocated in time; no further initiatives follow. */
    record Halted(int step, String phase) implements TraceEvent {
        @Override
        public String describe() {
            return phase + " not reciprocated: initiatives halted";
        }
    }

    /** The state at the end of a step. */
    record StepEnd(int step, double trustInTarget, double trustInSanctioner, double capability, double reliefDelivered)
            implements TraceEvent {
        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "capability %.2f, relief %.2f", capability, reliefDelivered);
        }
    }

    /** The run ended. */
    record Ended(int step, Outcome outcome) implements TraceEvent {
        @Override
        public String describe() {
            return outcome.toString();
        }
    }
}
