package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.Metrics;
import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.RunResult;

import java.io.Serializable;
import java.util.Map;

/**
 * The results of a contiguous block of runs, for every design, in primitive arrays: what a worker
 * hands to the in-order consumer. Blocks are pooled and reused, so the runner's memory does not
 * grow with the number of runs. Serializable (without the raw results) so that a {@link RunBlock}
 * can carry one to another machine.
 */
final class Block implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int NO_COLLAPSE = -1;
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

    /** Runs {@code [first, first + size)} of every design, run k on {@link RunSeeds#seed seed(masterSeed, k)}. */
    void fill(SeededRun[] models, long masterSeed, long first, int size, Map<String, Integer> parties) {
        this.first = first;
        this.size = size;
        for (int r = 0; r < size; r++) {
            long seed = RunSeeds.seed(masterSeed, first + r);
            for (int d = 0; d < designs; d++) {
                store(r, d, models[d].run(seed), parties);
            }
        }
    }

    void store(int run, int design, RunResult result, Map<String, Integer> parties) {
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
        if (raw != null) {
            raw[slot] = result;
        }
    }

    void clearRaw() {
        if (raw != null) {
            java.util.Arrays.fill(raw, null);
        }
    }
}
