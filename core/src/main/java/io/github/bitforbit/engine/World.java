package io.github.bitforbit.engine;

import io.github.bitforbit.rules.RunView;
import io.github.bitforbit.terms.SnapbackMode;

import ec.util.MersenneTwisterFast;

/**
 * Everything one run shares (docs/ODD.md section 2): the clock, the random stream, the concession
 * {@link Ledger}, the phase {@link Plan}, this step's {@link EventLog}, the agents, and the
 * state of exogenous events. Built once per scenario structure and reset for every run.
 *
 * <p>The public methods are what a user's {@link Actor}, {@link VetoPoint} or {@link Probe} may
 * read (and, through {@link #random()}, draw); the rest of the model is package-private.
 */
public final class World implements RunView {
    final MersenneTwisterFast random;

    // ------------------------------------------------------------ structure
    int horizon;
    double falseAlarm;
    /** The rule set restores what a phase bought after a detected violation. */
    boolean snapback;
    final Ledger ledger = new Ledger();
    final Plan plan = new Plan();
    final EventLog log = new EventLog();
    /**
     * The sanctioning side's members in scenario order (docs/ODD.md section 7.11); one for a side
     * of one principal. {@link #sanctioner} is the first.
     */
    Sanctioner[] members;
    /** The first member: the whole sanctioning side unless {@link #coalition}. */
    Sanctioner sanctioner;
    /** The sanctioning side has several members, each of which may leave on its own. */
    boolean coalition;
    Target target;
    Patron[] patrons;
    Partner[] partners;
    /** Who may stop a lift or a restoration: the patrons, then users' veto points. */
    VetoPoint[] vetoPoints;
    /** What changes attention and political costs: the built-in election, then users' modifiers. */
    Modifier[] modifiers;
    /** The users' modifiers only (none: political costs are the model's own, at no cost). */
    Modifier[] costModifiers;
    /** The partners' combined pressure on the sanctioner, {@code 1 - prod(1 - pressure_p)}. */
    double pressure;

    // ------------------------------------------------------------ run state
    TraceRecorder trace;
    boolean tracing;
    int step;
    boolean finished;
    Outcome outcome;
    int exercisesUntil;
    double exerciseMagnitude;
    int summitUntil;
    double summitMagnitude;
    int postponedUntil;
    int suspendedUntil;
    boolean provocationNow;
    /** A rule made this principal walk out this step (null: none), and why. */
    Principal walkOut;
    CollapseCause walkOutCause;
    int phasesCompleted;
    /** The step in which the last phase was completed (-1: not yet); the agreement is then in force. */
    int completedAt;
    int violations;
    int detections;
    int falseAlarms;
    int snapbacks;
    /** The members that left while their side went on, in order (always empty unless {@link #coalition}). */
    final java.util.ArrayList<Departure> departures = new java.util.ArrayList<>();
    /** How many members are still in (all of them unless {@link #coalition}). */
    int membersIn;

    World(MersenneTwisterFast random) {
        this.random = random;
    }

    void reset(TraceRecorder recorder) {
        trace = recorder;
        tracing = recorder != null;
        step = 0;
        finished = false;
        outcome = null;
        exercisesUntil = 0;
        exerciseMagnitude = 0;
        summitUntil = 0;
        summitMagnitude = 0;
        postponedUntil = 0;
        suspendedUntil = 0;
        provocationNow = false;
        walkOut = null;
        walkOutCause = null;
        phasesCompleted = 0;
        completedAt = -1;
        violations = 0;
        detections = 0;
        falseAlarms = 0;
        snapbacks = 0;
        departures.clear();
        membersIn = members.length;
    }

    // ------------------------------------------------------------ what extensions see

    /** The current step, from 0 (month {@code step + 1}). */
    public int step() {
        return step;
    }

    /** The horizon in steps. */
    public int horizon() {
        return horizon;
    }

    /**
     * The run's random stream: the only source of randomness an extension may use, so that a run
     * stays a function of its seed.
     *
     * @return the generator, seeded with all 64 bits of the run seed
     */
    public MersenneTwisterFast random() {
        return random;
    }

    /**
     * Whether this run is traced: build trace events only then, so an untraced run costs nothing.
     *
     * @return true if a recorder receives this run's events
     */
    public boolean tracing() {
        return tracing;
    }

    /**
     * Records a trace event, if this run is traced; an agent of a registered type tells what it
     * did with a {@link TraceEvent.Note}.
     *
     * @param event what happened, in this step
     */
    public void record(TraceEvent event) {
        if (tracing) {
            trace.record(event);
        }
    }

    /** The number of concessions; they are indexed from 0 in the scenario's order. */
    public int concessions() {
        return ledger.size;
    }

    /** The id of concession {@code i}. */
    public String concessionId(int i) {
        return ledger.id[i];
    }

    /** Whether concession {@code i} is a sanction tranche. */
    public boolean isTranche(int i) {
        return ledger.kind[i] == Ledger.TRANCHE;
    }

    /** Whether tranche {@code i} is in force now (false for other concessions). */
    public boolean inForce(int i) {
        return ledger.inForce[i];
    }

    /**
     * Whether concession {@code i} is aid with a duration that has been delivered for all of it:
     * delivered and done (not in force, and never suspended or delivered again this run).
     *
     * @param i the concession's index, from 0
     * @return false for every other concession, and for aid still to be delivered or delivering
     */
    public boolean expired(int i) {
        return ledger.expired[i];
    }

    /** The weight of tranche {@code i} (0 for other concessions). */
    public double weight(int i) {
        return ledger.weight[i];
    }

    /** The sanctioner's trust in the target now, in [0, 1]. */
    public double trustInTarget() {
        return sanctioner.trust;
    }

    /**
     * The target's trust in the sanctioning side now, in [0, 1]: in its one principal, or, for a
     * coalition, in the members still in, weighted by the relief each gives (docs/ODD.md 7.11).
     */
    public double trustInSanctioner() {
        return target.sideTrust();
    }

    /** The target's real capability left, in [0, 1]. */
    public double capability() {
        return target.capability;
    }

    /** The share of the sanctions weight lifted now, in [0, 1]. */
    public double reliefDelivered() {
        return ledger.reliefDelivered();
    }

    /**
     * Whether the run has an outcome already.
     *
     * @return true once it completed or collapsed (or stalled, in its last step); it then ends
     *         at the close of this step
     */
    public boolean decided() {
        return outcome != null;
    }

    // ------------------------------------------------------------ shared mechanics

    /** Talks are paused (postponement, or suspension by a rule). */
    boolean blocked() {
        return step < postponedUntil || step < suspendedUntil;
    }

    int remaining() {
        return horizon - step;
    }

    /**
     * The share of sanctions pain all patrons offset together, {@code 1 - prod(1 - leakage_p)};
     * with {@code afterCut}, as it would be once each patron cut its leakage after a walk-out.
     */
    double combinedLeakage(boolean afterCut) {
        double through = 1.0;
        for (Patron p : patrons) {
            through *= 1 - (afterCut ? p.leakageAfterCut() : p.leakage);
        }
        return 1 - through;
    }

    /** The partners' inducements flowing now (share of full sanctions pain). */
    double inducementsFlowing() {
        double v = 0;
        for (Partner p : partners) {
            if (p.inducing) {
                v += p.inducement;
            }
        }
        return v;
    }

    /** The political cost of concession i after the users' modifiers. */
    double politicalCost(int i, double cost) {
        double c = cost;
        for (Modifier m : costModifiers) {
            c = m.politicalCost(i, c, this);
        }
        return c;
    }

    /** Concession i was performed by {@code by} now (as a cheat, if {@code cheat}). */
    void performed(int i, String by, boolean cheat) {
        ledger.status[i] = Ledger.PERFORMED;
        ledger.performedAt[i] = step;
        log.emit(EventLog.COMPLETED, i);
        if (tracing) {
            record(new TraceEvent.Performed(step, by, ledger.id[i], ledger.kind[i] == Ledger.TRANCHE, cheat));
        }
    }

    /** Asks every veto point whether tranche i may be lifted now; traces a refusal. */
    boolean mayLift(int i) {
        return allowed(VetoPoint.Operation.LIFT, i);
    }

    /** Asks every veto point whether lifted tranche i may be re-imposed without cause by a vote now. */
    boolean mayReimpose(int i) {
        return allowed(VetoPoint.Operation.REIMPOSE, i);
    }

    private boolean allowed(VetoPoint.Operation op, int i) {
        for (VetoPoint v : vetoPoints) {
            if (!v.allows(op, i, this)) {
                if (tracing) {
                    String why = "a veto by " + v.name()
                            + (op == VetoPoint.Operation.REIMPOSE ? " of its re-imposition without cause" : "");
                    record(op == VetoPoint.Operation.LIFT ? new TraceEvent.LiftBlocked(step, ledger.id[i], why)
                            : new TraceEvent.RestoreBlocked(step, ledger.id[i], why));
                }
                return false;
            }
        }
        return true;
    }

    /** A rule lifts tranche i (if it is in force, its member is still in and no veto point stops it). */
    void liftByRule(int i) {
        Ledger l = ledger;
        if (l.kind[i] == Ledger.TRANCHE && l.inForce[i] && l.status[i] != Ledger.WITHDRAWN && mayLift(i)) {
            l.inForce[i] = false;
            performed(i, members[l.owner[i]].id, false);
        }
    }

    /**
     * Puts a lifted tranche (or assurance) back, as its snapback mode and the veto points allow;
     * true if restored. Aid that has expired is delivered and done: there is nothing to suspend,
     * and nothing happens (as for a tranche in force). The {@code reason} is read only when
     * tracing (callers that concatenate one pass null otherwise).
     */
    boolean restore(int i, String reason) {
        Ledger l = ledger;
        if (l.kind[i] == Ledger.ASSURANCE) {
            boolean was = l.active[i];
            l.active[i] = false;
            if (was) {
                l.status[i] = Ledger.OPEN;
            }
            return was;
        }
        if (l.kind[i] != Ledger.TRANCHE || l.inForce[i] || l.status[i] == Ledger.OPEN || l.expired[i]) {
            return false;
        }
        if (l.snapback[i] == SnapbackMode.NONE) {
            if (tracing) {
                record(new TraceEvent.RestoreBlocked(step, l.id[i], "its snapback mode (none)"));
            }
            return false;
        }
        if (!allowed(VetoPoint.Operation.RESTORE, i)) {
            return false;
        }
        l.inForce[i] = true;
        l.status[i] = Ledger.OPEN; // to be lifted again only by a remedy phase or a rule
        snapbacks++;
        // A target that did not cheat sees a restoration as the sanctioner's defection.
        if (!target.cheatedEver) {
            target.defected = true;
        }
        log.emit(EventLog.RESTORED, i);
        if (tracing) {
            record(new TraceEvent.Restored(step, l.id[i], reason));
        }
        return true;
    }

    /**
     * Stage 7 (docs/ODD.md section 7.3): each aid with a duration that was delivered in this step
     * has one step of delivery more; one that has now been delivered for its whole duration
     * expires. Expiry is no event of the {@link EventLog} (no rule sees it), restores nothing and
     * is no evidence to anyone; it is traced. Draws nothing.
     */
    void deliverAid() {
        Ledger l = ledger;
        for (int i : l.timedAid) {
            if (l.lifted(i) && ++l.aidSteps[i] >= l.aidDuration[i]) {
                l.expired[i] = true;
                if (tracing) {
                    record(new TraceEvent.Expired(step, l.id[i], l.aidDuration[i]));
                }
            }
        }
    }

    /** Phase b is complete: both sides performed. */
    void completePhase(PhaseTerms b) {
        phasesCompleted++;
        if (tracing) {
            record(new TraceEvent.PhaseCompleted(step, b.name));
        }
        plan.completeCurrent();
        for (Sanctioner m : members) {
            m.defected = false;
            m.rejections = 0;
        }
        target.defected = false;
        target.rejections = 0;
    }

    /**
     * The member that speaks for the sanctioning side (offers, and is owed at a deadline): the
     * first member still in.
     */
    Sanctioner voice() {
        for (Sanctioner m : members) {
            if (!m.left) {
                return m;
            }
        }
        return sanctioner;
    }

    /** Every member still in marks the target's defection (what tit-for-tat answers). */
    void targetDefected() {
        for (Sanctioner m : members) {
            m.defected = true;
        }
    }

    /**
     * Member {@code m} of a coalition leaves for {@code cause} (docs/ODD.md section 7.11): what it
     * lifted comes back as its snapback allows, its aid stops, its assurances end, what it has not
     * given is withdrawn; the target sees its counterpart defect. The last member to leave ends
     * the run as a collapse. A side of one principal never leaves this way: it collapses.
     */
    void leave(Sanctioner m, CollapseCause cause) {
        if (m.left) {
            return;
        }
        m.left = true;
        membersIn--;
        target.members.memberLeft();
        departures.add(new Departure(m.id, step, cause, completedAt >= 0));
        if (tracing) {
            record(new TraceEvent.Left(step, m.id, cause));
        }
        Ledger l = ledger;
        for (int i = 0; i < l.size; i++) {
            if (l.owner[i] != m.member) {
                continue;
            }
            if (l.kind[i] == Ledger.ASSURANCE) {
                l.active[i] = false;
                l.status[i] = Ledger.WITHDRAWN;
            } else if (l.kind[i] == Ledger.TRANCHE && !l.expired[i]) {
                if (l.status[i] == Ledger.OPEN || l.inForce[i]) {
                    l.status[i] = Ledger.WITHDRAWN;
                } else if (l.snapback[i] != SnapbackMode.NONE
                        && (l.snapback[i] != SnapbackMode.VOTE || allowed(VetoPoint.Operation.RESTORE, i))) {
                    l.inForce[i] = true;
                    l.status[i] = Ledger.WITHDRAWN;
                    log.emit(EventLog.RESTORED, i);
                    if (tracing) {
                        record(new TraceEvent.Restored(step, l.id[i], m.id + " left"));
                    }
                }
            }
        }
        target.defected = true;
        if (plan.pending != null && plan.pendingProposer == m) {
            plan.pendingProposer = voice();
        }
        if (membersIn == 0 && outcome == null) {
            collapse(m, cause);
        }
    }

    void collapse(Principal who, CollapseCause cause) {
        outcome = new Outcome.Collapsed(who.id, cause, step, completedAt >= 0);
    }

    Metrics metrics() {
        int undetected = 0;
        for (int i = 0; i < ledger.size; i++) {
            if (target.cheated[i] && ledger.status[i] == Ledger.PERFORMED) {
                undetected++;
            }
        }
        return new Metrics(phasesCompleted, plan.phases.size(), target.capability, ledger.reliefDelivered(),
                sanctioner.trust, target.sideTrust(), violations, detections, falseAlarms, snapbacks, undetected, step,
                completedAt);
    }
}
