package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.Departure;
import io.github.bitforbit.engine.Metrics;
import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.RunResult;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The results of a contiguous block of runs, for every design, in primitive arrays: what a worker
 * hands to the in-order consumer. Blocks are pooled and reused, so the runner's memory does not
 * grow with the number of runs. Serializable (without the raw results) so that a {@link RunBlock}
 * can carry one to another machine.
 */
final class Block implements Serializable {

    /** 2: the departures of a coalition's members were added (a block of version 1 would lose them). */
    private static final long serialVersionUID = 2L;

    static final int NO_COLLAPSE = -1;
    /** In {@link #leftAt}: the member did not leave in the run. */
    static final int STAYED = -1;
    /** In {@link #leftHow}: the bit set when the member left after completion (the low bits: the cause). */
    static final int AFTER_COMPLETION = 0x80;
    static final int CAUSES = io.github.bitforbit.engine.CollapseCause.values().length;

    final int capacity;
    final int designs;
    /** Index of the block's first run. */
    long first;
    /** Runs in the block, in [1, capacity]. */
    int size;
    /** Per (run, design) slot {@code r * designs + d}: the outcome kind's ordinal. */
    final byte[] kind;
    /** Per slot: the step at which the run ended. */
    final int[] step;
    /** Per slot: {@code party * CAUSES + cause} for a collapse, else {@link #NO_COLLAPSE}. */
    final int[] collapse;
    /** Per slot: the step in which every phase was completed, or -1 if that never happened. */
    final int[] completedAt;
    /** Per slot, {@link Metric#count()} values from {@code slot * Metric.count()}. */
    final double[] values;
    /** Per slot: the values of the users' probes (null: none), in the order of {@link #probeNames}. */
    double[][] probes;
    /** The probes' names, set by the first run with probes (every run of a design has the same ones). */
    String[] probeNames;
    /**
     * The number of members of the coalition (the scenario's sanctioners) per slot in
     * {@link #leftAt} and {@link #leftHow}; set with them.
     */
    int members;
    /**
     * Per member slot {@code slot * members + m}: the step at which member m left in the run, or
     * {@link #STAYED}. Null until a run of the block's fills has a departure, so a side of one
     * principal (which never has any) costs nothing; once allocated, every stored run rewrites its row.
     */
    int[] leftAt;
    /** Per member slot: the cause's ordinal, plus {@link #AFTER_COMPLETION} if the agreement was in force; null with {@link #leftAt}. */
    byte[] leftHow;
    /** Per slot: the raw result, kept only when a sink asked for it (never serialized). */
    final transient RunResult[] raw;

    Block(int capacity, int designs, boolean keepRaw) {
        this.capacity = capacity;
        this.designs = designs;
        int slots = capacity * designs;
        kind = new byte[slots];
        step = new int[slots];
        collapse = new int[slots];
        completedAt = new int[slots];
        values = new double[slots * Metric.count()];
        raw = keepRaw ? new RunResult[slots] : null;
    }

    /**
     * Runs {@code [first, first + size)} of every design, run k on {@link RunSeeds#seed seed(masterSeed, k)}.
     *
     * @param parties party id to its index in the scenario, for a collapse
     * @param members member id to its index among the scenario's sanctioners, for a departure
     */
    void fill(SeededRun[] models, long masterSeed, long first, int size, Map<String, Integer> parties,
              Map<String, Integer> members) {
        this.first = first;
        this.size = size;
        for (int r = 0; r < size; r++) {
            long seed = RunSeeds.seed(masterSeed, first + r);
            for (int d = 0; d < designs; d++) {
                store(r, d, models[d].run(seed), parties, members);
            }
        }
    }

    void store(int run, int design, RunResult result, Map<String, Integer> parties, Map<String, Integer> members) {
        int slot = run * designs + design;
        Outcome outcome = result.outcome();
        kind[slot] = (byte) outcome.kind().ordinal();
        step[slot] = outcome.step();
        if (outcome instanceof Outcome.Collapsed) {
            Outcome.Collapsed c = (Outcome.Collapsed) outcome;
            Integer party = parties.get(c.party());
            if (party == null) {
                throw new IllegalStateException("run with seed " + result.seed() + " collapsed by unknown party '"
                        + c.party() + "'");
            }
            collapse[slot] = party * CAUSES + c.cause().ordinal();
        } else {
            collapse[slot] = NO_COLLAPSE;
        }
        Metrics m = result.metrics();
        completedAt[slot] = m.completedAt();
        int offset = slot * Metric.count();
        for (int i = 0; i < Metric.count(); i++) {
            values[offset + i] = Metric.at(i).of(m);
        }
        if (!result.probes().isEmpty()) {
            if (probes == null) {
                probes = new double[kind.length][];
                probeNames = result.probes().keySet().toArray(new String[0]);
            }
            double[] row = probes[slot] == null ? new double[probeNames.length] : probes[slot];
            for (int i = 0; i < probeNames.length; i++) {
                row[i] = result.probes().getOrDefault(probeNames[i], Double.NaN);
            }
            probes[slot] = row;
        }
        storeDepartures(slot, result, members);
        if (raw != null) {
            raw[slot] = result;
        }
    }

    private void storeDepartures(int slot, RunResult result, Map<String, Integer> memberIndex) {
        if (leftAt != null) {
            Arrays.fill(leftAt, slot * members, (slot + 1) * members, STAYED);
        }
        List<Departure> departures = result.departures();
        if (departures.isEmpty()) {
            return;
        }
        if (memberIndex.size() < 2) {
            throw new IllegalStateException("run with seed " + result.seed() + " reports departures " + departures
                    + ", but a side of " + memberIndex.size() + " sanctioner has no members to leave it");
        }
        if (leftAt == null) {
            members = memberIndex.size();
            leftAt = new int[kind.length * members];
            leftHow = new byte[kind.length * members];
            Arrays.fill(leftAt, STAYED);
        }
        for (Departure d : departures) {
            Integer m = memberIndex.get(d.party());
            if (m == null) {
                throw new IllegalStateException("run with seed " + result.seed() + " reports a departure of '"
                        + d.party() + "', which is not a sanctioner of the scenario " + memberIndex.keySet());
            }
            int at = slot * members + m;
            if (leftAt[at] != STAYED) {
                throw new IllegalStateException("run with seed " + result.seed() + " reports that '" + d.party()
                        + "' left twice: " + departures);
            }
            leftAt[at] = d.step();
            leftHow[at] = (byte) (d.cause().ordinal() | (d.afterCompletion() ? AFTER_COMPLETION : 0));
        }
    }

    void clearRaw() {
        if (raw != null) {
            java.util.Arrays.fill(raw, null);
        }
    }
}
