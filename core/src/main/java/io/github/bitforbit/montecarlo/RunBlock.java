package io.github.bitforbit.montecarlo;

import java.io.Serializable;
import java.util.List;

/**
 * The outcomes and measurements of a contiguous block of runs of a Monte Carlo, under every design
 * of the Monte Carlo (or comparison), in compact primitive form: what {@link RunBlocks#run} makes
 * on one machine and {@link BlockFold#add} folds on another. Java-serializable (about
 * {@code 9 + 8 * 11} bytes per run and design, plus the users' probes and, once any run of the
 * block has a coalition member leave, 5 bytes per run, design and member), so a cluster can ship it.
 *
 * <p>It holds every run's figures rather than a summary of the block, because the runner's means,
 * variances and streaming quantiles depend on the order of the runs: replaying the runs in run
 * order is what makes a merged result bit-identical to a local one. Immutable once made.
 */
public final class RunBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The master seed of the runs. */
    private final long seed;
    /** The designs' names, in run order within each run. */
    private final List<String> designs;
    /** The runs' figures, trimmed to the block's size. */
    private final Block block;

    RunBlock(long seed, List<String> designs, Block block) {
        this.seed = seed;
        this.designs = List.copyOf(designs);
        this.block = block;
    }

    /** {@return the master seed the runs used (run k: {@link RunSeeds#seed(long, long) seed(master, k)})} */
    public long seed() {
        return seed;
    }

    /** {@return the names of the designs run, in the order the Monte Carlo was given them} */
    public List<String> designs() {
        return designs;
    }

    /** {@return the index of the block's first run, {@code >= 0}} */
    public long first() {
        return block.first;
    }

    /** {@return the number of runs in the block, {@code >= 1}} */
    public int size() {
        return block.size;
    }

    /** {@return the index just past the block's last run} */
    public long end() {
        return block.first + block.size;
    }

    Block block() {
        return block;
    }

    @Override
    public String toString() {
        return "RunBlock[runs " + first() + ".." + (end() - 1) + ", designs " + designs + ", seed " + seed + "]";
    }
}
