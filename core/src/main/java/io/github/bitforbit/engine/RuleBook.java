package io.github.bitforbit.engine;

import io.github.bitforbit.rules.Action;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Condition;
import io.github.bitforbit.rules.ConditionKind;
import io.github.bitforbit.rules.ConditionKinds;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Rule;
import io.github.bitforbit.rules.RuleSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rule set's rules compiled for the run (docs/ODD.md section 7.7): each condition and action as
 * a small code and an index, so that the rules stage matches this step's {@link EventLog} without
 * allocating. Event rules fire in the order their events happened (including events the rules
 * cause); level rules (step, trust) fire once, the first step they hold.
 */
final class RuleBook {
    private static final byte COND_STEP = 16; // above every EventLog kind
    private static final byte COND_TRUST = 17;
    private static final byte COND_CUSTOM = 18;

    private static final byte ACT_LIFT = 1;
    private static final byte ACT_RESTORE = 2;
    private static final byte ACT_SUSPEND = 3;
    private static final byte ACT_WALK_OUT = 4;
    private static final byte ACT_OFFER = 5;

    private Rule[] rules;
    private byte[] condType;
    private int[] condArg;
    private Principal[] condTruster;
    private double[] condX;
    private ConditionKind.Test[] condTest;
    private byte[] actType;
    private int[] actArg;
    private Principal[] actParty;
    private boolean[] levelFired;

    void compile(RuleSet rs, World w, Scenario scenario) {
        int n = rs.rules().size();
        rules = rs.rules().toArray(new Rule[0]);
        condType = new byte[n];
        condArg = new int[n];
        condTruster = new Principal[n];
        condX = new double[n];
        condTest = new ConditionKind.Test[n];
        actType = new byte[n];
        actArg = new int[n];
        actParty = new Principal[n];
        levelFired = new boolean[n];
        for (int r = 0; r < n; r++) {
            Condition c = rules[r].when();
            condArg[r] = -1;
            if (c instanceof Condition.StepAtLeast st) {
                condType[r] = COND_STEP;
                condArg[r] = st.step();
            } else if (c instanceof Condition.TrustBelow tb) {
                condType[r] = COND_TRUST;
                condTruster[r] = principal(w, tb.truster());
                condX[r] = tb.threshold();
            } else if (c instanceof Condition.Custom cu) {
                condType[r] = COND_CUSTOM;
                condTest[r] = ConditionKinds.find(cu.kind())
                        .orElseThrow(() -> new IllegalArgumentException("unknown condition kind '" + cu.kind() + "'"))
                        .compile(cu.argument(), scenario);
            } else {
                condArg[r] = w.ledger.index.get(c.concession());
                condType[r] = c instanceof Condition.Completed ? EventLog.COMPLETED
                        : c instanceof Condition.Verified ? EventLog.VERIFIED
                        : c instanceof Condition.Violated ? EventLog.VIOLATED
                        : c instanceof Condition.Detected ? EventLog.DETECTED : EventLog.RESTORED;
            }
            Action a = rules[r].then();
            if (a instanceof Action.Lift l) {
                actType[r] = ACT_LIFT;
                actArg[r] = w.ledger.index.get(l.tranche());
            } else if (a instanceof Action.Restore rs2) {
                actType[r] = ACT_RESTORE;
                actArg[r] = w.ledger.index.get(rs2.tranche());
            } else if (a instanceof Action.Suspend su) {
                actType[r] = ACT_SUSPEND;
                actArg[r] = su.steps();
            } else if (a instanceof Action.WalkOut wo) {
                actType[r] = ACT_WALK_OUT;
                actParty[r] = principal(w, wo.party());
            } else {
                actType[r] = ACT_OFFER;
                String phase = ((Action.Offer) a).phase();
                actArg[r] = -1;
                PhaseTerms[] initial = w.plan.initial;
                for (int i = 0; i < initial.length; i++) {
                    if (initial[i].name.equals(phase)) {
                        actArg[r] = i;
                    }
                }
            }
        }
    }

    private static Principal principal(World w, String id) {
        for (Sanctioner m : w.members) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return w.target;
    }

    void reset() {
        Arrays.fill(levelFired, false);
    }

    /**
     * Stage 5: event rules in the order their events happened this step (with the remedies that
     * detections ask for), then the violations of a phase that has just passed its deadline (whose
     * own rules fire in turn), then level rules.
     */
    void apply(World w) {
        int limit = 16 * (w.ledger.size + 4) * Math.max(1, rules.length);
        int e = drain(w, 0, limit);
        if (missedDeadline(w)) {
            drain(w, e, limit);
        }
        for (int r = 0; r < rules.length; r++) {
            if (levelFired[r]) {
                continue;
            }
            boolean holds = switch (condType[r]) {
                case COND_STEP -> w.step >= condArg[r];
                case COND_TRUST -> condTruster[r].currentTrust() < condX[r];
                case COND_CUSTOM -> condTest[r].holds(w);
                default -> false;
            };
            if (holds) {
                levelFired[r] = true;
                fire(r, w);
            }
        }
    }

    /** Fires the event rules on the log's events from {@code from} on; returns where it stopped. */
    private int drain(World w, int from, int limit) {
        EventLog log = w.log;
        int e = from;
        for (; e < log.count && e < limit; e++) {
            int type = log.kind[e];
            int idx = log.concession[e];
            for (int r = 0; r < rules.length; r++) {
                if (condType[r] == type && condArg[r] == idx) {
                    fire(r, w);
                }
            }
            if (type == EventLog.DETECTED) {
                reopen(idx, w);
            } else if (type == EventLog.BROKEN) {
                reopenBroken(idx, w);
            }
        }
        return e;
    }

    /**
     * The phase under way has passed its deadline (as the walk-out stage will see it, after this
     * step's remedies) with target steps not performed: each of them is violated (MODEL.md section
     * 2, "not performed by its deadline"), and with snapback the tranches the phase already lifted
     * are restored. Not in a unilateral phase: the target agreed to nothing there, and a lapse only
     * halts the initiatives. True if any step was violated.
     */
    private static boolean missedDeadline(World w) {
        Plan plan = w.plan;
        PhaseTerms b = plan.current;
        if (b == null || b.unilateral || w.step < plan.acceptedAt + b.deadline) {
            return false;
        }
        // who is owed is judged now: a restoration below must not turn the sanctioner into a debtor
        plan.owedAtLapse = plan.targetOwed(b) ? w.target : w.voice();
        Ledger l = w.ledger;
        boolean any = false;
        for (int i : b.target) {
            if (l.status[i] == Ledger.OPEN) {
                any = true;
                w.violations++;
                w.log.emit(EventLog.VIOLATED, i);
                if (w.tracing) {
                    w.record(new TraceEvent.Violated(w.step, l.id[i], "not performed by the deadline of " + b.name));
                }
                if (w.snapback) {
                    for (int j : b.sanctioner) {
                        w.restore(j, w.tracing ? "snapback after " + l.id[i] + " missed its deadline" : null);
                    }
                }
            }
        }
        return any;
    }

    private void fire(int r, World w) {
        if (w.tracing) {
            w.record(new TraceEvent.RuleFired(w.step, r + 1, rules[r].toString()));
        }
        int arg = actArg[r];
        switch (actType[r]) {
            case ACT_LIFT -> w.liftByRule(arg);
            case ACT_RESTORE -> w.restore(arg, w.tracing ? "rule " + (r + 1) : null);
            case ACT_SUSPEND -> w.suspendedUntil = Math.max(w.suspendedUntil, w.step + 1 + arg);
            case ACT_WALK_OUT -> {
                if (w.walkOut == null) {
                    w.walkOut = actParty[r];
                    w.walkOutCause = switch (condType[r]) {
                        case COND_STEP -> CollapseCause.DEADLINE;
                        case COND_TRUST -> CollapseCause.TRUST;
                        case EventLog.COMPLETED, EventLog.VERIFIED, COND_CUSTOM -> CollapseCause.UTILITY;
                        default -> CollapseCause.PROVOCATION;
                    };
                }
            }
            case ACT_OFFER -> w.plan.offerInitial(arg);
            default -> throw new IllegalStateException("action " + actType[r]);
        }
    }

    /**
     * After a detection, the step must be done again (remedied). Within the phase under way that
     * only means it is due again, with a fresh deadline. If its phase was already completed,
     * snapback (when the rule set has it) restores what the phase bought, and a remedy phase of
     * the step for whatever was restored is put next in the plan; without snapback the detection
     * only costs trust.
     */
    /**
     * After an open break of a continuing obligation: as after a detection, the step is due again
     * (inside the phase under way), or snapback restores what its completed phase bought and a
     * remedy phase is put next; without snapback the step is simply undone, open to be done again
     * only if some phase asks for it.
     */
    private static void reopenBroken(int i, World w) {
        reopen(i, w);
        w.ledger.status[i] = Ledger.OPEN;
    }

    private static void reopen(int i, World w) {
        Ledger l = w.ledger;
        Plan plan = w.plan;
        PhaseTerms phase = l.phaseOf[i];
        if (phase == null) {
            return;
        }
        if (phase == plan.current) {
            l.status[i] = Ledger.OPEN;
            plan.acceptedAt = w.step;
            return;
        }
        if (!w.snapback) {
            return;
        }
        List<Integer> restored = new ArrayList<>();
        for (int j : phase.sanctioner) {
            if (w.restore(j, w.tracing ? "snapback after " + l.id[i] : null)) {
                restored.add(j);
            }
        }
        PhaseTerms remedy = new PhaseTerms(phase.name + " remedy", new int[]{i},
                restored.stream().mapToInt(Integer::intValue).toArray(), Order.TARGET_FIRST, phase.deadline, true,
                false);
        l.status[i] = Ledger.OPEN;
        plan.insertRemedy(remedy);
    }
}
