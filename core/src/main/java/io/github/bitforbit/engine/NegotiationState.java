package io.github.bitforbit.engine;

import ec.util.MersenneTwisterFast;
import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.agents.TrustBelief;
import io.github.bitforbit.agents.Valuation;
import io.github.bitforbit.model.Assurance;
import io.github.bitforbit.model.AssuranceKind;
import io.github.bitforbit.model.Concession;
import io.github.bitforbit.model.DisarmamentStep;
import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Role;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.model.SanctionTranche;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.SnapbackMode;
import io.github.bitforbit.rules.Action;
import io.github.bitforbit.rules.Condition;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.ProposalMode;
import io.github.bitforbit.rules.Rule;
import io.github.bitforbit.rules.RuleSet;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the negotiation as a MASON {@link SimState}. Its agents are {@link Steppable}s on
 * the {@link sim.engine.Schedule}, one entry per stage and party, in the fixed order of MODEL.md
 * section 3. All randomness comes from {@link #random}, reseeded for each run, so a run is fully
 * determined by its seed. The state is compiled once per scenario structure and then reset for
 * every run without reallocating its arrays.
 */
final class NegotiationState extends SimState {
    private static final long serialVersionUID = 1L;

    static final int SANCTIONER = 0;
    static final int TARGET = 1;

    private static final byte DISARM = 0;
    private static final byte TRANCHE = 1;
    private static final byte ASSURANCE = 2;

    private static final byte OPEN = 0;
    private static final byte PERFORMED = 1;
    private static final byte VERIFIED = 2;
    private static final byte DETECTED = 3;

    // event kinds of the per-step buffer, shared with rule conditions
    private static final byte EV_COMPLETED = 1;
    private static final byte EV_VERIFIED = 2;
    private static final byte EV_VIOLATED = 3;
    private static final byte EV_DETECTED = 4;
    private static final byte EV_RESTORED = 5;
    private static final byte COND_STEP = 6;
    private static final byte COND_TRUST = 7;

    private static final byte ACT_LIFT = 1;
    private static final byte ACT_RESTORE = 2;
    private static final byte ACT_SUSPEND = 3;
    private static final byte ACT_WALK_OUT = 4;
    private static final byte ACT_OFFER = 5;

    /** Stage numbers of MODEL.md section 3, used as MASON orderings (times 16, plus the party). */
    static final int STAGE_EVENTS = 0;
    static final int STAGE_OBSERVE = 1;
    static final int STAGE_NEGOTIATE = 2;
    static final int STAGE_IMPLEMENT = 3;
    static final int STAGE_RULES = 4;
    static final int STAGE_WALK_OUT = 5;
    static final int STAGE_METRICS = 6;

    // ---------------------------------------------------------------- compiled structure
    Scenario scenario;
    RuleSet ruleSet;
    int horizon;
    double falseAlarm;
    Party[] parties;
    final Party[] principal = new Party[2];
    RoleParameters.Target tp;
    RoleParameters.Sanctioner sp;
    int[] patronParty;
    RoleParameters.Patron[] patron;
    RoleParameters.Partner[] partner;
    int[][] partnerRequires;
    double[] partnerAttention;
    double pressure;

    int nC;
    String[] cid;
    byte[] kind;
    boolean[] targetOwned;
    double[] deterrence;
    int[] reversal;
    double[] verifiability;
    double[] weight;
    SnapbackMode[] snapback;
    double[] politicalCost;
    double[] threatReduction;
    double[] painRelief;
    boolean[] suspendsExercises;
    double[] reliability;
    double totalWeight;
    Map<String, Integer> concessionIndex;

    Bit[] initialPlan;
    Rule[] rules;
    byte[] condType;
    int[] condArg;
    int[] condTruster;
    double[] condX;
    byte[] actType;
    int[] actArg;
    ExogenousEvent[] events;

    /** The agents' steppables, in schedule order, and their orderings (stage * 16 + position). */
    Steppable[] steppables;
    int[] orderings;
    /** One MASON {@link Sequence} per stage of MODEL.md section 3, in order. */
    Steppable[] stages;
    /**
     * The whole step: a Sequence of the stages, scheduled as one repeating entry. (One entry per
     * stage costs a heap operation each on MASON's schedule, 1.45 times the direct loop's time;
     * one entry per step, kept across runs, about 1.18 times; see README, Performance.)
     */
    Steppable wholeStep;
    /** Whether {@link #wholeStep} is on the schedule (it stays there across runs of one structure). */
    boolean scheduled;

    // ---------------------------------------------------------------- run state
    long runSeed;
    TraceRecorder trace;
    boolean tracing;
    int step;
    boolean finished;
    Outcome outcome;
    final boolean[] cooperative = new boolean[2];
    final double[] trust = new double[2];
    double capability;
    double declared;
    int exercisesUntil;
    double exerciseMagnitude;
    int electionUntil;
    double electionMagnitude;
    int postponedUntil;
    int suspendedUntil;
    boolean provocationNow;
    double[] leakage;
    byte[] status;
    boolean[] cheated;
    /** removed[i]: step i's capability was really removed (an honest performance happened). */
    boolean[] removed;
    double[] pCheat;
    int[] performedAt;
    boolean[] inForce;
    boolean[] active;
    byte[] holdObserved;
    double[] holdHazardCommitted;
    double[] holdHazardWavering;
    boolean[] inducing;
    Bit[] phaseOf;
    boolean[] planned;
    final ArrayList<Bit> plan = new ArrayList<>();
    int nextPhase;
    Bit current;
    int acceptedAt;
    boolean counterNext;
    int proposer;
    Bit pending;
    int pendingProposer;
    boolean halted;
    final int[] lossStreak = new int[2];
    final int[] rejections = new int[2];
    /** defected[i]: principal i's counterpart defected since the last completed phase. */
    final boolean[] defected = new boolean[2];
    boolean targetCheated;
    int walkOutParty;
    CollapseCause walkOutCause;
    boolean[] levelFired;
    int[] evType = new int[64];
    int[] evIdx = new int[64];
    int evCount;
    int phasesCompleted;
    int violations;
    int detections;
    int falseAlarms;
    int snapbacks;

    private final int[] seedWords = new int[2];
    private final View[] views = {new View(SANCTIONER), new View(TARGET)};

    NegotiationState() {
        super(new MersenneTwisterFast(0), new sim.engine.Schedule());
    }

    // ================================================================ compile

    /** Compiles {@code s} under {@code rs}, reusing arrays when the structure is the same. */
    void configure(Scenario s, RuleSet rs) {
        boolean sameShape = parties != null && parties.length == s.parties().size()
                && nC == s.concessions().size() && events.length == s.events().size();
        scenario = s;
        ruleSet = rs;
        horizon = s.horizon();
        falseAlarm = s.falseAlarm();
        parties = s.parties().toArray(new Party[0]);
        List<Integer> patrons = new ArrayList<>();
        List<RoleParameters.Partner> partners = new ArrayList<>();
        List<Double> partnerAttentions = new ArrayList<>();
        for (int i = 0; i < parties.length; i++) {
            Party p = parties[i];
            if (p.role() == Role.SANCTIONER) {
                principal[SANCTIONER] = p;
                sp = p.sanctioner();
            } else if (p.role() == Role.TARGET) {
                principal[TARGET] = p;
                tp = p.target();
            } else if (p.role() == Role.PATRON) {
                patrons.add(i);
            } else {
                partners.add((RoleParameters.Partner) p.parameters());
                partnerAttentions.add(p.attention());
            }
        }
        patronParty = patrons.stream().mapToInt(Integer::intValue).toArray();
        patron = new RoleParameters.Patron[patronParty.length];
        for (int i = 0; i < patron.length; i++) {
            patron[i] = (RoleParameters.Patron) parties[patronParty[i]].parameters();
        }
        partner = partners.toArray(new RoleParameters.Partner[0]);
        partnerAttention = partnerAttentions.stream().mapToDouble(Double::doubleValue).toArray();
        double notPressed = 1.0;
        for (RoleParameters.Partner p : partner) {
            notPressed *= 1 - p.pressure();
        }
        pressure = 1 - notPressed;

        List<Concession> cs = s.concessions();
        nC = cs.size();
        if (!sameShape) {
            cid = new String[nC];
            kind = new byte[nC];
            targetOwned = new boolean[nC];
            deterrence = new double[nC];
            reversal = new int[nC];
            verifiability = new double[nC];
            weight = new double[nC];
            snapback = new SnapbackMode[nC];
            politicalCost = new double[nC];
            threatReduction = new double[nC];
            painRelief = new double[nC];
            suspendsExercises = new boolean[nC];
            reliability = new double[nC];
            status = new byte[nC];
            cheated = new boolean[nC];
            removed = new boolean[nC];
            pCheat = new double[nC];
            performedAt = new int[nC];
            inForce = new boolean[nC];
            active = new boolean[nC];
            holdObserved = new byte[nC];
            holdHazardCommitted = new double[nC];
            holdHazardWavering = new double[nC];
            phaseOf = new Bit[nC];
            planned = new boolean[nC];
        }
        concessionIndex = new HashMap<>();
        double noVeto = 1.0;
        for (RoleParameters.Patron p : patron) {
            noVeto *= 1 - p.vetoProbability();
        }
        totalWeight = 0;
        for (int i = 0; i < nC; i++) {
            Concession c = cs.get(i);
            cid[i] = c.id();
            concessionIndex.put(c.id(), i);
            deterrence[i] = 0;
            reversal[i] = 1;
            verifiability[i] = 0;
            weight[i] = 0;
            snapback[i] = SnapbackMode.NONE;
            politicalCost[i] = 0;
            threatReduction[i] = 0;
            painRelief[i] = 0;
            suspendsExercises[i] = false;
            reliability[i] = 0;
            if (c instanceof DisarmamentStep d) {
                kind[i] = DISARM;
                targetOwned[i] = true;
                deterrence[i] = d.deterrence();
                reversal[i] = d.reversalSteps();
                verifiability[i] = d.verifiability();
            } else if (c instanceof SanctionTranche t) {
                kind[i] = TRANCHE;
                targetOwned[i] = false;
                weight[i] = t.weight();
                snapback[i] = t.snapback();
                politicalCost[i] = t.politicalCost();
                reliability[i] = switch (t.snapback()) {
                    case AUTOMATIC -> 1.0;
                    case VOTE -> noVeto;
                    case NONE -> 0.0;
                };
                totalWeight += t.weight();
            } else {
                Assurance a = (Assurance) c;
                kind[i] = ASSURANCE;
                targetOwned[i] = false;
                politicalCost[i] = a.politicalCost();
                threatReduction[i] = a.threatReduction();
                painRelief[i] = a.painRelief();
                suspendsExercises[i] = a.kind() == AssuranceKind.EXERCISE_SUSPENSION;
            }
        }
        partnerRequires = new int[partner.length][];
        for (int p = 0; p < partner.length; p++) {
            partnerRequires[p] = partner[p].requires().stream().mapToInt(concessionIndex::get).toArray();
        }
        initialPlan = new Bit[rs.phases().size()];
        for (int i = 0; i < initialPlan.length; i++) {
            initialPlan[i] = Bit.of(rs.phases().get(i), concessionIndex);
        }
        compileRules(rs);
        events = s.events().toArray(new ExogenousEvent[0]);
        if (leakage == null || leakage.length != patron.length) {
            leakage = new double[patron.length];
        }
        if (inducing == null || inducing.length != partner.length) {
            inducing = new boolean[partner.length];
        }
        buildSchedule();
    }

    private void compileRules(RuleSet rs) {
        int n = rs.rules().size();
        rules = rs.rules().toArray(new Rule[0]);
        condType = new byte[n];
        condArg = new int[n];
        condTruster = new int[n];
        condX = new double[n];
        actType = new byte[n];
        actArg = new int[n];
        levelFired = new boolean[n];
        for (int r = 0; r < n; r++) {
            Condition c = rules[r].when();
            condArg[r] = -1;
            if (c instanceof Condition.StepAtLeast st) {
                condType[r] = COND_STEP;
                condArg[r] = st.step();
            } else if (c instanceof Condition.TrustBelow tb) {
                condType[r] = COND_TRUST;
                condTruster[r] = principalIndex(tb.truster());
                condX[r] = tb.threshold();
            } else {
                condArg[r] = concessionIndex.get(c.concession());
                condType[r] = c instanceof Condition.Completed ? EV_COMPLETED
                        : c instanceof Condition.Verified ? EV_VERIFIED
                        : c instanceof Condition.Violated ? EV_VIOLATED
                        : c instanceof Condition.Detected ? EV_DETECTED : EV_RESTORED;
            }
            Action a = rules[r].then();
            if (a instanceof Action.Lift l) {
                actType[r] = ACT_LIFT;
                actArg[r] = concessionIndex.get(l.tranche());
            } else if (a instanceof Action.Restore rs2) {
                actType[r] = ACT_RESTORE;
                actArg[r] = concessionIndex.get(rs2.tranche());
            } else if (a instanceof Action.Suspend su) {
                actType[r] = ACT_SUSPEND;
                actArg[r] = su.steps();
            } else if (a instanceof Action.WalkOut w) {
                actType[r] = ACT_WALK_OUT;
                actArg[r] = principalIndex(w.party());
            } else {
                actType[r] = ACT_OFFER;
                String phase = ((Action.Offer) a).phase();
                actArg[r] = -1;
                for (int i = 0; i < initialPlan.length; i++) {
                    if (initialPlan[i].name.equals(phase)) {
                        actArg[r] = i;
                    }
                }
            }
        }
    }

    private int principalIndex(String id) {
        return principal[SANCTIONER].id().equals(id) ? SANCTIONER : TARGET;
    }

    /** The agents and stages as Steppables, with their MASON orderings: stage * 16 + position. */
    private void buildSchedule() {
        List<Steppable> list = new ArrayList<>();
        List<Integer> ord = new ArrayList<>();
        add(list, ord, STAGE_EVENTS, 0, state -> stageEvents());
        for (int i = 0; i < patron.length; i++) {
            final int p = i;
            add(list, ord, STAGE_EVENTS, 1 + i, state -> patronReacts(p));
        }
        add(list, ord, STAGE_OBSERVE, 0, state -> sanctionerObserves());
        add(list, ord, STAGE_OBSERVE, 1, state -> targetObserves());
        add(list, ord, STAGE_NEGOTIATE, 0, state -> negotiate());
        add(list, ord, STAGE_IMPLEMENT, 0, state -> implement(TARGET));
        add(list, ord, STAGE_IMPLEMENT, 1, state -> implement(SANCTIONER));
        add(list, ord, STAGE_IMPLEMENT, 2, state -> sanctionerMayRenege());
        for (int i = 0; i < partner.length; i++) {
            final int p = i;
            add(list, ord, STAGE_IMPLEMENT, 3 + i, state -> partnerActs(p));
        }
        add(list, ord, STAGE_RULES, 0, state -> applyRules());
        add(list, ord, STAGE_WALK_OUT, 0, state -> checkWalkOut());
        add(list, ord, STAGE_METRICS, 0, state -> endStep());
        steppables = list.toArray(new Steppable[0]);
        orderings = ord.stream().mapToInt(Integer::intValue).toArray();
        List<Steppable> stageList = new ArrayList<>();
        for (int stage = STAGE_EVENTS; stage <= STAGE_METRICS; stage++) {
            List<Steppable> members = new ArrayList<>();
            for (int k = 0; k < steppables.length; k++) {
                if (orderings[k] / 16 == stage) {
                    members.add(steppables[k]);
                }
            }
            Sequence seq = new Sequence(members.toArray(new Steppable[0]));
            seq.setEnsuresOrder(true);
            stageList.add(seq);
        }
        stages = stageList.toArray(new Steppable[0]);
        Sequence whole = new Sequence(stages);
        whole.setEnsuresOrder(true);
        wholeStep = whole;
        scheduled = false;
    }

    private static void add(List<Steppable> list, List<Integer> ord, int stage, int position, Steppable s) {
        list.add(s);
        ord.add(stage * 16 + Math.min(position, 15));
    }

    /**
     * Resets the schedule for a new run. MASON's own {@code start()} also "primes" the generator
     * by drawing from it; the run's generator is freshly seeded with all 64 bits of the run seed
     * (MT19937 init_by_array) instead, so that a run depends on its seed alone and the direct loop
     * and the schedule see the same stream.
     */
    @Override
    public void start() {
        schedule.reset();
    }

    // ================================================================ reset

    /** Reseeds the run's generator with all 64 bits of {@code seed}. */
    void seed(long seed) {
        runSeed = seed;
        seedWords[0] = (int) seed;
        seedWords[1] = (int) (seed >>> 32);
        random.setSeed(seedWords);
    }

    /** Prepares a fresh run after {@link #seed}; allocates nothing when the structure is unchanged. */
    void initialise(TraceRecorder recorder) {
        trace = recorder;
        tracing = recorder != null;
        step = 0;
        finished = false;
        outcome = null;
        cooperative[SANCTIONER] = random.nextDouble() < principal[SANCTIONER].cooperativePrior();
        cooperative[TARGET] = random.nextDouble() < principal[TARGET].cooperativePrior();
        trust[SANCTIONER] = principal[SANCTIONER].initialTrust();
        trust[TARGET] = principal[TARGET].initialTrust();
        capability = tp.initialCapability();
        declared = capability;
        exercisesUntil = 0;
        exerciseMagnitude = 0;
        electionUntil = 0;
        electionMagnitude = 0;
        postponedUntil = 0;
        suspendedUntil = 0;
        provocationNow = false;
        for (int i = 0; i < patron.length; i++) {
            leakage[i] = patron[i].leakage();
        }
        Arrays.fill(inducing, false);
        Arrays.fill(status, (byte) 0);
        Arrays.fill(cheated, false);
        Arrays.fill(removed, false);
        Arrays.fill(pCheat, 0.0);
        Arrays.fill(performedAt, -1);
        Arrays.fill(active, false);
        Arrays.fill(holdObserved, (byte) 0);
        Arrays.fill(phaseOf, null);
        Arrays.fill(planned, false);
        for (int i = 0; i < nC; i++) {
            inForce[i] = kind[i] == TRANCHE;
        }
        plan.clear();
        for (Bit b : initialPlan) {
            plan.add(b);
            for (int i : b.target) {
                planned[i] = true;
            }
            for (int i : b.sanctioner) {
                planned[i] = true;
            }
        }
        nextPhase = 0;
        current = null;
        acceptedAt = -1;
        counterNext = false;
        proposer = ruleSet.firstProposer() == Role.SANCTIONER ? SANCTIONER : TARGET;
        pending = null;
        halted = false;
        Arrays.fill(lossStreak, 0);
        Arrays.fill(rejections, 0);
        Arrays.fill(defected, false);
        targetCheated = false;
        walkOutParty = -1;
        walkOutCause = null;
        Arrays.fill(levelFired, false);
        evCount = 0;
        phasesCompleted = 0;
        violations = 0;
        detections = 0;
        falseAlarms = 0;
        snapbacks = 0;
    }

    // ================================================================ helpers

    private boolean attentive(int who) {
        double a = principal[who].attention();
        if (who == SANCTIONER && step < electionUntil) {
            a *= 1 - Math.min(1.0, electionMagnitude);
        }
        return random.nextDouble() < a;
    }

    private boolean blocked() {
        return step < postponedUntil || step < suspendedUntil;
    }

    private int remaining() {
        return horizon - step;
    }

    /**
     * The share of sanctions pain all patrons offset together, {@code 1 - prod(1 - leakage_p)};
     * with {@code afterCut}, as it would be once each patron cut its leakage after a walk-out.
     */
    private double combinedLeakage(boolean afterCut) {
        double through = 1.0;
        for (int p = 0; p < patron.length; p++) {
            through *= 1 - leakage[p] * (afterCut ? 1 - patron[p].leakageCut() : 1);
        }
        return 1 - through;
    }

    /** Threat perception now: baseline, plus exercises unless suspended, minus assurances in effect. */
    private double theta() {
        double theta = tp.threatPerception();
        boolean exercisesSuspended = false;
        for (int i = 0; i < nC; i++) {
            if (kind[i] == ASSURANCE && active[i]) {
                theta -= threatReduction[i];
                exercisesSuspended |= suspendsExercises[i];
            }
        }
        if (step < exercisesUntil && !exercisesSuspended) {
            theta += exerciseMagnitude;
        }
        return Math.max(0.0, theta);
    }

    private double weightInForce() {
        double w = 0;
        for (int i = 0; i < nC; i++) {
            if (kind[i] == TRANCHE && inForce[i]) {
                w += weight[i];
            }
        }
        for (int i = 0; i < nC; i++) {
            if (kind[i] == ASSURANCE && active[i]) {
                w -= painRelief[i];
            }
        }
        return Math.max(0.0, w);
    }

    private boolean lifted(int i) {
        return kind[i] == TRANCHE && !inForce[i] && status[i] != OPEN;
    }

    private boolean partnerSatisfied(int p, Bit after) {
        int[] req = partnerRequires[p];
        if (req.length == 0) {
            for (int i = 0; i < nC; i++) {
                if (lifted(i) || (after != null && kind[i] == TRANCHE && inForce[i] && contains(after.sanctioner, i))) {
                    return true;
                }
            }
            return false;
        }
        for (int i : req) {
            if (!(lifted(i) || (after != null && inForce[i] && contains(after.sanctioner, i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] items, int i) {
        for (int x : items) {
            if (x == i) {
                return true;
            }
        }
        return false;
    }

    private void emit(int type, int idx) {
        if (evCount == evType.length) {
            evType = Arrays.copyOf(evType, evCount * 2);
            evIdx = Arrays.copyOf(evIdx, evCount * 2);
        }
        evType[evCount] = type;
        evIdx[evCount] = idx;
        evCount++;
    }

    private void record(TraceEvent e) {
        trace.record(e);
    }

    private String id(int who) {
        return principal[who].id();
    }

    // ================================================================ valuation

    /** What bit {@code b} gives principal {@code who} if the counterpart delivers (V). */
    double value(int who, Bit b) {
        return value(who, b, false);
    }

    /**
     * V of bit b for principal {@code who}; with {@code kept}, what the target has already received
     * from the phase counts too (it keeps it by reciprocating a unilateral initiative).
     */
    double value(int who, Bit b, boolean kept) {
        int r = remaining();
        if (who == TARGET) {
            double a = Valuation.annuity(r, principal[TARGET].discount());
            double leak = combinedLeakage(false);
            double after = capability;
            for (int i : b.target) {
                if (status[i] == OPEN) {
                    after = Math.max(0.0, after - deterrence[i]);
                }
            }
            double v = 0;
            for (int i : b.sanctioner) {
                if (kind[i] == TRANCHE && (inForce[i] || kept)) {
                    v += a * Valuation.pain(tp.sanctionsPain(), weight[i], leak);
                } else if (kind[i] == ASSURANCE && (!active[i] || kept)) {
                    // a lower threat is worth more the less deterrent is left to answer it
                    v += a * (threatReduction[i] * Valuation.exposureToThreat(tp.deterrenceValue(), tp.kappa(), after)
                            + Valuation.pain(tp.sanctionsPain(), painRelief[i], leak));
                }
            }
            for (int p = 0; p < partner.length; p++) {
                if (!inducing[p] && partnerSatisfied(p, b)) {
                    v += a * partner[p].inducement();
                }
            }
            return v;
        }
        double a = Valuation.annuity(r, principal[SANCTIONER].discount());
        double dc = 0;
        for (int i : b.target) {
            if (status[i] == OPEN) {
                dc += deterrence[i];
            }
        }
        return a * sp.threatCost() * dc;
    }

    /** What bit {@code b} costs principal {@code who} for certain. */
    double cost(int who, Bit b) {
        if (who == TARGET) {
            int r = remaining();
            double theta = theta();
            double c = capability;
            double loss = 0;
            for (int i : b.target) {
                if (status[i] == OPEN && deterrence[i] > 0) {
                    loss += Valuation.securityLoss(theta, tp.deterrenceValue(), tp.kappa(), c, deterrence[i])
                            * Valuation.exposure(reversal[i], r, principal[TARGET].discount());
                    c = Math.max(0.0, c - deterrence[i]);
                }
            }
            return loss;
        }
        double cost = 0;
        for (int i : b.sanctioner) {
            if (kind[i] == TRANCHE && inForce[i]) {
                cost += Valuation.politicalCost(politicalCost[i], sp.hawkishness(), trust[SANCTIONER], pressure,
                        sp.snapbackRelief() * reliability[i]);
            } else if (kind[i] == ASSURANCE && !active[i]) {
                cost += Valuation.politicalCost(politicalCost[i], sp.hawkishness(), trust[SANCTIONER], pressure, 0);
            }
        }
        return cost;
    }

    private boolean everythingRemaining(Bit b) {
        for (int i = 0; i < nC; i++) {
            boolean outstanding = kind[i] == TRANCHE ? inForce[i] : status[i] == OPEN;
            if (outstanding && !b.contains(i)) {
                return false;
            }
        }
        return true;
    }

    private View view(int who, Bit b) {
        return view(who, b, false);
    }

    private View view(int who, Bit b, boolean kept) {
        View v = views[who];
        v.value = value(who, b, kept);
        v.cost = cost(who, b);
        v.everything = everythingRemaining(b);
        return v;
    }

    private Strategy strategy(int who) {
        return principal[who].strategy();
    }

    /** The Situation handed to strategies; one per principal, refilled before each decision. */
    private final class View implements Situation {
        private final int who;
        double value;
        double cost;
        boolean everything;

        View(int who) {
            this.who = who;
        }

        @Override
        public String self() {
            return principal[who].id();
        }

        @Override
        public Role role() {
            return who == SANCTIONER ? Role.SANCTIONER : Role.TARGET;
        }

        @Override
        public int step() {
            return step;
        }

        @Override
        public int horizon() {
            return horizon;
        }

        @Override
        public double trust() {
            return trust[who];
        }

        @Override
        public double value() {
            return value;
        }

        @Override
        public double cost() {
            return cost;
        }

        @Override
        public double temptation() {
            return who == SANCTIONER ? sp.temptation() : tp.temptation();
        }

        @Override
        public boolean everythingRemaining() {
            return everything;
        }

        @Override
        public boolean counterpartDefected() {
            return defected[who];
        }

        @Override
        public double random() {
            return NegotiationState.this.random.nextDouble();
        }
    }

    // ================================================================ stage 1: events

    void stageEvents() {
        evCount = 0;
        provocationNow = false;
        for (ExogenousEvent e : events) {
            boolean starts = e.isScheduled() ? e.at() == step : random.nextDouble() < e.hazard();
            if (!starts) {
                continue;
            }
            int until = step + e.duration();
            double m = e.magnitude();
            switch (e.kind()) {
                case EXERCISES -> {
                    exercisesUntil = Math.max(exercisesUntil, until);
                    exerciseMagnitude = m;
                }
                case ELECTION -> {
                    electionUntil = Math.max(electionUntil, until);
                    electionMagnitude = m;
                }
                case PROVOCATION -> {
                    provocationNow = true;
                    setTrust(SANCTIONER, trust[SANCTIONER] * (1 - Math.min(1.0, m)), "provocation");
                }
                case SUMMIT -> {
                    setTrust(SANCTIONER, trust[SANCTIONER] + Math.min(1.0, m) * (1 - trust[SANCTIONER]), "summit");
                    setTrust(TARGET, trust[TARGET] + Math.min(1.0, m) * (1 - trust[TARGET]), "summit");
                }
                case POSTPONEMENT -> postponedUntil = Math.max(postponedUntil, until);
            }
            if (tracing) {
                record(new TraceEvent.EventStarted(step, e.kind(), e.duration()));
            }
        }
    }

    private void setTrust(int who, double value, String reason) {
        double before = trust[who];
        trust[who] = Math.min(1.0, Math.max(0.0, value));
        if (tracing && before != trust[who]) {
            record(new TraceEvent.TrustChanged(step, id(who), id(1 - who), before, trust[who], reason));
        }
    }

    void patronReacts(int p) {
        if (provocationNow) {
            leakage[p] *= 1 - patron[p].leakageCut();
        }
    }

    // ================================================================ stage 2: observation

    /** The sanctioner inspects the target's performed, not yet verified steps. */
    void sanctionerObserves() {
        for (int i = 0; i < nC; i++) {
            if (kind[i] != DISARM || status[i] != PERFORMED || performedAt[i] >= step || verifiability[i] <= 0) {
                continue;
            }
            if (random.nextDouble() >= verifiability[i]) {
                continue;
            }
            boolean alarm = cheated[i] || random.nextDouble() < falseAlarm;
            setTrust(SANCTIONER, TrustBelief.afterInspection(trust[SANCTIONER], alarm, pCheat[i], falseAlarm),
                    alarm ? "violation detected on " + cid[i] : cid[i] + " verified");
            if (alarm) {
                status[i] = DETECTED;
                detections++;
                if (!cheated[i]) {
                    falseAlarms++;
                }
                defected[SANCTIONER] = true;
                emit(EV_DETECTED, i);
            } else {
                status[i] = VERIFIED;
                // tit-for-tat answers the latest move: a verified step is cooperation
                defected[SANCTIONER] = false;
                emit(EV_VERIFIED, i);
            }
            if (tracing) {
                record(new TraceEvent.Inspected(step, id(SANCTIONER), cid[i], alarm, alarm && !cheated[i]));
            }
        }
    }

    /** The target sees whether each lifted tranche stayed lifted last step. */
    void targetObserves() {
        double b = trust[TARGET];
        boolean reimposed = false;
        for (int i = 0; i < nC; i++) {
            if (holdObserved[i] != 0) {
                boolean re = holdObserved[i] == 2;
                reimposed |= re;
                b = TrustBelief.afterHolding(b, re, holdHazardCommitted[i], holdHazardWavering[i]);
                holdObserved[i] = 0;
            }
        }
        setTrust(TARGET, b, reimposed ? "sanctions re-imposed without cause" : "relief held");
    }

    // ================================================================ stage 3: negotiation

    private Bit nextPlanned() {
        if (nextPhase < plan.size()) {
            return plan.get(nextPhase);
        }
        if (ruleSet.proposals() == ProposalMode.NEGOTIATED) {
            Bit built = buildNegotiated();
            if (built != null) {
                plan.add(built);
                for (int i : built.target) {
                    planned[i] = true;
                }
                for (int i : built.sanctioner) {
                    planned[i] = true;
                }
            }
            return built;
        }
        return null;
    }

    /** A phase built from the concessions no phase holds yet, within the rule set's bounds. */
    private Bit buildNegotiated() {
        var terms = ruleSet.negotiation();
        List<Integer> t = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < nC; i++) {
            if (!planned[i]) {
                (targetOwned[i] ? t : s).add(i);
            }
        }
        if (t.isEmpty() && s.isEmpty()) {
            return null;
        }
        t.sort((x, y) -> Double.compare(deterrence[x], deterrence[y]));
        s.sort((x, y) -> Double.compare(pairing(x), pairing(y)));
        List<Integer> give = new ArrayList<>();
        double received = 0;
        for (int i : t) {
            if (!give.isEmpty() && received + deterrence[i] > terms.maxBit() + 1e-12) {
                break;
            }
            give.add(i);
            received += deterrence[i];
        }
        List<Integer> take = new ArrayList<>();
        double given = 0;
        for (int i : s) {
            if (!take.isEmpty() && (received <= 0 || given / received >= terms.ratioLow())) {
                break;
            }
            if (!take.isEmpty() && received > 0 && (given + pairing(i)) / received > terms.ratioHigh()) {
                break;
            }
            take.add(i);
            given += pairing(i);
        }
        if (t.isEmpty()) {
            take = s;
        }
        if (s.isEmpty()) {
            give = t;
        }
        return new Bit("phase " + (plan.size() + 1), give.stream().mapToInt(Integer::intValue).toArray(),
                take.stream().mapToInt(Integer::intValue).toArray(), terms.order(), terms.deadline(),
                terms.verifyBeforeReward(), false);
    }

    private double pairing(int i) {
        return kind[i] == TRANCHE ? weight[i] : painRelief[i] + threatReduction[i] * 0.1;
    }

    private int firstMover(Bit b) {
        return b.order == Order.SANCTIONER_FIRST ? SANCTIONER : TARGET;
    }

    void negotiate() {
        if (blocked() || current != null || halted || outcome != null) {
            return;
        }
        if (pending != null) {
            respond(pendingProposer, pending);
            return;
        }
        Bit next = nextPlanned();
        if (next == null) {
            return;
        }
        int p = proposer;
        if (!attentive(p)) {
            return;
        }
        Bit offer = next;
        boolean counter = counterNext;
        if (counterNext) {
            counterNext = false;
            Bit smaller = next.smallerFor(p == TARGET);
            if (smaller != null) {
                offer = smaller;
            }
        }
        if (offer.unilateral && p != firstMover(offer)) {
            proposer = 1 - p;
            return;
        }
        if (!strategy(p).accepts(view(p, offer))) {
            proposer = 1 - p;
            return;
        }
        if (tracing) {
            record(new TraceEvent.Offered(step, id(p), offer.name, ids(offer.target), ids(offer.sanctioner), counter));
        }
        if (offer.unilateral) {
            adopt(offer);
            return;
        }
        pending = offer;
        pendingProposer = p;
        respond(p, offer);
    }

    private void respond(int p, Bit offer) {
        int r = 1 - p;
        if (!attentive(r)) {
            return;
        }
        View v = view(r, offer);
        boolean yes = strategy(r).accepts(v);
        if (tracing) {
            record(new TraceEvent.Responded(step, id(r), offer.name, yes, v.surplus()));
        }
        pending = null;
        if (yes) {
            adopt(offer);
        } else {
            rejections[p]++;
            proposer = r;
            counterNext = ruleSet.counterOffers();
        }
    }

    /**
     * The offer becomes the phase under way. A counter-offer's left-out items are deferred to the
     * front of the next phase (or to a new last phase when there is none).
     */
    private void adopt(Bit offer) {
        Bit planned = plan.get(nextPhase);
        if (offer != planned) {
            plan.set(nextPhase, offer);
            int[] t = Bit.missing(planned.target, offer.target);
            int[] s = Bit.missing(planned.sanctioner, offer.sanctioner);
            if (nextPhase + 1 < plan.size()) {
                plan.set(nextPhase + 1, plan.get(nextPhase + 1).plus(t, s));
            } else {
                plan.add(new Bit(planned.name + " rest", t, s, planned.order, planned.deadline, planned.verify,
                        planned.unilateral));
            }
        }
        current = offer;
        acceptedAt = step;
        for (int i : offer.target) {
            phaseOf[i] = offer;
        }
        for (int i : offer.sanctioner) {
            phaseOf[i] = offer;
        }
    }

    private List<String> ids(int[] items) {
        List<String> out = new ArrayList<>(items.length);
        for (int i : items) {
            out.add(cid[i]);
        }
        return out;
    }

    // ================================================================ stage 4: implementation

    private boolean allPerformed(int[] items) {
        for (int i : items) {
            if (status[i] == OPEN) {
                return false;
            }
        }
        return true;
    }

    /** The target's part is done: performed and, where rewards wait for it, verified. */
    private boolean targetSideDone(Bit b) {
        if (!allPerformed(b.target)) {
            return false;
        }
        if (b.verify && b.order == Order.TARGET_FIRST) {
            for (int i : b.target) {
                if (deterrence[i] > 0 && verifiability[i] > 0 && status[i] != VERIFIED) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean due(Bit b, int who) {
        return switch (b.order) {
            case SIMULTANEOUS -> true;
            case TARGET_FIRST -> who == TARGET || targetSideDone(b);
            case SANCTIONER_FIRST -> who == SANCTIONER || allPerformed(b.sanctioner);
        };
    }

    void implement(int who) {
        Bit b = current;
        if (b == null || blocked() || outcome != null) {
            return;
        }
        int[] mine = who == TARGET ? b.target : b.sanctioner;
        if (allPerformed(mine) || !due(b, who) || !attentive(who)) {
            return;
        }
        boolean reciprocating = b.unilateral && who != firstMover(b);
        View v = view(who, b, reciprocating);
        boolean go = reciprocating ? strategy(who).accepts(v) : strategy(who).performs(v);
        if (!go) {
            return;
        }
        for (int i : mine) {
            if (status[i] == OPEN) {
                perform(i, b);
            }
        }
        if (allPerformed(b.target) && allPerformed(b.sanctioner)) {
            phasesCompleted++;
            if (tracing) {
                record(new TraceEvent.PhaseCompleted(step, b.name));
            }
            current = null;
            nextPhase++;
            defected[SANCTIONER] = false;
            defected[TARGET] = false;
            rejections[SANCTIONER] = 0;
            rejections[TARGET] = 0;
        }
    }

    private void perform(int i, Bit b) {
        boolean cheat = false;
        if (kind[i] == DISARM && removed[i]) {
            // a remedy of a step already done honestly: it only reopens the site to inspection
            cheated[i] = false;
        } else if (kind[i] == DISARM) {
            pCheat[i] = opportunistCheatProbability(i, b);
            cheat = !cooperative[TARGET] && pCheat[i] > 0 && random.nextDouble() < pCheat[i];
            if (!cheated[i]) {
                declared = Math.max(0.0, declared - deterrence[i]);
            }
            cheated[i] = cheat;
            if (cheat) {
                violations++;
                targetCheated = true;
            } else {
                removed[i] = true;
                capability = Math.max(0.0, capability - deterrence[i]);
            }
        } else if (kind[i] == TRANCHE) {
            inForce[i] = false;
            defected[TARGET] = false;
        } else {
            active[i] = true;
        }
        status[i] = PERFORMED;
        performedAt[i] = step;
        emit(EV_COMPLETED, i);
        if (tracing) {
            record(new TraceEvent.Performed(step, targetOwned[i] ? id(TARGET) : id(SANCTIONER), cid[i],
                    kind[i] == TRANCHE, cheat));
        }
    }

    /**
     * The probability that an opportunist cheats on step i of bit b: the security it keeps
     * against the relief it expects to lose if caught (all of it when rewards wait for
     * verification, since a cheated step is never verified; otherwise what snapback would take
     * back, times the chance of detection within the horizon).
     */
    private double opportunistCheatProbability(int i, Bit b) {
        int r = remaining();
        double gain = Valuation.securityLoss(theta(), tp.deterrenceValue(), tp.kappa(), capability, deterrence[i])
                * Valuation.exposure(reversal[i], r, principal[TARGET].discount());
        double atStake = value(TARGET, b);
        double a = Valuation.annuity(r, principal[TARGET].discount());
        double leak = combinedLeakage(false);
        double protection = 0;
        double stakeWeight = 0;
        for (int j : b.sanctioner) {
            if (kind[j] == TRANCHE) {
                // lifted tranches of this phase are at stake too, if snapback can take them back
                if (!inForce[j]) {
                    atStake += a * Valuation.pain(tp.sanctionsPain(), weight[j], leak);
                }
                protection += weight[j] * reliability[j];
                stakeWeight += weight[j];
            }
        }
        double penalty;
        if (b.verify && b.order == Order.TARGET_FIRST && verifiability[i] > 0) {
            penalty = atStake;
        } else {
            double detect = 1 - Math.pow(1 - verifiability[i], r);
            double restorable = ruleSet.snapback() && stakeWeight > 0 ? protection / stakeWeight : 0;
            penalty = detect * atStake * restorable;
        }
        return Valuation.cheatProbability(gain, penalty, tp.cheatNoise());
    }

    /** A lifted tranche may be re-imposed without cause: often by a wavering sanctioner, rarely by a committed one. */
    void sanctionerMayRenege() {
        double factor = step < electionUntil ? sp.electionRenegeFactor() : 1.0;
        double hc = Math.min(1.0, sp.committedRenegeHazard() * factor);
        double hw = Math.min(1.0, sp.renegeHazard() * factor);
        double h = cooperative[SANCTIONER] ? hc : hw;
        for (int i = 0; i < nC; i++) {
            if (!lifted(i)) {
                continue;
            }
            boolean re = random.nextDouble() < h;
            holdObserved[i] = (byte) (re ? 2 : 1);
            holdHazardCommitted[i] = hc;
            holdHazardWavering[i] = hw;
            if (re) {
                inForce[i] = true;
                violations++;
                defected[TARGET] = true;
                emit(EV_RESTORED, i);
                emit(EV_VIOLATED, i);
                if (tracing) {
                    record(new TraceEvent.Restored(step, cid[i], "re-imposed without cause by " + id(SANCTIONER)));
                }
            }
        }
    }

    void partnerActs(int p) {
        boolean satisfied = partnerSatisfied(p, null);
        if (inducing[p] && !satisfied) {
            inducing[p] = false;
        } else if (!inducing[p] && satisfied && random.nextDouble() < partnerAttention[p]) {
            inducing[p] = true;
        }
    }

    double inducementsFlowing() {
        double v = 0;
        for (int p = 0; p < partner.length; p++) {
            if (inducing[p]) {
                v += partner[p].inducement();
            }
        }
        return v;
    }

    // ================================================================ stage 5: rules

    /** Event rules in the order their events happened this step (including those rules cause), then level rules. */
    void applyRules() {
        int limit = 16 * (nC + 4) * Math.max(1, rules.length);
        for (int e = 0; e < evCount && e < limit; e++) {
            int type = evType[e];
            int idx = evIdx[e];
            for (int r = 0; r < rules.length; r++) {
                if (condType[r] == type && condArg[r] == idx) {
                    fire(r);
                }
            }
            if (type == EV_DETECTED) {
                reopen(idx);
            }
        }
        for (int r = 0; r < rules.length; r++) {
            if (levelFired[r]) {
                continue;
            }
            boolean holds = condType[r] == COND_STEP ? step >= condArg[r]
                    : condType[r] == COND_TRUST && trust[condTruster[r]] < condX[r];
            if (holds) {
                levelFired[r] = true;
                fire(r);
            }
        }
    }

    private void fire(int r) {
        if (tracing) {
            record(new TraceEvent.RuleFired(step, r + 1, rules[r].toString()));
        }
        int arg = actArg[r];
        switch (actType[r]) {
            case ACT_LIFT -> {
                if (kind[arg] == TRANCHE && inForce[arg]) {
                    inForce[arg] = false;
                    status[arg] = PERFORMED;
                    performedAt[arg] = step;
                    emit(EV_COMPLETED, arg);
                    if (tracing) {
                        record(new TraceEvent.Performed(step, id(SANCTIONER), cid[arg], true, false));
                    }
                }
            }
            case ACT_RESTORE -> restore(arg, "rule " + (r + 1));
            case ACT_SUSPEND -> suspendedUntil = Math.max(suspendedUntil, step + 1 + arg);
            case ACT_WALK_OUT -> {
                if (walkOutParty < 0) {
                    walkOutParty = arg;
                    walkOutCause = switch (condType[r]) {
                        case COND_STEP -> CollapseCause.DEADLINE;
                        case COND_TRUST -> CollapseCause.TRUST;
                        case EV_COMPLETED, EV_VERIFIED -> CollapseCause.UTILITY;
                        default -> CollapseCause.PROVOCATION;
                    };
                }
            }
            case ACT_OFFER -> {
                if (arg >= 0 && current == null && pending == null) {
                    int at = plan.indexOf(initialPlan[arg]);
                    if (at >= 0) {
                        nextPhase = at;
                    }
                }
            }
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
    private void reopen(int i) {
        Bit phase = phaseOf[i];
        if (phase == null) {
            return;
        }
        if (phase == current) {
            status[i] = OPEN;
            acceptedAt = step;
            return;
        }
        if (!ruleSet.snapback()) {
            return;
        }
        List<Integer> restored = new ArrayList<>();
        for (int j : phase.sanctioner) {
            if (restore(j, "snapback after " + cid[i])) {
                restored.add(j);
            }
        }
        Bit remedy = new Bit(phase.name + " remedy", new int[]{i},
                restored.stream().mapToInt(Integer::intValue).toArray(), Order.TARGET_FIRST, phase.deadline, true,
                false);
        status[i] = OPEN;
        int at = current == null && pending == null ? nextPhase : nextPhase + 1;
        plan.add(Math.min(at, plan.size()), remedy);
        if (pending != null && at > nextPhase) {
            return;
        }
        pending = null;
    }

    /** Puts a lifted tranche (or assurance) back, as its snapback mode allows; true if it was restored. */
    private boolean restore(int i, String reason) {
        if (kind[i] == ASSURANCE) {
            boolean was = active[i];
            active[i] = false;
            if (was) {
                status[i] = OPEN;
            }
            return was;
        }
        if (kind[i] != TRANCHE || inForce[i] || status[i] == OPEN) {
            return false;
        }
        if (snapback[i] == SnapbackMode.NONE) {
            if (tracing) {
                record(new TraceEvent.RestoreBlocked(step, cid[i], "its snapback mode (none)"));
            }
            return false;
        }
        if (snapback[i] == SnapbackMode.VOTE) {
            for (int p = 0; p < patron.length; p++) {
                if (random.nextDouble() < patron[p].vetoProbability()) {
                    if (tracing) {
                        record(new TraceEvent.RestoreBlocked(step, cid[i], "a veto by " + parties[patronParty[p]].id()));
                    }
                    return false;
                }
            }
        }
        inForce[i] = true;
        status[i] = OPEN; // to be lifted again only by a remedy phase or a rule
        snapbacks++;
        // A target that did not cheat sees a restoration as the sanctioner's defection.
        if (!targetCheated) {
            defected[TARGET] = true;
        }
        emit(EV_RESTORED, i);
        if (tracing) {
            record(new TraceEvent.Restored(step, cid[i], reason));
        }
        return true;
    }

    // ================================================================ stage 6: walk-out

    void checkWalkOut() {
        if (outcome != null) {
            return;
        }
        if (walkOutParty >= 0) {
            collapse(walkOutParty, walkOutCause);
            return;
        }
        Bit b = current;
        if (b != null && step >= acceptedAt + b.deadline) {
            if (b.unilateral) {
                halted = true;
                current = null;
                if (tracing) {
                    record(new TraceEvent.Halted(step, b.name));
                }
            } else {
                collapse(owedParty(b), CollapseCause.DEADLINE);
                return;
            }
        }
        for (int who = 0; who < 2; who++) {
            if (trust[who] < principal[who].trustFloor()) {
                collapse(who, CollapseCause.TRUST);
                return;
            }
        }
        for (int who = 0; who < 2; who++) {
            lossStreak[who] = continuing(who) < outside(who) ? lossStreak[who] + 1 : 0;
            if (lossStreak[who] >= principal[who].patience() || rejections[who] >= principal[who].patience()) {
                collapse(who, CollapseCause.UTILITY);
                return;
            }
        }
        if (current == null && pending == null && nextPhase >= plan.size()
                && (ruleSet.proposals() == ProposalMode.SCRIPTED || allPlanned())) {
            outcome = new Outcome.Completed(step);
        }
    }

    private boolean allPlanned() {
        for (boolean p : planned) {
            if (!p) {
                return false;
            }
        }
        return true;
    }

    /** Who is still owed something when phase b passes its deadline. */
    private int owedParty(Bit b) {
        switch (b.order) {
            case TARGET_FIRST:
                if (!allPerformed(b.target)) {
                    return SANCTIONER;
                }
                return TARGET;
            case SANCTIONER_FIRST:
                return allPerformed(b.sanctioner) ? SANCTIONER : TARGET;
            default:
                return allPerformed(b.target) ? TARGET : SANCTIONER;
        }
    }

    private Bit upcoming() {
        if (current != null) {
            return current;
        }
        if (pending != null) {
            return pending;
        }
        return nextPhase < plan.size() && !halted ? plan.get(nextPhase) : null;
    }

    /** Expected value of staying in the talks over the remaining horizon. */
    double continuing(int who) {
        Bit next = upcoming();
        double deal = next == null ? 0 : Math.max(0.0, trust[who] * value(who, next) - cost(who, next));
        int r = remaining();
        double a = Valuation.annuity(r, principal[who].discount());
        if (who == TARGET) {
            double flow = -theta() * Valuation.exposureToThreat(tp.deterrenceValue(), tp.kappa(), capability)
                    - Valuation.pain(tp.sanctionsPain(), weightInForce(), combinedLeakage(false)) + inducementsFlowing();
            return a * flow + deal;
        }
        return -a * sp.threatCost() * declared + deal;
    }

    /**
     * Value of walking out. The target returns to testing: it undoes what it can, loses every
     * assurance and all relief (maximum pressure), gains its outside option, and its patrons cut
     * leakage. The sanctioner returns to maximum pressure against the capability it would face.
     */
    double outside(int who) {
        int r = remaining();
        double a = Valuation.annuity(r, principal[who].discount());
        double rebuilt = capability;
        double rebuiltDeclared = declared;
        for (int i = 0; i < nC; i++) {
            if (kind[i] == DISARM && status[i] != OPEN && reversal[i] != DisarmamentStep.IRREVERSIBLE) {
                if (!cheated[i]) {
                    rebuilt += deterrence[i];
                }
                rebuiltDeclared += deterrence[i];
            }
        }
        rebuilt = Math.min(1.0, rebuilt);
        rebuiltDeclared = Math.min(1.0, rebuiltDeclared);
        if (who == TARGET) {
            double theta = tp.threatPerception() + (step < exercisesUntil ? exerciseMagnitude : 0);
            double flow = -theta * Valuation.exposureToThreat(tp.deterrenceValue(), tp.kappa(), rebuilt)
                    + tp.outsideOption() - Valuation.pain(tp.sanctionsPain(), totalWeight, combinedLeakage(true));
            return a * flow;
        }
        return a * (sp.outsideOption() - sp.threatCost() * rebuiltDeclared);
    }

    private void collapse(int who, CollapseCause cause) {
        outcome = new Outcome.Collapsed(id(who), cause, step);
    }

    // ================================================================ stage 7: metrics

    void endStep() {
        if (outcome == null && step >= horizon - 1) {
            outcome = new Outcome.Stalled(step);
        }
        if (tracing) {
            record(new TraceEvent.StepEnd(step, trust[SANCTIONER], trust[TARGET], capability, reliefDelivered()));
            if (outcome != null) {
                record(new TraceEvent.Ended(step, outcome));
            }
        }
        if (outcome != null) {
            finished = true;
        }
        step++;
    }

    double reliefDelivered() {
        if (totalWeight <= 0) {
            return 0;
        }
        double lifted = 0;
        for (int i = 0; i < nC; i++) {
            if (kind[i] == TRANCHE && !inForce[i]) {
                lifted += weight[i];
            }
        }
        return lifted / totalWeight;
    }

    Metrics metrics() {
        int undetected = 0;
        for (int i = 0; i < nC; i++) {
            if (cheated[i] && status[i] == PERFORMED) {
                undetected++;
            }
        }
        return new Metrics(phasesCompleted, plan.size(), capability, reliefDelivered(), trust[SANCTIONER],
                trust[TARGET], violations, detections, falseAlarms, snapbacks, undetected, step);
    }
}
