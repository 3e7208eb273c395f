package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.stats.PairedDifference;
import io.github.bitforbit.stats.PairedProportions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a Monte Carlo (one design) or of a comparison (several designs on the same
 * seeds), fed {@link RunBlock}s strictly in run order: the merge side of a Monte Carlo whose
 * blocks were run elsewhere (on other machines, in any order). Made by {@link MonteCarlo#fold}.
 *
 * <p><b>Exactness.</b> A block carries every run's outcome and measurements, and the fold adds
 * them one run at a time, in run order, to the same streaming statistics the local runner uses
 * (the local runner folds through this class too). So every figure, the order-dependent ones
 * included (Welford means and variances, P-square quantiles, paired differences), is
 * bit-identical to {@link MonteCarlo#run()} or {@link MonteCarlo#compare} with the same settings,
 * whatever the block sizes and wherever the blocks were run.
 *
 * <p><b>Stopping.</b> Without a precision target the fold is {@link #finished()} after
 * {@code runs} runs. With one, it may stop only at a batch boundary ({@link #nextStop()}), where
 * the collapse share of every design has reached the target, exactly as the local runner does.
 *
 * <p>Mutable, not thread-safe; its memory is fixed (independent of the number of runs).
 */
public final class BlockFold {

    private static final int KINDS = OutcomeKind.values().length;

    private final String scenario;
    private final List<String> designs;
    private final long seed;
    private final long requestedRuns;
    private final double confidence;
    private final double precision;
    private final int batchSize;
    private final Aggregate[] aggregates;
    private final PairedProportions[][] pairShares;
    private final PairedDifference[][] pairMeans;
    private long runs;

    BlockFold(Scenario scenario, List<AgreementDesign> designs, long seed, long requestedRuns, double confidence,
              double precision, int batchSize, io.github.bitforbit.engine.RunParameters perRun) {
        this.scenario = scenario.name();
        List<String> names = new ArrayList<>(designs.size());
        designs.forEach(d -> names.add(d.name()));
        this.designs = List.copyOf(names);
        this.seed = seed;
        this.requestedRuns = requestedRuns;
        this.confidence = confidence;
        this.precision = precision;
        this.batchSize = batchSize;
        List<String> parties = ResultShape.partyIds(scenario);
        List<String> members = ResultShape.memberIds(scenario);
        int maxTime = ResultShape.maxTime(scenario, perRun);
        int d = designs.size();
        aggregates = new Aggregate[d];
        for (int j = 0; j < d; j++) {
            aggregates[j] = new Aggregate(parties, members, maxTime);
        }
        int pairCount = d * (d - 1) / 2;
        pairShares = new PairedProportions[pairCount][KINDS];
        pairMeans = new PairedDifference[pairCount][Metric.count()];
        for (int p = 0; p < pairCount; p++) {
            for (int k = 0; k < KINDS; k++) {
                pairShares[p][k] = new PairedProportions();
            }
            for (int m = 0; m < Metric.count(); m++) {
                pairMeans[p][m] = new PairedDifference();
            }
        }
    }

    /**
     * Adds the next block: the one whose first run is {@link #runs()}.
     *
     * @param block runs {@code [runs(), runs() + size)} of the same master seed and designs, ending
     *              at most at {@link #nextStop()}
     * @throws IllegalArgumentException for a block of another seed or other designs, out of order,
     *                                  or past the next stop
     */
    public void add(RunBlock block) {
        if (block.seed() != seed || !block.designs().equals(designs)) {
            throw new IllegalArgumentException("block must be of seed " + seed + " and designs " + designs
                    + ": seed " + block.seed() + ", designs " + block.designs());
        }
        if (block.first() != runs) {
            throw new IllegalArgumentException("block must start at run " + runs + " (blocks are folded in run order): "
                    + block.first());
        }
        if (block.end() > nextStop()) {
            throw new IllegalArgumentException("block must end at most at run " + nextStop() + ": " + block.end());
        }
        add(block.block());
    }

    /** Adds the block that starts at {@link #runs()} (the local runner's path, unchecked). */
    void add(Block block) {
        int d = aggregates.length;
        int metrics = Metric.count();
        for (int r = 0; r < block.size; r++) {
            int base = r * d;
            for (int j = 0; j < d; j++) {
                aggregates[j].add(block, base + j);
            }
            int p = 0;
            for (int a = 0; a < d; a++) {
                for (int b = a + 1; b < d; b++, p++) {
                    int sa = base + a;
                    int sb = base + b;
                    for (int k = 0; k < KINDS; k++) {
                        pairShares[p][k].add(block.kind[sa] == k, block.kind[sb] == k);
                    }
                    for (int m = 0; m < metrics; m++) {
                        pairMeans[p][m].add(block.values[sa * metrics + m], block.values[sb * metrics + m]);
                    }
                }
            }
        }
        runs = block.first + block.size;
    }

    /** {@return the runs folded so far: runs {@code 0 .. runs() - 1}} */
    public long runs() {
        return runs;
    }

    /**
     * The run before which the fold may next stop: the requested runs, or with a precision target
     * the end of the current batch (at most the requested runs). Blocks must not cross it.
     *
     * @return a run index in {@code (runs(), requestedRuns]}, or {@code runs()} once finished
     */
    public long nextStop() {
        if (finished()) {
            return runs;
        }
        return Double.isNaN(precision) ? requestedRuns : Math.min(requestedRuns, (runs / batchSize + 1) * batchSize);
    }

    /**
     * {@return true once every requested run is folded, or, with a precision target, at a batch
     * boundary where every design's collapse share has reached it}
     */
    public boolean finished() {
        if (runs >= requestedRuns) {
            return true;
        }
        if (Double.isNaN(precision) || runs == 0 || runs % batchSize != 0) {
            return false;
        }
        for (Aggregate a : aggregates) {
            if (!(a.collapseHalfWidth(confidence) <= precision)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The summaries so far; {@linkplain MonteCarloResult#partial() partial} unless
     * {@link #finished()}.
     *
     * @return one summary per design and one paired comparison per pair
     */
    public Comparison comparison() {
        boolean partial = !finished();
        int d = aggregates.length;
        List<MonteCarloResult> results = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            results.add(aggregates[j].snapshot(scenario, designs.get(j), seed, requestedRuns, partial, confidence,
                    precision));
        }
        List<PairedComparison> pairs = new ArrayList<>(pairShares.length);
        int p = 0;
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++, p++) {
                Map<OutcomeKind, ShareDifference> shares = new EnumMap<>(OutcomeKind.class);
                for (OutcomeKind k : OutcomeKind.values()) {
                    PairedProportions t = pairShares[p][k.ordinal()];
                    shares.put(k, new ShareDifference(t.interval(confidence), t.unpairedInterval(confidence),
                            t.varianceReduction(), t.onlyA(), t.onlyB()));
                }
                Map<Metric, MeanDifference> means = new EnumMap<>(Metric.class);
                for (int m = 0; m < Metric.count(); m++) {
                    PairedDifference t = pairMeans[p][m];
                    means.put(Metric.at(m), new MeanDifference(t.interval(confidence), t.varianceReduction()));
                }
                pairs.add(new PairedComparison(designs.get(a), designs.get(b), aggregates[a].runs(), shares, means));
            }
        }
        return new Comparison(results, pairs);
    }

    /** {@return the summary of the first (for a plain Monte Carlo: the only) design, as {@link #comparison()}} */
    public MonteCarloResult result() {
        return comparison().results().get(0);
    }
}
