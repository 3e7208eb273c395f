package io.github.bitforbit.robust;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.CancellationToken;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.RunSeeds;
import io.github.bitforbit.montecarlo.SweepAxis;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.LatinHypercube;
import io.github.bitforbit.stats.SobolDesign;
import io.github.bitforbit.stats.UnitDesign;
import io.github.bitforbit.stats.Wilson;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Designs compared over a space of uncertain parameters rather than at one point: robust
 * decision making (Lempert, Popper and Bankes 2003) with scenario discovery by PRIM.
 *
 * <pre>{@code
 * RobustResult r = RobustComparison.of(scenario)
 *         .designs("all-or-nothing", "bit-for-bit")
 *         .vary("parties.DPRK.trust.initial", "0.1..0.9")
 *         .vary("falseAlarm", "0..0.2")
 *         .latinHypercube(200).runsPerPoint(500).seed(1).run();
 * }</pre>
 *
 * <p>At every point the designs are run with {@link MonteCarlo#compare} on the same master seed,
 * so they share their run seeds (common random numbers) within a point and across points. The
 * points are those of a Latin hypercube (seeded from the master seed, as for a sweep), a Sobol
 * sequence, or a given list (for instance a sample of a posterior), mapped onto the axes exactly
 * as {@link io.github.bitforbit.montecarlo.Sweep} maps them. Points run one after another, each
 * on all threads, so every figure is independent of the number of threads.
 *
 * <p>A mutable builder, not thread-safe. Errors are {@link IllegalArgumentException}s naming the
 * argument, raised before any run.
 */
public final class RobustComparison {
    private final Scenario scenario;
    private final List<String> designs = new ArrayList<>();
    private final List<SweepAxis> axes = new ArrayList<>();
    private List<Map<String, Object>> given;
    private String method = "latin-hypercube";
    private int points = 200;
    private long runsPerPoint = 500;
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double confidence = 0.95;
    private Prim prim = Prim.DEFAULT;
    private Consumer<RobustPoint> onPoint;
    private IntPredicate skip;
    private List<RobustPoint> recorded = List.of();
    private CancellationToken cancellation;

    private RobustComparison(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
    }

    /**
     * A robust comparison over {@code scenario}: 200 Latin hypercube points, 500 runs per point, seed 0.
     *
     * @param scenario the scenario
     * @return a builder
     */
    public static RobustComparison of(Scenario scenario) {
        return new RobustComparison(scenario);
    }

    /**
     * The designs to compare: templates or the scenario's rule sets.
     *
     * @param names two or more distinct design names
     * @return this builder
     */
    public RobustComparison designs(String... names) {
        Objects.requireNonNull(names, "names");
        if (names.length < 2) {
            throw new IllegalArgumentException("designs: need at least two designs to compare: " + names.length);
        }
        designs.clear();
        for (String n : names) {
            scenario.design(n);
            if (designs.contains(n)) {
                throw new IllegalArgumentException("designs: '" + n + "' is repeated");
            }
            designs.add(n);
        }
        return this;
    }

    /**
     * Adds an uncertain parameter with its range {@code lo..hi} or list of values (see {@link SweepAxis#parse}).
     *
     * @param path a numeric parameter path (not {@code ruleSet}: the designs are what is compared)
     * @param spec the range or values
     * @return this builder
     */
    public RobustComparison vary(String path, String spec) {
        SweepAxis axis = SweepAxis.parse(path, spec);
        if (ParameterPath.RULE_SET.equals(path)) {
            throw new IllegalArgumentException("ruleSet cannot be varied in a robust comparison: list the designs instead");
        }
        ParameterPath.check(scenario, path);
        for (SweepAxis a : axes) {
            if (a.path().equals(path)) {
                throw new IllegalArgumentException("path '" + path + "' is already varied");
            }
        }
        for (Object v : axis.values()) {
            if (!(v instanceof Number)) {
                // the same hint as a sweep's, for a range mistyped as lo-hi or lo:hi
                String hint = String.valueOf(v).matches(".*\\d\\s*[-:]\\s*[-+.\\d].*")
                        ? " (a range is lo..hi:n, e.g. 0.1..0.9:9, or lo..hi for lhs and sobol)" : "";
                throw new IllegalArgumentException(path + ": '" + v + "' is not a number" + hint);
            }
        }
        axes.add(axis);
        return this;
    }

    /**
     * Places {@code n} points by a Latin hypercube seeded from the master seed (the default, 200 points).
     *
     * @param n 1 to {@value io.github.bitforbit.montecarlo.Sweep#MAX_POINTS}
     * @return this builder
     */
    public RobustComparison latinHypercube(int n) {
        this.points = checkPoints(n);
        this.method = "latin-hypercube";
        return this;
    }

    /**
     * Places the first {@code n} points of a Sobol sequence.
     *
     * @param n 1 to {@value io.github.bitforbit.montecarlo.Sweep#MAX_POINTS}
     * @return this builder
     */
    public RobustComparison sobol(int n) {
        this.points = checkPoints(n);
        this.method = "sobol";
        return this;
    }

    /**
     * Runs at the given points instead (a posterior sample, say); the axes added by
     * {@link #vary} are ignored and the paths are those of the first point.
     *
     * @param list at least one point, every one with the same paths, each a numeric parameter path
     * @return this builder
     */
    public RobustComparison points(List<Map<String, Double>> list) {
        Objects.requireNonNull(list, "points");
        if (list.isEmpty()) {
            throw new IllegalArgumentException("points must not be empty");
        }
        checkPoints(list.size());
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Double> p : list) {
            if (!p.keySet().equals(list.get(0).keySet())) {
                throw new IllegalArgumentException("points: every point needs the paths " + list.get(0).keySet());
            }
            copy.add(new LinkedHashMap<>(p));
        }
        for (String path : list.get(0).keySet()) {
            ParameterPath.check(scenario, path);
        }
        this.given = copy;
        this.method = "given";
        return this;
    }

    /**
     * Sets runs: runs of every design at every point, {@code >= 1}.
     *
     * @param runs runs of every design at every point, {@code >= 1}
     * @return this builder
     */
    public RobustComparison runsPerPoint(long runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runsPerPoint must be >= 1: " + runs);
        }
        this.runsPerPoint = runs;
        return this;
    }

    /**
     * Sets seed: the master seed, any long.
     *
     * @param seed the master seed, any long
     * @return this builder
     */
    public RobustComparison seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Sets threads: worker threads, 1 to {@value MonteCarlo#MAX_THREADS}; changes no figure.
     *
     * @param threads worker threads, 1 to {@value MonteCarlo#MAX_THREADS}; changes no figure
     * @return this builder
     */
    public RobustComparison threads(int threads) {
        MonteCarlo.of(scenario).threads(threads);
        this.threads = threads;
        return this;
    }

    /**
     * Sets confidence: the level of every interval, in (0, 1).
     *
     * @param confidence the level of every interval, in (0, 1)
     * @return this builder
     */
    public RobustComparison confidence(double confidence) {
        MonteCarlo.of(scenario).confidence(confidence);
        this.confidence = confidence;
        return this;
    }

    /**
     * Sets prim: the PRIM settings for the boxes (default {@link Prim#DEFAULT}).
     *
     * @param prim the PRIM settings for the boxes (default {@link Prim#DEFAULT})
     * @return this builder
     */
    public RobustComparison prim(Prim prim) {
        this.prim = Objects.requireNonNull(prim, "prim");
        return this;
    }

    /**
     * Sets sink: receives each point as soon as it is run, in index order (null: none).
     *
     * @param sink receives each point as soon as it is run, in index order (null: none)
     * @return this builder
     */
    public RobustComparison onPoint(Consumer<RobustPoint> sink) {
        this.onPoint = sink;
        return this;
    }

    /**
     * Sets token: stops the comparison between points with a {@link CancellationException} (null: none).
     *
     * @param token stops the comparison between points with a {@link CancellationException} (null: none)
     * @return this builder
     */
    public RobustComparison cancellation(CancellationToken token) {
        this.cancellation = token;
        return this;
    }

    /**
     * Points already on record from an interrupted comparison with the same settings: they are
     * not run again, and the result is that of one uninterrupted comparison (every point's figures
     * depend only on its values and the master seed).
     *
     * @param done points previously delivered to {@link #onPoint}, any order
     * @return this builder
     */
    public RobustComparison resume(List<RobustPoint> done) {
        this.recorded = List.copyOf(Objects.requireNonNull(done, "done"));
        return this;
    }

    /** {@return the number of points this comparison runs} */
    public int size() {
        return given != null ? given.size() : points;
    }

    /**
     * The parameter values of every point, without running anything; each is checked against the scenario.
     *
     * @return one map from path to value per point, in index order
     * @throws IllegalArgumentException naming the first point the scenario refuses
     */
    public List<Map<String, Object>> pointValues() {
        if (designs.isEmpty()) {
            throw new IllegalArgumentException("designs: name at least two designs to compare");
        }
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                apply(i, given.get(i));
            }
            return given;
        }
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("no uncertain parameter: add one with vary(path, range)");
        }
        for (SweepAxis a : axes) {
            a.checkIn(scenario);
        }
        UnitDesign unit = method.equals("sobol") ? new SobolDesign(points, axes.size())
                : new LatinHypercube(points, axes.size(), RunSeeds.mix(seed ^ 0x4C48535F53454544L));
        List<Boolean> whole = new ArrayList<>();
        for (SweepAxis a : axes) {
            whole.add(ParameterPath.isWholeNumber(scenario, a.path()));
        }
        List<Map<String, Object>> out = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            double[] u = unit.point(i);
            Map<String, Object> values = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                values.put(axes.get(a).path(), axes.get(a).at(u[a], whole.get(a)));
            }
            apply(i, values);
            out.add(values);
        }
        return out;
    }

    /**
     * Runs every point and summarises.
     *
     * @return the comparison
     * @throws IllegalArgumentException before any run, for missing designs or parameters or a refused value
     * @throws CancellationException    if cancelled
     */
    public RobustResult run() {
        List<Map<String, Object>> values = pointValues();
        Map<Integer, RobustPoint> done = new LinkedHashMap<>();
        for (RobustPoint p : recorded) {
            done.put(p.index(), p);
        }
        List<RobustPoint> all = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            RobustPoint p = done.get(i);
            if (p == null) {
                if (cancellation != null && cancellation.isCancelled()) {
                    throw new CancellationException("robust comparison cancelled after " + i + " points");
                }
                p = runPoint(i, values.get(i));
                if (onPoint != null) {
                    onPoint.accept(p);
                }
            }
            all.add(p);
        }
        return summarise(all);
    }

    private RobustPoint runPoint(int index, Map<String, Object> values) {
        Scenario s = apply(index, values);
        AgreementDesign[] d = new AgreementDesign[designs.size()];
        for (int j = 0; j < d.length; j++) {
            d[j] = s.design(designs.get(j));
        }
        Comparison c = MonteCarlo.of(s).runs(runsPerPoint).seed(seed).threads(threads).confidence(confidence)
                .compare(d);
        List<Double> completed = new ArrayList<>();
        List<Double> collapsed = new ArrayList<>();
        for (MonteCarloResult r : c.results()) {
            completed.add((double) r.count(OutcomeKind.COMPLETED) / r.runs());
            collapsed.add((double) r.count(OutcomeKind.COLLAPSED) / r.runs());
        }
        return new RobustPoint(index, values, completed, collapsed);
    }

    private Scenario apply(int index, Map<String, Object> values) {
        Scenario s = scenario;
        try {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                s = ParameterPath.set(s, e.getKey(), e.getValue());
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("point " + index + " " + values + ": " + e.getMessage(), e);
        }
        return s;
    }

    private RobustResult summarise(List<RobustPoint> all) {
        int d = designs.size();
        int n = all.size();
        long[] moreWins = new long[d];
        long[] lessWins = new long[d];
        double[][] completionRegret = new double[d][n];
        double[][] collapseRegret = new double[d][n];
        for (int i = 0; i < n; i++) {
            RobustPoint p = all.get(i);
            if (p.completionWinner() >= 0) {
                moreWins[p.completionWinner()]++;
            }
            if (p.collapseWinner() >= 0) {
                lessWins[p.collapseWinner()]++;
            }
            double bestCompleted = p.completed().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double leastCollapsed = p.collapsed().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            for (int j = 0; j < d; j++) {
                completionRegret[j][i] = bestCompleted - p.completed().get(j);
                collapseRegret[j][i] = p.collapsed().get(j) - leastCollapsed;
            }
        }
        List<Interval> more = new ArrayList<>();
        List<Interval> less = new ArrayList<>();
        List<Regret> cr = new ArrayList<>();
        List<Regret> kr = new ArrayList<>();
        int usual = 0;
        for (int j = 0; j < d; j++) {
            more.add(Wilson.interval(moreWins[j], n, confidence));
            less.add(Wilson.interval(lessWins[j], n, confidence));
            cr.add(regret(completionRegret[j]));
            kr.add(regret(collapseRegret[j]));
            if (moreWins[j] > moreWins[usual]) {
                usual = j;
            }
        }
        List<String> paths = new ArrayList<>(all.get(0).values().keySet());
        return new RobustResult(scenario.name(), designs, paths, method, seed, runsPerPoint, all, more, less, cr, kr,
                designs.get(usual), flips(all, paths, usual));
    }

    private Prim.Result flips(List<RobustPoint> all, List<String> paths, int usual) {
        double[][] x = new double[all.size()][paths.size()];
        boolean[] y = new boolean[all.size()];
        int flipped = 0;
        for (int i = 0; i < all.size(); i++) {
            RobustPoint p = all.get(i);
            for (int k = 0; k < paths.size(); k++) {
                x[i][k] = ((Number) p.values().get(paths.get(k))).doubleValue();
            }
            double own = p.completed().get(usual);
            for (int j = 0; j < designs.size(); j++) {
                y[i] |= j != usual && p.completed().get(j) > own;
            }
            flipped += y[i] ? 1 : 0;
        }
        if (flipped == 0 || flipped == all.size()) {
            return null;
        }
        return prim.find(paths, x, y);
    }

    static Regret regret(double[] values) {
        double mean = 0;
        double max = 0;
        for (double v : values) {
            mean += v;
            max = Math.max(max, v);
        }
        Percentile p = new Percentile(90).withEstimationType(Percentile.EstimationType.R_7);
        return new Regret(mean / values.length, p.evaluate(values), max);
    }

    private static int checkPoints(int n) {
        if (n < 1 || n > io.github.bitforbit.montecarlo.Sweep.MAX_POINTS) {
            throw new IllegalArgumentException("points must be between 1 and "
                    + io.github.bitforbit.montecarlo.Sweep.MAX_POINTS + ": " + n);
        }
        return n;
    }
}
