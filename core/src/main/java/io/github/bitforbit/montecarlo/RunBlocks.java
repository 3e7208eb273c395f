package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs blocks of a Monte Carlo's runs on the calling thread: the worker side of a Monte Carlo
 * whose runs are shared out (to the machines of a cluster, say) and merged with a
 * {@link BlockFold}. Made by {@link MonteCarlo#blocks}; run k uses the seed
 * {@link RunSeeds#seed(long, long) seed(master, k)} under every design, as in the local runner,
 * so a block's figures depend only on the scenario, the designs, the master seed and its runs.
 *
 * <p>One model per design is made once and reused for every block, as a worker thread of the
 * local runner does. Not thread-safe: use one per thread.
 */
public final class RunBlocks {

    private final long seed;
    private final List<String> designs;
    private final SeededRun[] models;
    private final Map<String, Integer> parties;
    private final Map<String, Integer> members;

    RunBlocks(Scenario scenario, List<AgreementDesign> designs, long seed, SeededRun.Factory factory) {
        this.seed = seed;
        List<String> names = new ArrayList<>(designs.size());
        models = new SeededRun[designs.size()];
        for (int j = 0; j < models.length; j++) {
            names.add(designs.get(j).name());
            models[j] = factory.create(scenario, designs.get(j));
        }
        this.designs = List.copyOf(names);
        this.parties = ResultShape.partyIndex(scenario);
        this.members = ResultShape.memberIndex(scenario);
    }

    /**
     * Runs {@code [first, first + size)} under every design.
     *
     * @param first the first run's index, {@code >= 0}
     * @param size  the number of runs, {@code >= 1}
     * @return their outcomes and measurements
     * @throws IllegalArgumentException for a negative first run, a size below 1, or an end past
     *                                  {@link Long#MAX_VALUE}
     * @throws RuntimeException         whatever a simulation threw
     */
    public RunBlock run(long first, int size) {
        if (first < 0) {
            throw new IllegalArgumentException("first must be >= 0: " + first);
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1: " + size);
        }
        if (first > Long.MAX_VALUE - size) {
            throw new IllegalArgumentException("first + size must be at most " + Long.MAX_VALUE + ": " + first + " + "
                    + size);
        }
        Block block = new Block(size, models.length, false);
        block.fill(models, seed, first, size, parties, members);
        return new RunBlock(seed, designs, block);
    }
}
