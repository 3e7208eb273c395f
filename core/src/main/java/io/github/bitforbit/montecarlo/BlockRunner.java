package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.RunResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The parallel core of the runner. Workers take contiguous blocks of run indices from a shared
 * counter, run every design on each run's seed with their own models, and store the results in a
 * pooled {@link Block}; the calling thread folds completed blocks strictly in block order, so
 * every statistic sees the runs in run-index order whatever the number of threads or the order
 * in which blocks finish. At most {@code 2 * threads + 2} blocks are in flight (claimed but not
 * yet folded), which bounds memory.
 */
final class BlockRunner {

    /** Folds one block; called on the calling thread, in block order. */
    @FunctionalInterface
    interface BlockConsumer {
        void accept(Block block);
    }

    private final ExecutorService pool;
    private final SeededRun[][] models;
    private final long masterSeed;
    private final Map<String, Integer> parties;
    private final Map<String, Integer> members;
    private final boolean keepRaw;
    private final ConcurrentLinkedQueue<Block> buffers = new ConcurrentLinkedQueue<>();

    /**
     * @param pool       runs the workers; needs {@code models.length} threads to use them all
     * @param models     {@code models[w][d]}: worker w's model of design d
     * @param masterSeed the master seed
     * @param parties    party id to index, for the collapse breakdown
     * @param members    member id to index among the sanctioners, for the departures of a coalition's members
     * @param keepRaw    whether blocks keep every {@link RunResult} (for a sink)
     */
    BlockRunner(ExecutorService pool, SeededRun[][] models, long masterSeed, Map<String, Integer> parties,
                Map<String, Integer> members, boolean keepRaw) {
        this.pool = pool;
        this.models = models;
        this.masterSeed = masterSeed;
        this.parties = parties;
        this.members = members;
        this.keepRaw = keepRaw;
    }

    /** The smallest block of runs a worker takes. */
    static final int MIN_BLOCK = 16;

    /** A block size that gives each worker several blocks, within [16, 1024]; it never changes any figure. */
    static int blockSize(long runs, int threads) {
        long perBlock = (runs + 4L * threads - 1) / (4L * threads);
        return (int) Math.max(MIN_BLOCK, Math.min(1024, perBlock));
    }

    /**
     * Runs indices {@code [from, to)} and folds them in order.
     *
     * @return the end of the folded prefix: {@code to}, or less if cancelled or interrupted
     * @throws RuntimeException whatever a model or the consumer threw
     */
    long run(long from, long to, int blockSize, BlockConsumer consumer, CancellationToken token) {
        int threads = models.length;
        int designs = models[0].length;
        long blockCount = (to - from + blockSize - 1) / blockSize;
        AtomicLong next = new AtomicLong();
        Semaphore permits = new Semaphore(2 * threads + 2);
        ReentrantLock lock = new ReentrantLock();
        Condition arrived = lock.newCondition();
        Map<Long, Block> done = new HashMap<>();
        Throwable[] failure = new Throwable[1];
        AtomicBoolean stop = new AtomicBoolean();

        List<Future<?>> workers = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) {
            SeededRun[] own = models[w];
            workers.add(pool.submit(() -> {
                try {
                    while (!stop.get()) {
                        permits.acquire();
                        long b = next.getAndIncrement();
                        if (b >= blockCount || stop.get()) {
                            permits.release();
                            return;
                        }
                        Block buf = buffers.poll();
                        if (buf == null || buf.capacity < blockSize) {
                            buf = new Block(blockSize, designs, keepRaw);
                        }
                        long first = from + b * blockSize;
                        buf.fill(own, masterSeed, first, (int) Math.min(blockSize, to - first), parties, members);
                        lock.lock();
                        try {
                            done.put(b, buf);
                            arrived.signalAll();
                        } finally {
                            lock.unlock();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable t) {
                    lock.lock();
                    try {
                        if (failure[0] == null) {
                            failure[0] = t;
                        }
                        arrived.signalAll();
                    } finally {
                        lock.unlock();
                    }
                }
            }));
        }

        long folded = from;
        try {
            for (long b = 0; b < blockCount; b++) {
                if (token != null && token.isCancelled()) {
                    break;
                }
                Block buf;
                lock.lock();
                try {
                    while ((buf = done.remove(b)) == null && failure[0] == null) {
                        arrived.await();
                    }
                } finally {
                    lock.unlock();
                }
                if (buf == null) {
                    throw rethrow(failure[0]);
                }
                consumer.accept(buf);
                folded = buf.first + buf.size;
                buf.clearRaw();
                buffers.offer(buf);
                permits.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop.set(true);
            permits.release(threads + 1);
            boolean interrupted = false;
            for (Future<?> f : workers) {
                while (true) {
                    try {
                        f.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        break;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return folded;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException) {
            return (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return new IllegalStateException("a Monte Carlo worker failed", t);
    }
}
