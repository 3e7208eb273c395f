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

    /**
     * An exogenous event began.
     *
     * @param step     the step, from 0
     * @param kind     what began
     * @param duration steps it lasts (&gt;= 1)
     */
    record EventStarted(int step, EventKind kind, int duration) implements TraceEvent {
        @Override
        public String describe() {
            return kind.label() + " begin" + (duration > 1 ? " (" + duration + " months)" : "");
        }
    }

    /**
     * A principal's trust changed (through Bayes' rule, a summit or a provocation).
     *
     * @param step    the step, from 0
     * @param truster the id of the principal whose belief changed
     * @param trusted the id of the other principal
     * @param before  its belief before, 0 to 1
     * @param after   its belief after, 0 to 1
     * @param reason  what moved it, e.g. {@code "yongbyon verified"}
     */
    record TrustChanged(int step, String truster, String trusted, double before, double after, String reason)
            implements TraceEvent {
        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "trust %s->%s %.2f -> %.2f (%s)", truster, trusted, before,
                    after, reason);
        }
    }

    /**
     * A phase was offered.
     *
     * @param step       the step, from 0
     * @param proposer   the id of the principal that offered it
     * @param phase      the phase's name
     * @param target     ids of the target's concessions in it
     * @param sanctioner ids of the sanctioner's concessions in it
     * @param counter    whether it is a counter-offer, smaller than the phase rejected
     */
    record Offered(int step, String proposer, String phase, List<String> target, List<String> sanctioner,
                   boolean counter) implements TraceEvent {
        @Override
        public String describe() {
            return proposer + (counter ? " counters with " : " offers ") + phase + ": " + String.join(", ", target)
                    + " for " + String.join(", ", sanctioner);
        }
    }

    /**
     * The responder accepted or rejected an offer.
     *
     * @param step      the step, from 0
     * @param responder the id of the principal that answered
     * @param phase     the phase's name
     * @param accepted  whether it accepted
     * @param surplus   its {@link io.github.bitforbit.agents.Situation#surplus()}, in discounted utility
     */
    record Responded(int step, String responder, String phase, boolean accepted, double surplus) implements TraceEvent {
        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s %s %s (surplus %.2f)", responder,
                    accepted ? "accepts" : "rejects", phase, surplus);
        }
    }

    /**
     * A party performed a concession: a tranche is lifted, an assurance given, a step performed.
     * {@code cheated} is hidden from the other parties; it is in the trace for the analyst.
     *
     * @param step       the step, from 0
     * @param party      the id of the party that performed it
     * @param concession the concession's id
     * @param tranche    whether it is a sanction tranche (lifted) rather than a step or assurance
     * @param cheated    whether the target faked the step (it then removed no capability)
     */
    record Performed(int step, String party, String concession, boolean tranche, boolean cheated)
            implements TraceEvent {
        @Override
        public String describe() {
            return party + (tranche ? " lifts " : " performs ") + concession
                    + (cheated ? " [secretly cheats]" : "");
        }
    }

    /**
     * An inspection of a step gave a conclusive reading.
     *
     * @param step       the step, from 0
     * @param inspector  the id of the sanctioner
     * @param concession the step's id
     * @param alarm      whether it reported cheating
     * @param falseAlarm whether the alarm was false (the step was honest)
     */
    record Inspected(int step, String inspector, String concession, boolean alarm, boolean falseAlarm)
            implements TraceEvent {
        @Override
        public String describe() {
            return concession + (alarm ? " violation detected" + (falseAlarm ? " [false alarm]" : "") : " verified");
        }
    }

    /**
     * A lifted tranche was put back in force.
     *
     * @param step    the step, from 0
     * @param tranche the tranche's id
     * @param reason  why, e.g. a snapback, a rule, or a re-imposition without cause
     */
    record Restored(int step, String tranche, String reason) implements TraceEvent {
        @Override
        public String describe() {
            return tranche + " restored (" + reason + ")";
        }
    }

    /**
     * Aid with a duration was delivered for the last of its steps and has expired: delivered and
     * done. Not a suspension nor a violation; no rule's condition sees it.
     *
     * @param step     the step, from 0: the last step in which it was delivered
     * @param aid      the aid's id
     * @param duration the steps of delivery it lasted (&gt;= 1)
     */
    record Expired(int step, String aid, int duration) implements TraceEvent {
        @Override
        public String describe() {
            return aid + " delivered in full (" + duration + (duration == 1 ? " month" : " months")
                    + "): its delivery ends";
        }
    }

    /**
     * A target step was violated openly: here, not performed by the deadline of its phase.
     *
     * @param step       the step, from 0
     * @param concession the step's id
     * @param how        how, e.g. "not performed by the deadline of phase 2"
     */
    record Violated(int step, String concession, String how) implements TraceEvent {
        @Override
        public String describe() {
            return concession + " violated (" + how + ")";
        }
    }

    /**
     * A restoration was blocked: vetoed by a patron or another veto point, or impossible under the
     * tranche's snapback mode.
     *
     * @param step    the step, from 0
     * @param tranche the tranche's id
     * @param by      who or what blocked it
     */
    record RestoreBlocked(int step, String tranche, String by) implements TraceEvent {
        @Override
        public String describe() {
            return "restoring " + tranche + " blocked by " + by;
        }
    }

    /**
     * A lift of a tranche was blocked by a veto point (e.g. a legislature); it stays in force.
     *
     * @param step    the step, from 0
     * @param tranche the tranche's id
     * @param by      the veto point's name
     */
    record LiftBlocked(int step, String tranche, String by) implements TraceEvent {
        @Override
        public String describe() {
            return "lifting " + tranche + " blocked by " + by;
        }
    }

    /**
     * Something an agent of a registered type did, in its own words (see {@link World#record}).
     *
     * @param step  the step, from 0
     * @param party the agent's party id
     * @param text  what it did, one line
     */
    record Note(int step, String party, String text) implements TraceEvent {
        @Override
        public String describe() {
            return party + ": " + text;
        }
    }

    /**
     * A trigger fired.
     *
     * @param step the step, from 0
     * @param rule its position in the rule set, from 1
     * @param text the rule as written
     */
    record RuleFired(int step, int rule, String text) implements TraceEvent {
        @Override
        public String describe() {
            return "rule " + rule + ": " + text;
        }
    }

    /**
     * A phase was completed: both sides performed their part.
     *
     * @param step  the step, from 0
     * @param phase the phase's name
     */
    record PhaseCompleted(int step, String phase) implements TraceEvent {
        @Override
        public String describe() {
            return phase + " completed";
        }
    }

    /**
     * Every phase is complete: the agreement is in force, and must hold to the horizon.
     *
     * @param step the step, from 0
     */
    record InForce(int step) implements TraceEvent {
        @Override
        public String describe() {
            return "every phase completed: the agreement is in force";
        }
    }

    /**
     * A unilateral initiative was not reciprocated in time; no further initiatives follow.
     *
     * @param step  the step, from 0
     * @param phase the unilateral phase's name
     */
    record Halted(int step, String phase) implements TraceEvent {
        @Override
        public String describe() {
            return phase + " not reciprocated: initiatives halted";
        }
    }

    /**
     * The state at the end of a step.
     *
     * @param step              the step, from 0
     * @param trustInTarget     the sanctioner's trust in the target, 0 to 1
     * @param trustInSanctioner the target's trust in the sanctioner, 0 to 1
     * @param capability        the target's real capability, a share of its deterrent, 0 to 1
     * @param reliefDelivered   the share of the sanctions weight lifted, 0 to 1
     */
    record StepEnd(int step, double trustInTarget, double trustInSanctioner, double capability, double reliefDelivered)
            implements TraceEvent {
        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "capability %.2f, relief %.2f", capability, reliefDelivered);
        }
    }

    /**
     * The run ended.
     *
     * @param step    the last step, from 0
     * @param outcome how it ended
     */
    record Ended(int step, Outcome outcome) implements TraceEvent {
        @Override
        public String describe() {
            return outcome.toString();
        }
    }

    /**
     * A member of a coalition left while the rest of its side went on (docs/ODD.md section 7.11).
     *
     * @param step   the step, from 0
     * @param member the id of the member that left
     * @param cause  why
     */
    record Left(int step, String member, CollapseCause cause) implements TraceEvent {
        @Override
        public String describe() {
            return member + " leaves the coalition (" + cause.label() + ": " + cause.description() + ")";
        }
    }
}
