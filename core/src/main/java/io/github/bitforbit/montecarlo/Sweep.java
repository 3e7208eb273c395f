package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.stats.UnitDesign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * A parameter sweep: a Monte Carlo at every point of a design over scenario parameters addressed
 * by path ({@link ParameterPath}; {@code ruleSet} takes design names).
 *
 * <pre>{@code
 * SweepResult s = Sweep.of(scenario)
 *         .vary("parties.DPRK.trust.initial", "0.1..0.9:5")
 *         .vary("ruleSet", "all-or-nothing,bit-for-bit")
 *         .runsPerPoint(1000).seed(7).run();          // a 5 x 2 grid, 10 rows
 * }</pre>
 *
 * <p><b>Designs.</b> {@link #grid()} (the default) runs every combination of the axes' levels,
 * row-major with the LAST axis varying fastest. {@link #latinHypercube(int)} and
 * {@link #sobol(int)} place n points in the unit cube and map each coordinate u in [0, 1] onto
 * its axis: a range {@code lo..hi} to {@code lo + u (hi - lo)}; a whole-number parameter (such as
 * {@code horizon} or {@code parties.ID.patience}, detected from the scenario) to one of the whole
 * numbers in {@code [ceil(lo), floor(hi)]}, each with an equal share of the unit interval; a value
 * list of m entries to entry {@code min(floor(u m), m - 1)}, so value lists (design names
 * included) are allowed in every design. In a grid, a whole-number range's levels are rounded to
 * the nearest whole number.
 *
 * <p><b>Running.</b> Points run one after another, each on all threads (one shared pool), so a
 * point's figures are exactly those of {@link MonteCarlo#run()} with the same settings, whatever
 * the parallelism. Every point uses the same master seed, so the run seeds are common to all
 * points. The optional row sink receives each row as soon as its point completes (in index
 * order, on the calling thread). {@link #run(PointRunner)} hands the {@link #points()} to another
 * runner instead (one that runs them all at once on a cluster, say), each point's Monte Carlo
 * being {@link #monteCarlo(SweepPoint)}.
 *
 * <p><b>Checking.</b> Paths are checked when added ({@link #vary}); values at the ends of every
 * axis (and every list entry) are checked before any run starts, and {@link #check()} applies
 * every point's values before anything runs. Errors are
 * {@link IllegalArgumentException}s naming the argument, with the closest valid path for an
 * unknown path.
 *
 * <p>A mutable builder, not thread-safe.
 */
public final class Sweep {

    /**
     * The most points a design may have (a grid's combinations, an lhs or sobol design's points, a
     * Saltelli design's evaluations). Designs are built in memory before any run, and a sweep
     * this large already takes days; a larger number is a slip.
     */
    public static final int MAX_POINTS = 100_000;

    /** How the points are placed. */
    private enum Method {
        GRID("grid"), LATIN_HYPERCUBE("latin-hypercube"), SOBOL("sobol");

        final String label;

        Method(String label) {
            this.label = label;
        }
    }

    private Scenario scenario;
    private final List<SweepAxis> axes = new ArrayList<>();
    private Method method = Method.GRID;
    private int points;
    private long runsPerPoint = MonteCarlo.DEFAULT_RUNS;
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double confidence = 0.95;
    private Consumer<SweepRow> rowSink;
    private CancellationToken cancellation;
    private IntPredicate skip;
    private SeededRun.Factory models = SeededRun.Factory.SIMULATION;
    private io.github.bitforbit.engine.RunParameters perRun;

    private Sweep(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
    }

    /**
     * A sweep over {@code scenario} (under its default design unless a {@code ruleSet} axis or
     * {@link #design} says otherwise), as a grid, 1,000 runs per point, master seed 0.
     *
     * @param scenario the scenario whose parameters are varied
     * @return a new sweep
     */
    public static Sweep of(Scenario scenario) {
        return new Sweep(scenario);
    }

    /**
     * Runs every point under {@code design} (a {@code ruleSet} axis overrides it).
     *
     * @param design the agreement design
     * @return this builder
     */
    public Sweep design(AgreementDesign design) {
        this.scenario = scenario.withDesign(Objects.requireNonNull(design, "design"));
        return this;
    }

    /**
     * Adds an axis given as a spec, see {@link SweepAxis#parse}.
     *
     * @param path the parameter path, as in docs/CLI.md
     * @param spec the values: lo..hi:n, lo..hi or a,b,c
     * @return this builder
     * @throws IllegalArgumentException for an unknown path (naming the closest valid one) or a bad spec
     */
    public Sweep vary(String path, String spec) {
        return vary(SweepAxis.parse(path, spec));
    }

    /**
     * Adds an axis.
     *
     * @param axis a parameter path and its levels or range
     * @return this builder
     * @throws IllegalArgumentException for an unknown or repeated path, a range on {@code ruleSet},
     *                                  a design name that does not exist, or a non-number on a numeric path
     */
    public Sweep vary(SweepAxis axis) {
        Objects.requireNonNull(axis, "axis");
        ParameterPath.check(scenario, axis.path());
        for (SweepAxis a : axes) {
            if (a.path().equals(axis.path())) {
                throw new IllegalArgumentException("path '" + axis.path() + "' is already swept");
            }
        }
        boolean ruleSet = ParameterPath.RULE_SET.equals(axis.path());
        if (axis.isRange() && ruleSet) {
            throw new IllegalArgumentException("ruleSet takes a list of design names, not a range");
        }
        for (Object v : axis.values()) {
            if (ruleSet) {
                scenario.design(String.valueOf(v));
            } else if (!(v instanceof Number)) {
                String hint = String.valueOf(v).matches(".*\\d\\s*[-:]\\s*[-+.\\d].*")
                        ? " (a range is lo..hi:n, e.g. 0.1..0.9:9, or lo..hi for lhs and sobol)" : "";
                throw new IllegalArgumentException(axis.path() + ": '" + v + "' is not a number" + hint);
            }
        }
        axes.add(axis);
        return this;
    }

    /**
     * Runs the full grid of the axes' levels (the default).
     *
     * @return this builder
     */
    public Sweep grid() {
        method = Method.GRID;
        return this;
    }

    /**
     * Runs {@code points} points of a random Latin hypercube (seeded from the master seed).
     *
     * @param points 1 to {@value #MAX_POINTS}
     * @return this builder
     */
    public Sweep latinHypercube(int points) {
        this.points = checkPoints("points", atLeastOne("points", points));
        method = Method.LATIN_HYPERCUBE;
        return this;
    }

    /**
     * Runs the first {@code points} points of a Sobol sequence (most even for a power of two).
     *
     * @param points 1 to {@value #MAX_POINTS}
     * @return this builder
     */
    public Sweep sobol(int points) {
        this.points = checkPoints("points", atLeastOne("points", points));
        method = Method.SOBOL;
        return this;
    }

    /**
     * Runs per point.
     *
     * @param runs {@code >= 1}
     * @return this builder
     */
    public Sweep runsPerPoint(long runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runsPerPoint must be >= 1: " + runs);
        }
        this.runsPerPoint = runs;
        return this;
    }

    /**
     * The master seed of every point's Monte Carlo (default 0).
     *
     * @param seed the master seed, any long
     * @return this builder
     */
    public Sweep seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Worker threads (default: available processors); it changes no figure.
     *
     * @param threads 1 to {@value MonteCarlo#MAX_THREADS}
     * @return this builder
     */
    public Sweep threads(int threads) {
        MonteCarlo.checkThreads(threads);
        this.threads = threads;
        return this;
    }

    /**
     * Confidence level of every interval (default 0.95).
     *
     * @param confidence in (0, 1)
     * @return this builder
     */
    public Sweep confidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        this.confidence = confidence;
        return this;
    }

    /**
     * Receives each row as soon as its point completes, on the calling thread (null: none).
     *
     * @param sink the receiver, or null for none
     * @return this builder
     */
    public Sweep onRow(Consumer<SweepRow> sink) {
        this.rowSink = sink;
        return this;
    }

    /**
     * A token that stops the sweep after the current point's completed blocks (null: none).
     *
     * @param token the token, or null for none
     * @return this builder
     */
    public Sweep cancellation(CancellationToken token) {
        this.cancellation = token;
        return this;
    }

    /**
     * Leaves out the points for which {@code completed} returns true: {@link #run()} does not run
     * them and they produce no row (neither in the result nor for the row sink), for resuming a
     * sweep whose other points are already on record. Every other point is run exactly as without
     * this, with the same index and values, so the rows of a resumed sweep together with those on
     * record equal the rows of one uninterrupted sweep. {@link #size()} still counts every point;
     * {@link #sensitivity} ignores this (it needs every output).
     *
     * @param completed tested with each point's index before the point runs (null: run every point)
     * @return this builder
     */
    public Sweep skip(IntPredicate completed) {
        this.skip = completed;
        return this;
    }

    /**
     * Parameters drawn jointly per run of every point ({@link MonteCarlo#perRun}); they override a swept value.
     *
     * @param parameters the per-run parameters, or null for none (the default)
     * @return this builder
     */
    public Sweep perRun(io.github.bitforbit.engine.RunParameters parameters) {
        this.perRun = parameters;
        return this;
    }

    Sweep model(SeededRun.Factory factory) {
        this.models = Objects.requireNonNull(factory, "factory");
        return this;
    }

    /**
     * The number of points the chosen sampling method gives, before any run.
     *
     * @return the product of the axes' levels for a grid, else the points asked for Latin
     *         hypercube or Sobol sampling
     * @throws IllegalArgumentException if no axis was added, or a grid has a continuous range
     */
    public int size() {
        SweepPoints.check(axes, method == Method.GRID);
        if (method != Method.GRID) {
            return points;
        }
        long size = 1;
        for (SweepAxis a : axes) {
            size *= a.levels();
            if (size > MAX_POINTS) {
                throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points");
            }
        }
        return (int) size;
    }

    /**
     * Runs the sweep on this machine's threads.
     *
     * @return one row per point (per point not {@linkplain #skip skipped}), in index order
     * @throws IllegalArgumentException if the sweep is empty or a value is invalid, before any run
     */
    public SweepResult run() {
        return run(PointRunner.LOCAL);
    }

    /**
     * Runs the sweep's points with {@code runner} (on a cluster, say); each row goes to the row
     * sink as soon as the runner hands it over, in index order.
     *
     * @param runner runs the points' Monte Carlos
     * @return one row per point (per point not {@linkplain #skip skipped}), in index order;
     *         partial if the runner stopped before the last point
     * @throws IllegalArgumentException if the sweep is empty or a value is invalid, before any run
     * @throws IllegalStateException    if the runner hands the points over out of order
     */
    public SweepResult run(PointRunner runner) {
        Objects.requireNonNull(runner, "runner");
        List<SweepPoint> points = points();
        List<SweepRow> rows = new ArrayList<>(points.size());
        runner.run(this, points, (point, result) -> {
            if (result.partial()) {
                return false;
            }
            rows.add(row(points, rows.size(), point, result));
            return true;
        });
        List<String> paths = new ArrayList<>();
        axes.forEach(a -> paths.add(a.path()));
        return new SweepResult(scenario.name(), method.label, paths, seed, runsPerPoint, rows,
                rows.size() < points.size());
    }

    /** The row of the {@code n}-th point, handed to the row sink; refuses a point out of order. */
    SweepRow row(List<SweepPoint> points, int n, SweepPoint point, MonteCarloResult result) {
        if (n >= points.size() || !points.get(n).equals(point)) {
            throw new IllegalStateException("point runner must hand over point "
                    + (n < points.size() ? points.get(n).index() : "none") + " next: " + point.index());
        }
        SweepRow row = new SweepRow(point.index(), point.values(), result);
        if (rowSink != null) {
            rowSink.accept(row);
        }
        return row;
    }

    /**
     * The points of the chosen design that {@link #run()} runs, in index order, skipped ones left
     * out; every point's values are checked first, as by {@link #check()}.
     *
     * @return the points
     * @throws IllegalArgumentException if the sweep is empty or a value is invalid
     */
    public List<SweepPoint> points() {
        return checkedPoints(skip);
    }

    /** Every point of the design but those {@code leaveOut} (null: none) names, each checked. */
    private List<SweepPoint> checkedPoints(IntPredicate leaveOut) {
        int size = size();
        List<Boolean> whole = SweepPoints.prepare(axes, scenario);
        UnitDesign unit = SweepPoints.unitDesign(method == Method.LATIN_HYPERCUBE, method == Method.SOBOL, points,
                axes.size(), seed);
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            SweepPoint p = point(i, unit == null ? SweepPoints.gridValues(axes, i, whole)
                    : SweepPoints.unitValues(axes, unit.point(i), whole));
            try {
                p.applyTo(scenario);
            } catch (IllegalArgumentException e) {
                StringBuilder b = new StringBuilder();
                p.values().forEach((path, v) -> b.append(b.length() == 0 ? "" : ", ").append(path).append('=').append(v));
                throw new IllegalArgumentException("point " + i + " (" + b + "): " + e.getMessage(), e);
            }
            if (leaveOut == null || !leaveOut.test(i)) {
                points.add(p);
            }
        }
        return points;
    }

    SweepPoint point(int index, List<Object> values) {
        return SweepPoints.named(axes, index, values);
    }

    /** {@return the scenario every point modifies: the one given to {@link #of}, under {@link #design}'s design} */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The Monte Carlo of one point, exactly as {@link #run()} runs it: the point's scenario, the
     * runs per point, the master seed, the threads, the confidence and the cancellation token.
     *
     * @param point a point of this sweep
     * @return a new Monte Carlo builder
     * @throws IllegalArgumentException if the scenario refuses one of the point's values
     */
    public MonteCarlo monteCarlo(SweepPoint point) {
        return MonteCarlo.of(point.applyTo(scenario)).runs(runsPerPoint).seed(seed).threads(threads)
                .confidence(confidence).cancellation(cancellation).model(models).perRun(perRun);
    }

    int threads() {
        return threads;
    }

    boolean cancelled() {
        return cancellation != null && cancellation.isCancelled();
    }

    /**
     * Checks every point of the chosen design before anything runs, so that a sweep never stops
     * part-way on a value the scenario refuses: each point's values are applied to the scenario
     * exactly as {@link #run()} would apply them.
     *
     * @return this sweep
     * @throws IllegalArgumentException for an empty sweep, or naming the first point, its values
     *                                  and what the scenario refuses
     */
    public Sweep check() {
        checkedPoints(null);
        return this;
    }

    /**
     * Sobol sensitivity indices (first-order and total) of the collapse share over the swept
     * parameters. The Saltelli matrices A, B and {@code A_B^(i)} come from
     * {@link io.github.bitforbit.stats.SobolIndices#plan}; each of their rows is a point, mapped onto the axes as for
     * {@link #sobol(int)}, run with this sweep's Monte Carlo settings; its output is the point's
     * collapse share. Rows go to the row sink with indices {@code j} for A, {@code n + j} for B and
     * {@code (2 + i) n + j} for {@code A_B^(i)}. The design chosen by {@link #grid()} etc. is ignored.
     *
     * @param baseSamples rows n of each matrix, a power of two {@code >= 2}; {@code n (k + 2)}
     *                    points are run for k parameters
     * @param bootstrap   bootstrap resamples for the intervals, {@code >= 0} (0 gives NaN bounds)
     * @return the indices of every parameter
     * @throws IllegalArgumentException if {@code baseSamples} is not a power of two, the sweep is
     *                                  empty, or a value is invalid, before any run
     * @throws CancellationException   if cancelled
     */
    public SensitivityResult sensitivity(int baseSamples, int bootstrap) {
        return sensitivity(baseSamples, bootstrap, PointRunner.LOCAL);
    }

    /**
     * {@link #sensitivity(int, int)} with the points run by {@code runner}.
     *
     * @param baseSamples as for {@link #sensitivity(int, int)}
     * @param bootstrap   as for {@link #sensitivity(int, int)}
     * @param runner      runs the points' Monte Carlos
     * @return the indices of every parameter
     * @throws IllegalArgumentException as for {@link #sensitivity(int, int)}
     * @throws CancellationException   if cancelled
     */
    public SensitivityResult sensitivity(int baseSamples, int bootstrap, PointRunner runner) {
        Objects.requireNonNull(runner, "runner");
        return SobolSweep.run(this, axes, baseSamples, bootstrap, runner, seed, runsPerPoint, confidence);
    }

    static int checkPoints(String what, long n) {
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_POINTS + ": " + n);
        }
        return (int) n;
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1: " + value);
        }
        return value;
    }
}
