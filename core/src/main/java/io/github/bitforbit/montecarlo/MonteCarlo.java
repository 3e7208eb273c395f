package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.RunParameters;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Monte Carlo runs of a scenario: N runs of one design ({@link #run()}), or of several designs on
 * the same seeds ({@link #compare}), summarised by streaming statistics.
 *
 * <pre>{@code
 * MonteCarloResult r = MonteCarlo.of(scenario).design(Template.BIT_FOR_BIT)
 *         .runs(10_000).seed(42).threads(4).run();
 * Interval collapsed = r.share(OutcomeKind.COLLAPSED);
 * }</pre>
 *
 * <p><b>Reproducibility.</b> Run k (from 0) uses the seed {@link RunSeeds#seed(long, long)
 * RunSeeds.seed(seed, k)}, whatever design is being run, so designs compared with
 * {@link #compare} are paired by common random numbers. Workers run contiguous blocks of run
 * indices, and the calling thread folds finished blocks into the statistics strictly in block
 * order, so every statistic, including the order-dependent streaming quantiles, sees the runs in
 * run-index order: every figure is bit-identical on any number of threads.
 *
 * <p><b>Elsewhere.</b> The runs can be shared out to other machines: {@link #blocks} runs any
 * block of run indices there ({@link RunBlock}, serializable), and {@link #fold}, fed the blocks
 * in run order, gives exactly the figures of {@link #run()} and {@link #compare} (this runner
 * folds its own blocks the same way).
 *
 * <p><b>Memory.</b> Statistics are streaming and at most {@code 2 * threads + 2} blocks of at most
 * 1,024 runs are held at once (pooled primitive arrays), so memory does not grow with the number
 * of runs. No per-run data are kept unless a {@link RunSink} asks for them.
 *
 * <p><b>Precision stopping.</b> With {@link #precision(double)}, runs are done in batches of
 * {@link #batchSize(int)}; after each batch the Wilson half-width of the collapse share (of every
 * design, for a comparison) is checked, and the run stops at the first batch boundary where it is
 * at most the target, or at {@link #runs(long)} runs. The decision uses only the in-order
 * aggregate, so it too is independent of the threads.
 *
 * <p><b>Uncertain inputs</b> declared in the scenario ({@link Scenario#uncertainties()}) are drawn
 * by the simulation at the start of every run from that run's own random stream, so the drawn
 * values are a function of the run's seed.
 *
 * <p>This class is a mutable builder and not thread-safe; {@link #run()} and {@link #compare} may
 * be called repeatedly and block until done. Each call creates its own worker threads (daemon
 * threads, shut down before returning) and one model per worker and design. Invalid arguments
 * throw {@link IllegalArgumentException} naming the argument, at the setter.
 */
public final class MonteCarlo {

    /** The default number of runs. */
    public static final long DEFAULT_RUNS = 1_000;
    /** The default batch size for precision stopping. */
    public static final int DEFAULT_BATCH = 1_000;

    private final Scenario scenario;
    private AgreementDesign design;
    private long runs = DEFAULT_RUNS;
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double confidence = 0.95;
    private double precision = Double.NaN;
    private int batchSize = DEFAULT_BATCH;
    private RunSink sink;
    private ProgressListener progress;
    private CancellationToken cancellation;
    private SeededRun.Factory models = SeededRun.Factory.SIMULATION;
    private RunParameters perRun;

    private MonteCarlo(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.design = scenario.design();
    }

    /**
     * A Monte Carlo of {@code scenario} under its default design, with 1,000 runs, master seed 0,
     * one thread per available processor and 95% intervals.
     *
     * @param scenario the scenario, not null
     * @return a builder
     */
    public static MonteCarlo of(Scenario scenario) {
        return new MonteCarlo(scenario);
    }

    /**
     * Runs under {@code design} instead of the scenario's default design.
     *
     * @param design the agreement design
     * @return this builder
     */
    public MonteCarlo design(AgreementDesign design) {
        this.design = Objects.requireNonNull(design, "design");
        return this;
    }

    /**
     * Runs under the design with this name: a template or one of the scenario's rule sets.
     *
     * @param name a design name, e.g. {@code "grit"} or {@code "historical"}
     * @return this builder
     * @throws IllegalArgumentException naming the known designs, if there is none
     */
    public MonteCarlo design(String name) {
        this.design = scenario.design(Objects.requireNonNull(name, "design"));
        return this;
    }

    /**
     * The number of runs; with a precision target, the most runs allowed.
     *
     * @param runs {@code >= 1}
     * @return this builder
     */
    public MonteCarlo runs(long runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1: " + runs);
        }
        this.runs = runs;
        return this;
    }

    /**
     * The master seed (any long, default 0); run k uses {@link RunSeeds#seed(long, long) seed(master, k)}.
     *
     * @param seed the master seed, any long
     * @return this builder
     */
    public MonteCarlo seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * The most worker threads accepted. More threads than cores buys nothing; far more exhausts
     * the operating system's threads and memory.
     */
    public static final int MAX_THREADS = 1024;

    /**
     * The number of worker threads (default: available processors); it changes no figure. No
     * more workers are started than there are blocks of runs to share out.
     *
     * @param threads 1 to {@value #MAX_THREADS}
     * @return this builder
     */
    public MonteCarlo threads(int threads) {
        checkThreads(threads);
        this.threads = threads;
        return this;
    }

    /**
     * The two-sided confidence level of every interval (default 0.95).
     *
     * @param confidence in (0, 1)
     * @return this builder
     */
    public MonteCarlo confidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        this.confidence = confidence;
        return this;
    }

    /**
     * Stops early once the half-width of the collapse share's Wilson interval is at most
     * {@code halfWidth}, checked every {@link #batchSize(int)} runs; {@link #runs(long)} is then the
     * most runs allowed.
     *
     * @param halfWidth the target half-width, in (0, 0.5), e.g. 0.01 for +-1 percentage point
     * @return this builder
     */
    public MonteCarlo precision(double halfWidth) {
        if (!(halfWidth > 0 && halfWidth < 0.5)) {
            throw new IllegalArgumentException("precision must be in (0, 0.5): " + halfWidth);
        }
        this.precision = halfWidth;
        return this;
    }

    /**
     * How often precision is checked, in runs (default 1,000); ignored without a precision target.
     *
     * @param batchSize {@code >= 1}
     * @return this builder
     */
    public MonteCarlo batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /**
     * Receives every run's raw result, in run order, on the calling thread (null: none).
     *
     * @param sink the receiver, or null for none
     * @return this builder
     */
    public MonteCarlo sink(RunSink sink) {
        this.sink = sink;
        return this;
    }

    /**
     * Told of progress after every block, on the calling thread (null: none).
     *
     * @param listener the listener, or null for none
     * @return this builder
     */
    public MonteCarlo progress(ProgressListener listener) {
        this.progress = listener;
        return this;
    }

    /**
     * A token whose {@link CancellationToken#cancel()} stops the call early with a partial result (null: none).
     *
     * @param token the token, or null for none
     * @return this builder
     */
    public MonteCarlo cancellation(CancellationToken token) {
        this.cancellation = token;
        return this;
    }

    /**
     * Parameters drawn jointly at the start of every run (a posterior sample, say), from a uniform
     * derived from the run's seed, so figures stay a function of the seeds on any number of
     * threads (see {@link RunParameters}); null (the default): none, and every run is exactly as before.
     *
     * @param parameters the per-run parameters, or null for none
     * @return this builder
     * @throws IllegalArgumentException for a path that names no numeric parameter of the scenario
     */
    public MonteCarlo perRun(RunParameters parameters) {
        if (parameters != null) {
            for (String path : parameters.paths()) {
                io.github.bitforbit.model.ParameterPath.check(scenario, path);
            }
        }
        this.perRun = parameters;
        return this;
    }

    /** {@return the per-run parameters, or null for none} */
    public RunParameters perRun() {
        return perRun;
    }

    /** The models to run: the substituted or real ones, the real ones taking the per-run parameters. */
    private SeededRun.Factory factory() {
        if (perRun == null) {
            return models;
        }
        RunParameters p = perRun;
        return (s, d) -> new io.github.bitforbit.engine.Simulation(s, d, p)::run;
    }

    /** Substitutes the model (for tests of the runner itself). */
    MonteCarlo model(SeededRun.Factory factory) {
        this.models = Objects.requireNonNull(factory, "factory");
        return this;
    }

    /**
     * Runs the Monte Carlo of the chosen design.
     *
     * @return the summary
     * @throws IllegalArgumentException if the design does not fit the scenario
     * @throws RuntimeException         whatever a simulation or the sink threw
     */
    public MonteCarloResult run() {
        return execute(List.of(design), null).results().get(0);
    }

    /**
     * Runs several designs on the same run seeds and compares every pair.
     *
     * @param designs two or more designs with distinct names
     * @return one summary per design and one paired comparison per pair
     * @throws IllegalArgumentException if fewer than two designs are given, or two share a name
     */
    public Comparison compare(AgreementDesign... designs) {
        Objects.requireNonNull(designs, "designs");
        if (designs.length < 2) {
            throw new IllegalArgumentException("designs must hold at least two designs: " + designs.length);
        }
        return execute(designList(designs), null);
    }

    /** Refuses a thread count outside 1..{@link #MAX_THREADS}. */
    static void checkThreads(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ": " + threads);
        }
    }

    /**
     * A worker for blocks of this Monte Carlo's runs under {@code designs} (none: the chosen
     * design), with this scenario and master seed; for sharing the runs out to other machines.
     *
     * @param designs the designs, in the order the matching {@link #fold} is given them
     * @return a worker for the calling thread
     * @throws IllegalArgumentException if two designs share a name
     */
    public RunBlocks blocks(AgreementDesign... designs) {
        return new RunBlocks(scenario, designList(designs), seed, factory());
    }

    /**
     * An empty fold of this Monte Carlo's blocks under {@code designs} (none: the chosen design),
     * with these runs, seed, confidence, precision target and batch size: fed the blocks in run
     * order, its {@link BlockFold#comparison()} equals {@link #compare} (its
     * {@link BlockFold#result()}, for one design, equals {@link #run()}) bit for bit.
     *
     * @param designs the designs, in the order the blocks were run with
     * @return an empty fold
     * @throws IllegalArgumentException if two designs share a name
     */
    public BlockFold fold(AgreementDesign... designs) {
        return new BlockFold(scenario, designList(designs), seed, runs, confidence, precision, batchSize, perRun);
    }

    /** {@return the scenario, as given to {@link #of}} */
    public Scenario scenario() {
        return scenario;
    }

    /** {@return the chosen design (the scenario's unless {@link #design(AgreementDesign)} chose another)} */
    public AgreementDesign design() {
        return design;
    }

    /** {@return the master seed} */
    public long seed() {
        return seed;
    }

    private List<AgreementDesign> designList(AgreementDesign[] designs) {
        Objects.requireNonNull(designs, "designs");
        if (designs.length == 0) {
            return List.of(design);
        }
        Set<String> names = new HashSet<>();
        for (AgreementDesign d : designs) {
            Objects.requireNonNull(d, "designs");
            if (!names.add(d.name())) {
                throw new IllegalArgumentException("designs must have distinct names: '" + d.name() + "' repeated");
            }
        }
        return List.of(designs);
    }

    /** Runs on a shared pool (or a fresh one if {@code pool} is null); used by sweeps too. */
    Comparison execute(List<AgreementDesign> designs, ExecutorService pool) {
        int d = designs.size();
        // a worker without a block to run would only cost a thread and its models
        int workers = (int) Math.min(threads, (runs + BlockRunner.MIN_BLOCK - 1) / BlockRunner.MIN_BLOCK);
        SeededRun[][] perWorker = new SeededRun[workers][d];
        SeededRun.Factory factory = factory();
        for (int w = 0; w < workers; w++) {
            for (int j = 0; j < d; j++) {
                perWorker[w][j] = factory.create(scenario, designs.get(j));
            }
        }
        BlockFold fold = new BlockFold(scenario, designs, seed, runs, confidence, precision, batchSize, perRun);
        long start = System.nanoTime();
        BlockRunner.BlockConsumer consumer = block -> {
            fold.add(block);
            if (sink != null) {
                for (int r = 0; r < block.size; r++) {
                    for (int j = 0; j < d; j++) {
                        sink.accept(block.first + r, block.raw[r * d + j]);
                    }
                }
            }
            if (progress != null) {
                double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
                progress.progress(fold.runs(), runs, fold.runs() / seconds);
            }
        };

        boolean ownPool = pool == null;
        ExecutorService executor = ownPool ? Executors.newFixedThreadPool(workers, MonteCarloThreads.FACTORY) : pool;
        try {
            BlockRunner engine = new BlockRunner(executor, perWorker, seed, ResultShape.partyIndex(scenario),
                    ResultShape.memberIndex(scenario), sink != null);
            while (!fold.finished()) {
                long end = fold.nextStop();
                long done = engine.run(fold.runs(), end, BlockRunner.blockSize(end - fold.runs(), workers), consumer,
                        cancellation);
                if (done < end) {
                    break;
                }
            }
        } finally {
            if (ownPool) {
                executor.shutdownNow();
            }
        }
        return fold.comparison();
    }
}
