package io.github.bitforbit.engine;

import io.github.bitforbit.terms.Assurance;
import io.github.bitforbit.terms.AssuranceKind;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.Aid;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The concession table (docs/ODD.md section 2): one column per attribute, one row per concession,
 * in the scenario's order. The structural columns are compiled once per scenario; the state
 * columns ({@link #status}, {@link #inForce}, ...) are reset for every run without reallocation.
 * Passive data: the agents read and change it, it decides nothing.
 */
final class Ledger {
    static final byte DISARM = 0;
    static final byte TRANCHE = 1;
    static final byte ASSURANCE = 2;

    static final byte OPEN = 0;
    static final byte PERFORMED = 1;
    static final byte VERIFIED = 2;
    static final byte DETECTED = 3;
    /**
     * Given by a coalition member that left before giving it, or taken back when it left: never
     * given again this run, owed by nobody (a phase that lists it completes without it), worth
     * nothing to the target (docs/ODD.md section 7.11).
     */
    static final byte WITHDRAWN = 4;

    // ------------------------------------------------------------ structure
    int size;
    String[] id;
    byte[] kind;
    boolean[] targetOwned;
    double[] deterrence;
    int[] reversal;
    double[] verifiability;
    /** A step's own false-alarm rate (NaN: the scenario's, {@link World#falseAlarm}). */
    double[] falseAlarm;
    /**
     * continuing[i]: step i, performed honestly, is an obligation in force that can be openly
     * broken ({@link DisarmamentStep#continuing}; false for every other concession).
     */
    boolean[] continuing;
    double[] weight;
    /** aidValue[i]: what aid i is worth to the target per step while delivered (0 for a sanction tranche). */
    double[] aidValue;
    /**
     * aidDuration[i]: the steps of delivery aid i lasts, &gt;= 1; 0 for aid that flows until
     * suspended and for every other concession.
     */
    int[] aidDuration;
    SnapbackMode[] snapback;
    /** How tranche i can be re-imposed without cause (NEVER for other concessions). */
    Reimposition[] reimposable;
    double[] politicalCost;
    double[] threatReduction;
    double[] painRelief;
    boolean[] suspendsExercises;
    /** The chance that a restoration of tranche i would succeed (1 automatic, the patrons' no-veto for votes). */
    double[] reliability;
    /** The chance that a re-imposition without cause of tranche i would go through (1 freely, the patrons' no-veto by vote, 0 never). */
    double[] reimposeReliability;
    double totalWeight;
    /**
     * owner[i]: the index of the sanctioning member that gives concession i, in {@link
     * World#members} (0 for every concession of a side of one principal; -1 for the target's steps).
     */
    int[] owner;
    Map<String, Integer> index;
    /**
     * The disarmament steps, the tranches and the assurances, each in index order: the loops
     * that concern one kind (several a step) visit only its rows, in the same order as a scan of
     * all rows would, so that sums come out the same.
     */
    int[] disarms;
    int[] tranches;
    int[] assurances;
    /** The aid rows with a duration ({@link #aidDuration} &gt; 0), in index order (none in most scenarios). */
    int[] timedAid;

    // ------------------------------------------------------------ run state
    byte[] status;
    int[] performedAt;
    /** inForce[i]: tranche i is in force (not lifted). */
    boolean[] inForce;
    /** active[i]: assurance i is in effect. */
    boolean[] active;
    /** The phase each concession was last adopted in (null: none yet). */
    PhaseTerms[] phaseOf;
    /**
     * aidSteps[i]: the steps in which aid i with a duration has been delivered so far this run
     * (counted at the end of each step it was delivered in; a suspension pauses the count).
     */
    int[] aidSteps;
    /**
     * expired[i]: aid i has been delivered for its whole duration: delivered and done, not in
     * force, never suspended, restored or re-delivered again this run.
     */
    boolean[] expired;

    /**
     * Compiles the concessions, reusing the arrays when the count is unchanged; {@code members}
     * gives each sanctioning member's index by its id (a concession of an unknown owner is the
     * first member's, as a validated scenario has none).
     */
    void compile(List<Concession> cs, double noVeto, Map<String, Integer> members) {
        if (id == null || size != cs.size()) {
            allocate(cs.size());
        }
        if (owner == null || owner.length != size) {
            owner = new int[size];
        }
        for (int i = 0; i < size; i++) {
            Concession c = cs.get(i);
            owner[i] = c instanceof DisarmamentStep ? -1 : members.getOrDefault(c.owner(), 0);
        }
        index = new HashMap<>();
        totalWeight = 0;
        for (int i = 0; i < size; i++) {
            Concession c = cs.get(i);
            id[i] = c.id();
            index.put(c.id(), i);
            deterrence[i] = 0;
            reversal[i] = 1;
            verifiability[i] = 0;
            falseAlarm[i] = Double.NaN;
            continuing[i] = false;
            weight[i] = 0;
            aidValue[i] = 0;
            aidDuration[i] = 0;
            snapback[i] = SnapbackMode.NONE;
            reimposable[i] = Reimposition.NEVER;
            reimposeReliability[i] = 0;
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
                falseAlarm[i] = d.falseAlarm();
                continuing[i] = d.continuing();
            } else if (c instanceof Relief t) {
                // aid is relief like a lifted tranche: delivered, suspended, restored by the same rules
                kind[i] = TRANCHE;
                targetOwned[i] = false;
                if (t instanceof SanctionTranche st) {
                    weight[i] = st.weight();
                } else {
                    Aid aid = (Aid) t;
                    aidValue[i] = aid.value();
                    aidDuration[i] = aid.hasDuration() ? aid.duration() : 0;
                }
                snapback[i] = t.snapback();
                reimposable[i] = t.reimposable();
                reimposeReliability[i] = switch (t.reimposable()) {
                    case FREELY -> 1.0;
                    case VOTE -> noVeto;
                    case NEVER -> 0.0;
                };
                politicalCost[i] = t.politicalCost();
                reliability[i] = switch (t.snapback()) {
                    case AUTOMATIC -> 1.0;
                    case VOTE -> noVeto;
                    case NONE -> 0.0;
                };
                totalWeight += weight[i];
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
        disarms = ofKind(DISARM);
        tranches = ofKind(TRANCHE);
        assurances = ofKind(ASSURANCE);
        int[] timed = new int[size];
        int n = 0;
        for (int i : tranches) {
            if (aidDuration[i] > 0) {
                timed[n++] = i;
            }
        }
        timedAid = Arrays.copyOf(timed, n);
    }

    private int[] ofKind(byte k) {
        int[] out = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (kind[i] == k) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Sets the reliability of every restoration (with cause) and re-imposition (without cause)
     * of a tranche that needs a vote: no patron vetoes.
     */
    void voteReliability(double noVeto) {
        for (int i = 0; i < size; i++) {
            if (kind[i] == TRANCHE && snapback[i] == SnapbackMode.VOTE) {
                reliability[i] = noVeto;
            }
            if (kind[i] == TRANCHE && reimposable[i] == Reimposition.VOTE) {
                reimposeReliability[i] = noVeto;
            }
        }
    }

    private void allocate(int n) {
        size = n;
        id = new String[n];
        kind = new byte[n];
        targetOwned = new boolean[n];
        deterrence = new double[n];
        reversal = new int[n];
        verifiability = new double[n];
        falseAlarm = new double[n];
        continuing = new boolean[n];
        weight = new double[n];
        aidValue = new double[n];
        aidDuration = new int[n];
        snapback = new SnapbackMode[n];
        reimposable = new Reimposition[n];
        reimposeReliability = new double[n];
        politicalCost = new double[n];
        threatReduction = new double[n];
        painRelief = new double[n];
        suspendsExercises = new boolean[n];
        reliability = new double[n];
        status = new byte[n];
        performedAt = new int[n];
        inForce = new boolean[n];
        active = new boolean[n];
        phaseOf = new PhaseTerms[n];
        aidSteps = new int[n];
        expired = new boolean[n];
    }

    /**
     * Sets the reversal time of step i (the engine's direct setter); its continuing flag follows
     * the default if it was at the default, as {@link DisarmamentStep#withReversalSteps} does.
     */
    void setReversal(int i, int steps) {
        if (continuing[i] == DisarmamentStep.continuingByDefault(reversal[i])) {
            continuing[i] = DisarmamentStep.continuingByDefault(steps);
        }
        reversal[i] = steps;
    }

    /** A fresh run: nothing performed, every tranche in force, no assurance in effect. */
    void reset() {
        Arrays.fill(status, OPEN);
        Arrays.fill(performedAt, -1);
        Arrays.fill(active, false);
        Arrays.fill(phaseOf, null);
        Arrays.fill(aidSteps, 0);
        Arrays.fill(expired, false);
        for (int i = 0; i < size; i++) {
            inForce[i] = kind[i] == TRANCHE;
        }
    }

    /**
     * Tranche i has been lifted (aid delivered) and is still lifted, and, if it is aid with a
     * duration, has not expired: it can still be taken back.
     */
    boolean lifted(int i) {
        return kind[i] == TRANCHE && !inForce[i] && status[i] != OPEN && !expired[i];
    }

    /**
     * The steps of delivery aid i with a duration has left, the current step included if it is
     * delivered now: its duration less the steps delivered so far (0 once expired).
     */
    int aidLeft(int i) {
        return aidDuration[i] - aidSteps[i];
    }

    /** Whether every concession of {@code items} has been performed. */
    boolean allPerformed(int[] items) {
        for (int i : items) {
            if (status[i] == OPEN) {
                return false;
            }
        }
        return true;
    }

    /** Whether phase b holds everything still outstanding. */
    /** Whether every one of {@code items} was withdrawn by a member that left. */
    boolean allWithdrawn(int[] items) {
        for (int i : items) {
            if (status[i] != WITHDRAWN) {
                return false;
            }
        }
        return true;
    }

    boolean everythingRemaining(PhaseTerms b) {
        for (int i = 0; i < size; i++) {
            boolean outstanding = status[i] != WITHDRAWN && (kind[i] == TRANCHE ? inForce[i] : status[i] == OPEN);
            if (outstanding && !b.contains(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the aid delivered now that flows until suspended is worth to the target per step (aid
     * with a duration is not in it: the target values it for the steps it has left).
     */
    double aidDelivered() {
        double v = 0;
        for (int i = 0; i < size; i++) {
            if (kind[i] == TRANCHE && !inForce[i] && aidDuration[i] == 0) {
                v += aidValue[i];
            }
        }
        return v;
    }

    /** The sanctions weight in force, less the pain assurances in effect relieve (>= 0). */
    double weightInForce() {
        double w = 0;
        for (int i : tranches) {
            if (inForce[i]) {
                w += weight[i];
            }
        }
        for (int i : assurances) {
            if (active[i]) {
                w -= painRelief[i];
            }
        }
        return Math.max(0.0, w);
    }

    /** Share of the total sanctions weight lifted now, in [0, 1]. */
    double reliefDelivered() {
        if (totalWeight <= 0) {
            return 0;
        }
        double lifted = 0;
        for (int i : tranches) {
            if (!inForce[i]) {
                lifted += weight[i];
            }
        }
        return lifted / totalWeight;
    }

    /** How much sanctioner item i weighs against the target's steps when a phase is built. */
    double pairing(int i) {
        return kind[i] == TRANCHE ? weight[i] : painRelief[i] + threatReduction[i] * 0.1;
    }

    /** The ids of {@code items}, for the trace. */
    List<String> ids(int[] items) {
        String[] out = new String[items.length];
        for (int k = 0; k < items.length; k++) {
            out[k] = id[items[k]];
        }
        return Arrays.asList(out);
    }

    static boolean contains(int[] items, int i) {
        for (int x : items) {
            if (x == i) {
                return true;
            }
        }
        return false;
    }
}
