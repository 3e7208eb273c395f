package io.github.bitforbit.spark;

import io.github.bitforbit.montecarlo.RunBlock;
import io.github.bitforbit.montecarlo.RunBlocks;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs spans of runs (a point and a range of its run indices) as Spark jobs, in blocks of
 * {@code runsPerBlock} runs, and hands every block to the driver in span and run order, whatever
 * order the tasks finish in.
 *
 * <p>The spans' blocks are numbered in order; a job takes at most {@code blocksPerJob} of them
 * (which bounds what its results hold on the driver, under Spark's {@code spark.driver.maxResultSize})
 * and shares them out over {@code partitions} tasks of contiguous blocks. Two jobs are in flight
 * at once, so executors work on the next job while the driver folds the last.
 */
final class BlockJobs {

    /** Receives blocks in order, on the calling thread. */
    @FunctionalInterface
    interface Sink {
        /**
         * @return false to stop: the remaining jobs are cancelled
         */
        boolean accept(int point, RunBlock block);
    }

    /** The spans to run: {@code point[i]} from run {@code from[i]} to {@code to[i]} (exclusive). */
    record Spans(int[] point, long[] from, long[] to) implements Serializable {
    }

    private final JavaSparkContext spark;
    private final int partitions;
    private final int runsPerBlock;
    private final long blocksPerJob;

    BlockJobs(JavaSparkContext spark, BlockSizing sizing) {
        this.spark = spark;
        this.partitions = sizing.partitions() > 0 ? sizing.partitions() : 4 * spark.defaultParallelism();
        this.runsPerBlock = sizing.runsPerBlock();
        this.blocksPerJob = Math.max(1, sizing.runsPerJob() / sizing.runsPerBlock());
    }

    /**
     * Runs every span's blocks and hands them to {@code sink} in order.
     *
     * @return false if the sink stopped it
     * @throws RuntimeException what a task threw (as Spark reports it)
     */
    boolean run(Broadcast<BlockPlan> plan, Spans spans, Sink sink) {
        long[] firstBlock = new long[spans.point().length + 1];
        for (int i = 0; i < spans.point().length; i++) {
            firstBlock[i + 1] = firstBlock[i] + (spans.to()[i] - spans.from()[i] + runsPerBlock - 1) / runsPerBlock;
        }
        long total = firstBlock[spans.point().length];
        Broadcast<Spans> shared = spark.broadcast(spans);
        Deque<Job> inFlight = new ArrayDeque<>();
        long next = 0;
        try {
            while (next < total || !inFlight.isEmpty()) {
                while (next < total && inFlight.size() < 2) {
                    long end = Math.min(total, next + blocksPerJob);
                    inFlight.add(submit(plan, shared, next, end));
                    next = end;
                }
                Job job = inFlight.poll();
                for (int slice = 0; slice < job.slices; slice++) {
                    for (Located b : job.await(slice)) {
                        if (!sink.accept(b.point(), b.block())) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } finally {
            inFlight.forEach(j -> j.future.cancel());
            shared.destroy();
        }
    }

    /** A block and the point it belongs to. */
    record Located(int point, RunBlock block) implements Serializable {
    }

    private Job submit(Broadcast<BlockPlan> plan, Broadcast<Spans> spans, long from, long to) {
        int slices = (int) Math.min(partitions, to - from);
        List<long[]> ranges = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            ranges.add(new long[] {from + (to - from) * s / slices, from + (to - from) * (s + 1) / slices});
        }
        int perBlock = runsPerBlock;
        JavaRDD<ArrayList<Located>> results = spark.parallelize(ranges, slices)
                .map(range -> runSlice(plan.value(), spans.value(), range, perBlock));
        Job job = new Job(slices);
        List<Object> ids = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            ids.add(s);
        }
        job.future = spark.sc().submitJob(results.rdd(), new OnlyElement(), CollectionConverters.asScala(ids).toSeq(),
                job::arrived, () -> BoxedUnit.UNIT);
        return job;
    }

    /** On an executor: the blocks {@code [range[0], range[1])} of the spans, in order. */
    private static ArrayList<Located> runSlice(BlockPlan plan, Spans spans, long[] range, int runsPerBlock) {
        ArrayList<Located> out = new ArrayList<>();
        int span = 0;
        long spanFirstBlock = 0;
        int point = -1;
        RunBlocks worker = null;
        for (long g = range[0]; g < range[1]; g++) {
            long blocks = (spans.to()[span] - spans.from()[span] + runsPerBlock - 1) / runsPerBlock;
            while (g >= spanFirstBlock + blocks) {
                spanFirstBlock += blocks;
                span++;
                blocks = (spans.to()[span] - spans.from()[span] + runsPerBlock - 1) / runsPerBlock;
            }
            if (spans.point()[span] != point) {
                point = spans.point()[span];
                worker = plan.blocks(point);
            }
            long first = spans.from()[span] + (g - spanFirstBlock) * runsPerBlock;
            int size = (int) Math.min(runsPerBlock, spans.to()[span] - first);
            out.add(new Located(point, worker.run(first, size)));
        }
        return out;
    }

    /** The one element of a task's partition: its list of blocks. */
    private static final class OnlyElement extends AbstractFunction1<scala.collection.Iterator<ArrayList<Located>>,
            ArrayList<Located>> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public ArrayList<Located> apply(scala.collection.Iterator<ArrayList<Located>> partition) {
            return partition.next();
        }
    }

    /** One submitted job: its slices' results as they arrive (on Spark's scheduler thread). */
    private static final class Job {
        final int slices;
        final Map<Integer, ArrayList<Located>> arrived = new HashMap<>();
        SimpleFutureAction<BoxedUnit> future;

        Job(int slices) {
            this.slices = slices;
        }

        synchronized BoxedUnit arrived(Object slice, ArrayList<Located> blocks) {
            arrived.put((Integer) slice, blocks);
            notifyAll();
            return BoxedUnit.UNIT;
        }

        /** Waits for a slice's blocks; rethrows the job's failure. */
        synchronized List<Located> await(int slice) {
            while (!arrived.containsKey(slice)) {
                if (future.isCompleted()) {
                    try {
                        future.get();
                    } catch (Exception e) {
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                        }
                        throw new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
                    }
                    if (!arrived.containsKey(slice)) {
                        throw new IllegalStateException("the Spark job finished without slice " + slice);
                    }
                    break;
                }
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Spark", e);
                }
            }
            return arrived.remove(slice);
        }
    }
}
