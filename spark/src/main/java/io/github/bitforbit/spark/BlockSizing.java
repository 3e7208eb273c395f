package io.github.bitforbit.spark;

/**
 * How a Monte Carlo or sweep is cut into Spark work; it changes no figure, only speed and memory.
 *
 * @param partitions   tasks per Spark job, {@code >= 1}, or 0 for four per default parallelism
 *                     (the cluster's executor cores); each task runs a contiguous range of blocks
 * @param runsPerBlock runs per {@link io.github.bitforbit.montecarlo.RunBlock}, {@code >= 1}:
 *                     the unit a task returns and the driver folds (a sweep point's runs are cut
 *                     into blocks of this size; the last block of a point may be smaller)
 * @param runsPerJob   the most runs one Spark job takes, {@code >= 1}: a job's results (about
 *                     100 bytes per run and design) are held on the driver until folded, and
 *                     must fit {@code spark.driver.maxResultSize} (1 GB by default); two jobs run
 *                     at once
 */
public record BlockSizing(int partitions, int runsPerBlock, long runsPerJob) {

    /** Four tasks per default parallelism, 256 runs per block, 2^19 runs per job. */
    public static final BlockSizing DEFAULT = new BlockSizing(0, 256, 1L << 19);

    /**
     * Checks the values.
     *
     * @param partitions see {@link #partitions()}
     * @param runsPerBlock see {@link #runsPerBlock()}
     * @param runsPerJob see {@link #runsPerJob()}
     * @throws IllegalArgumentException naming the value out of range
     */
    public BlockSizing {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 1 (or 0 for the default): " + partitions);
        }
        if (runsPerBlock < 1) {
            throw new IllegalArgumentException("runsPerBlock must be >= 1: " + runsPerBlock);
        }
        if (runsPerJob < 1) {
            throw new IllegalArgumentException("runsPerJob must be >= 1: " + runsPerJob);
        }
    }

    /**
     * {@return these sizes with another number of tasks per job}
     *
     * @param n tasks per job, {@code >= 1}, or 0 for the default
     */
    public BlockSizing withPartitions(int n) {
        return new BlockSizing(n, runsPerBlock, runsPerJob);
    }

    /**
     * {@return these sizes with another block size}
     *
     * @param n runs per block, {@code >= 1}
     */
    public BlockSizing withRunsPerBlock(int n) {
        return new BlockSizing(partitions, n, runsPerJob);
    }
}
