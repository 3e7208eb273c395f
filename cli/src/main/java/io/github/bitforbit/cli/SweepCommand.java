package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.ParameterSensitivity;
import io.github.bitforbit.montecarlo.SensitivityResult;
import io.github.bitforbit.montecarlo.Sweep;
import io.github.bitforbit.montecarlo.SweepResult;
import io.github.bitforbit.montecarlo.SweepRow;
import io.github.bitforbit.rules.AgreementDesign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

/**
 * {@code bitforbit sweep}: a Monte Carlo at every point of a sampling of scenario parameters, one
 * CSV row per point appended as it completes; resumable; optional Sobol sensitivity indices.
 */
@Command(name = "sweep", header = "Sweep parameters; one CSV row per point; resumable.", sortOptions = false,
        description = "Run a Monte Carlo at every point of a parameter sampling and append one CSV row per point as "
                + "it completes. A killed sweep keeps every completed point; --resume runs only the rest. With "
                + "--sensitivity, run a Saltelli sample instead and print the Sobol indices of the collapse "
                + "share.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit sweep dprk-2018 --vary parties.DPRK.trust.initial=0.1..0.9:9 \\",
                "      --output trust.csv --plot trust.png",
                "  bitforbit sweep dprk-2018 --vary parties.DPRK.trust.initial=0.1..0.9:9 \\",
                "      --output trust.csv --resume          # after an interruption",
                "  bitforbit sweep demo --vary parties.DPRK.trust.initial=0.1..0.9:5 \\",
                "      --vary ruleSet=all-or-nothing,bit-for-bit \\",
                "      --output grid.csv --plot grid.svg",
                "  bitforbit sweep dprk-2018 \\",
                "      --vary concessions.yongbyon.verifiability=0.3..0.9 \\",
                "      --vary parties.USA.hawkishness=0..3 \\",
                "      --sampling lhs --points 64 --output lhs.csv",
                "  bitforbit sweep demo --vary parties.DPRK.trust.initial=0.1..0.9 \\",
                "      --vary parties.USA.trust.initial=0.1..0.9 \\",
                "      --sensitivity --output sobol.csv"})
public final class SweepCommand extends BaseCommand {

    /** Runs per point when {@code --runs} is not given. */
    public static final long DEFAULT_RUNS = 1_000;
    /** Points of an lhs or sobol sampling when {@code --points} is not given. */
    public static final int DEFAULT_POINTS = 16;
    /**
     * Saltelli base samples with {@code --sensitivity} when {@code --points} is not given: enough
     * for intervals of about +-0.2 on S and +-0.1 on ST for the demo with two parameters (about 10 s).
     */
    public static final int DEFAULT_BASE_SAMPLES = 1024;
    /** Runs per point with {@code --sensitivity} when {@code --runs} is not given. */
    public static final long DEFAULT_SENSITIVITY_RUNS = 100;

    /** How the points are placed. */
    enum Sampling {
        /** Every combination of the levels. */
        grid,
        /** A Latin hypercube. */
        lhs,
        /** A Sobol sequence. */
        sobol
    }

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    PosteriorOption posterior = new PosteriorOption();

    @Option(names = "--vary", paramLabel = "PATH=SPEC", required = true,
            description = "a parameter to vary (repeatable): PATH=lo..hi:n (n levels from lo to hi), "
                    + "PATH=lo..hi (a continuous range, for lhs, sobol and --sensitivity) or PATH=a,b,c (values; "
                    + "ruleSet=all-or-nothing,bit-for-bit varies the rule set)")
    List<String> vary = new ArrayList<>();

    @Option(names = "--sampling", paramLabel = "grid|lhs|sobol",
            description = "how the points are placed: grid (every combination), lhs (Latin hypercube) or sobol "
                    + "(a Sobol sequence) (default: grid)")
    Sampling sampling;

    /** The name of {@code --sampling} in version 0.1.0, still accepted for one version. */
    @Option(names = "--design", hidden = true, paramLabel = "grid|lhs|sobol")
    Sampling oldSampling;

    @Option(names = "--points", paramLabel = "N",
            description = "points of an lhs or sobol sampling (default " + DEFAULT_POINTS + "); with --sensitivity, "
                    + "the base samples, a power of two (n(k+2) points are run for k parameters; default "
                    + DEFAULT_BASE_SAMPLES + ")")
    Integer points;

    @Option(names = {"-n", "--runs"}, paramLabel = "N",
            description = "runs per point (default " + DEFAULT_RUNS + "; " + DEFAULT_SENSITIVITY_RUNS
                    + " with --sensitivity, where more points narrow the intervals more than more runs)")
    Long runsOption;

    /** Runs per point, as given or by default. */
    long runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "master seed of every point (common random numbers across points) (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = {"-r", "--rule-set"}, paramLabel = "NAME", completionCandidates = Completions.RuleSetNames.class,
            description = "the rule set of every point, unless ruleSet is varied; default: the scenario's")
    String ruleSet;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", required = true,
            description = "the CSV file; rows are appended and flushed as points complete")
    Path output;

    @Option(names = "--resume", description = "continue the sweep in --output: check its provenance and run only "
            + "the points not on file")
    boolean resume;

    @Option(names = "--force", description = "overwrite an existing --output instead of refusing")
    boolean force;

    @Option(names = "--sensitivity", description = "run a Saltelli sample and print the first-order and total "
            + "Sobol indices of the collapse share")
    boolean sensitivity;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "200",
            description = "bootstrap resamples for the intervals of the Sobol indices (default: ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "draw the collapse share to FILE.png or FILE.svg: a line over one varied parameter, "
                    + "a heatmap over two")
    Path plot;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar or notes on stderr")
    boolean quiet;

    private final MonteCarloEngine engine;

    /** The command on this machine's threads. */
    public SweepCommand() {
        this(MonteCarloEngine.LOCAL);
    }

    /**
     * The command on another engine.
     *
     * @param engine where the points' Monte Carlos run
     */
    public SweepCommand(MonteCarloEngine engine) {
        this.engine = engine;
    }

    @Override
    void execute() throws IOException {
        checkOptions();
        Sampling design = sampling();
        posterior.requireLocal(engine);
        LoadedScenario s = scenario.load();
        s.checkNotInput(output, "--output");
        s.checkNotInput(plot, "--plot");
        AgreementDesign base = s.design(ruleSet);
        Sweep sweep = Sweep.of(s.scenario()).design(base);
        VaryOptions.add(vary, sweep::vary);
        List<String> paths = VaryOptions.paths(vary);
        sweep.perRun(posterior.load(s, VaryOptions.paths(scenario.sets), paths));
        int base2 = points != null ? points : sensitivity ? DEFAULT_BASE_SAMPLES : DEFAULT_POINTS;
        int total;
        try {
            if (sensitivity) {
                if (base2 < 2 || Integer.bitCount(base2) != 1) {
                    throw CliException.usage("--points with --sensitivity must be a power of two >= 2: " + base2);
                }
                if ((long) base2 * (paths.size() + 2) > Sweep.MAX_POINTS) {
                    throw CliException.usage("--points " + base2 + " with --sensitivity over " + paths.size()
                            + " parameters makes " + (long) base2 * (paths.size() + 2) + " points, more than the "
                            + Sweep.MAX_POINTS + " allowed");
                }
                total = base2 * (paths.size() + 2);
            } else {
                if (design == Sampling.lhs) {
                    sweep.latinHypercube(base2);
                } else if (design == Sampling.sobol) {
                    sweep.sobol(base2);
                } else {
                    sweep.grid();
                }
                // every point's values before the file is touched: a refused level is exit 2, no file
                sweep.check();
                total = sweep.size();
            }
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage(), e);
        }
        int threadCount = threads.count();
        sweep.runsPerPoint(runs).seed(seed).threads(threadCount).cancellation(Interrupts.token());

        boolean ruleSetVaried = paths.contains(io.github.bitforbit.model.ParameterPath.RULE_SET);
        Provenance p = posterior.describe(Provenance.of(sensitivity ? "sensitivity" : "sweep", s))
                .with("ruleSet", ruleSetVaried ? null : base.name())
                .with("sampling", sensitivity ? "saltelli" : design.name()).with("points", (long) total)
                .with("vary", List.copyOf(vary)).with("runsPerPoint", runs).with("seed", seed);
        if (sensitivity) {
            p.with("baseSamples", (long) base2).with("bootstrap", (long) bootstrap);
        }
        p.with("threads", (long) threadCount).stamped();

        SweepCsv csv = new SweepCsv(paths);
        Set<Integer> done = prepareFile(csv, p);
        boolean fresh = done.isEmpty();
        if (!quiet && !done.isEmpty()) {
            note("resuming " + output + ": " + done.size() + " of " + total + " points on file");
        }
        long todo = total - done.size();
        ProgressBar bar = ProgressBar.create(quiet);
        long start = System.nanoTime();
        long[] written = new long[1];
        try (OutputStream out = Files.newOutputStream(output, StandardOpenOption.APPEND)) {
            runSweep(out, csv, sweep, done, total, base2, todo, bar, start, written, p);
        } catch (IOException e) {
            throw CliException.failure("cannot write " + output + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            if (fresh && written[0] == 0 && !Interrupts.cancelled() && Files.isRegularFile(output)) {
                // nothing but the header: a failed sweep leaves no file behind (with rows, it can be resumed)
                Files.deleteIfExists(output);
            }
            throw e;
        } finally {
            bar.finish();
        }
        if (!quiet) {
            note(total + " points in " + output + " (" + written[0] + " run now" + (done.isEmpty() ? "" : ", "
                    + done.size() + " from before") + ")");
        }
        if (plot != null) {
            Charts.sweep(SweepCsv.read(output), paths, s.scenario().title(), p).write(plot);
            if (!quiet) {
                note("wrote " + plot);
            }
        }
    }

    private void runSweep(OutputStream out, SweepCsv csv, Sweep sweep, Set<Integer> done, int total, int base2,
                          long todo, ProgressBar bar, long start, long[] written, Provenance p) {
        sweep.onRow(row -> {
            if (done.contains(row.index())) {
                return;
            }
            append(out, csv, row);
            written[0]++;
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            bar.stage("points " + written[0] + "/" + todo, 0, 0)
                    .progress(written[0] * runs, todo * runs, written[0] * runs / seconds);
        });
        if (sensitivity) {
            SensitivityResult r;
            try {
                r = sweep.sensitivity(base2, bootstrap, engine.points());
            } catch (CancellationException e) {
                r = null;
            }
            bar.finish();
            interrupted(done.size() + written[0], total);
            printIndices(r, p);
        } else {
            sweep.skip(done::contains);
            SweepResult r = sweep.run(engine.points());
            bar.finish();
            interrupted(done.size() + written[0], total);
            if (r.partial()) {
                throw CliException.failure("the sweep stopped early", null);
            }
        }
    }

    private void checkOptions() {
        runs = runsOption != null ? runsOption : sensitivity ? DEFAULT_SENSITIVITY_RUNS : DEFAULT_RUNS;
        if (runs < 1) {
            throw CliException.usage("--runs must be at least 1: " + runs);
        }
        threads.check();
        if (points != null && (points < 1 || points > Sweep.MAX_POINTS)) {
            throw CliException.usage("--points must be between 1 and " + Sweep.MAX_POINTS + ": " + points);
        }
        if (bootstrap < 0) {
            throw CliException.usage("--bootstrap must be at least 0: " + bootstrap);
        }
        if (resume && force) {
            throw CliException.usage("--resume and --force exclude each other: continue the file, or start it over");
        }
        if (sampling != null && oldSampling != null) {
            throw CliException.usage("--design is the old name of --sampling: give one of them");
        }
        if (oldSampling != null && !quiet) {
            note("--design is now --sampling (the old name goes in the next version)");
        }
        if (points != null && sampling() == Sampling.grid && !sensitivity) {
            throw CliException.usage("--points applies to --sampling lhs or sobol and to --sensitivity; a grid has "
                    + "one point per combination of levels");
        }
        List<String> varied = VaryOptions.paths(vary);
        if (ruleSet != null && varied.contains(io.github.bitforbit.model.ParameterPath.RULE_SET)) {
            throw CliException.usage("--rule-set " + ruleSet + " and --vary ruleSet=... exclude each other: the "
                    + "varied rule set would override it at every point");
        }
        VaryOptions.checkNotSet(vary, scenario.sets);
        if (AtomicOutput.isStdout(output)) {
            throw CliException.usage("--output -: a sweep needs a file (it appends each point and can resume), "
                    + "not stdout");
        }
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw CliException.usage("--output " + output + ": a sweep writes CSV; the file name must end in .csv");
        }
        AtomicOutput.checkWritable(output, "--output");
        OutputOptions.checkPlot(plot);
        if (plot != null && (vary.size() > 2 || vary.isEmpty())) {
            throw CliException.usage("--plot draws one or two varied parameters (a line or a heatmap); this sweep varies "
                    + vary.size());
        }
    }

    private Sampling sampling() {
        return sampling != null ? sampling : oldSampling != null ? oldSampling : Sampling.grid;
    }

    /** Starts the file, or checks it and returns the points already on it. */
    private Set<Integer> prepareFile(SweepCsv csv, Provenance p) throws IOException {
        if (Files.exists(output) && Files.size(output) > 0) {
            if (resume) {
                return csv.completed(output, p);
            }
            if (!force) {
                throw CliException.usage(output + " exists: add --resume to continue that sweep, or --force to "
                        + "overwrite it");
            }
        } else if (resume && !quiet) {
            note(output + " does not exist yet: nothing to resume, starting the sweep");
        }
        try {
            Files.writeString(output, p.comments() + csv.header(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.failure("cannot write " + output + ": " + e.getMessage(), e);
        }
        return new TreeSet<>();
    }

    private static void append(OutputStream out, SweepCsv csv, SweepRow row) {
        try {
            out.write(csv.row(row).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the sweep file: " + e.getMessage(), e);
        }
    }

    private void interrupted(long onFile, int total) {
        Interrupts.check(onFile + " of " + total + " points are in " + output + "; add --resume to run the rest");
    }

    private void printIndices(SensitivityResult r, Provenance p) {
        Table t = new Table("Sobol indices of the collapse share (" + r.evaluations() + " points of " + r.runsPerPoint()
                + " runs; " + String.format(Locale.ROOT, "%.0f%%", 100 * r.confidence()) + " bootstrap intervals, "
                + r.bootstrap() + " resamples)", "parameter", ">first-order S", ">interval", ">total ST", ">interval");
        for (ParameterSensitivity ps : r.parameters()) {
            t.row(ps.path(), Numbers.fixed(ps.firstOrder().estimate(), 3),
                    Numbers.fixed(ps.firstOrder().low(), 3) + " to " + Numbers.fixed(ps.firstOrder().high(), 3),
                    Numbers.fixed(ps.total().estimate(), 3),
                    Numbers.fixed(ps.total().low(), 3) + " to " + Numbers.fixed(ps.total().high(), 3));
        }
        t.note("S: share of the variance of the collapse share due to the parameter alone; ST: including "
                + "its interactions");
        StringBuilder b = new StringBuilder();
        t.text(b);
        b.append(p.comments());
        out().print(b);
        out().flush();
        for (ParameterSensitivity ps : r.parameters()) {
            for (boolean first : new boolean[] {true, false}) {
                io.github.bitforbit.stats.Interval i = first ? ps.firstOrder() : ps.total();
                if (!(inUnit(i.estimate()) && inUnit(i.low()) && inUnit(i.high()))) {
                    err().println("bitforbit: warning: " + (first ? "S" : "ST") + " of " + ps.path() + " is "
                            + Numbers.fixed(i.estimate(), 3) + " (" + Numbers.fixed(i.low(), 3) + " to "
                            + Numbers.fixed(i.high(), 3) + "), outside [0, 1]: too few points for this index; "
                            + "increase --points (now " + r.baseSamples() + ") or --runs");
                }
            }
        }
        err().flush();
    }

    /** In [0, 1], or NaN (no interval: nothing to warn about beyond the dashes in the table). */
    private static boolean inUnit(double x) {
        return Double.isNaN(x) || (x >= 0 && x <= 1);
    }
}
