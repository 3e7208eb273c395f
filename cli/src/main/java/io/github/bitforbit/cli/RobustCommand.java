package io.github.bitforbit.cli;

import io.github.bitforbit.robust.RobustComparison;
import io.github.bitforbit.robust.RobustResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * {@code bitforbit robust}: rule sets compared over a sampled space of uncertain parameters, on
 * common random numbers, with the share of the space each wins, their regret, and the PRIM box
 * where the usual winner loses.
 */
@Command(name = "robust", header = "Compare rule sets over a space of uncertain parameters (PRIM).", sortOptions = false,
        description = "Sample the uncertain parameters (a Latin hypercube or a Sobol sequence), compare the rule sets "
                + "at every point on the same seeds, and report the share of the space where each completes more and "
                + "collapses less (with intervals), each one's regret (its shortfall from the best at each point: "
                + "mean, 90th percentile, maximum), and the PRIM box of parameters where another rule set completes "
                + "more than the usual winner, with its peeling trajectory.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit robust dprk-2018 --rule-sets all-or-nothing,bit-for-bit \\",
                "      --vary parties.DPRK.trust.initial=0.1..0.9 --vary falseAlarm=0..0.2 --points 500",
                "  bitforbit robust demo --vary parties.DPRK.trust.initial=0.1..0.9 \\",
                "      --vary parties.USA.hawkishness=0..3 --sampling sobol --points 256 \\",
                "      --output robust.json --plot robust.png"})
public final class RobustCommand extends BaseCommand {

    /** Points when {@code --points} is not given. */
    public static final int DEFAULT_POINTS = 200;
    /** Runs of every rule set at every point when {@code --runs} is not given. */
    public static final long DEFAULT_RUNS = 500;

    /** How the points are placed. */
    enum Sampling {
        /** A Latin hypercube seeded from the master seed. */
        lhs,
        /** The first points of a Sobol sequence. */
        sobol,
        /** Points drawn by weight from the {@code --posterior} sample. */
        posterior
    }

    @Mixin
    ScenarioOptions scenario;

    @Option(names = {"-r", "--rule-sets"}, paramLabel = "A,B,...", split = ",", hideParamSyntax = true,
            defaultValue = CompareCommand.DEFAULT_RULE_SETS, completionCandidates = Completions.RuleSetNames.class,
            description = "two or more rule sets: built-in or the scenario's own (default: ${DEFAULT-VALUE})")
    List<String> ruleSets = new ArrayList<>();

    @Option(names = "--vary", paramLabel = "PATH=LO..HI",
            description = "an uncertain numeric parameter and its range (repeatable; needed unless --sampling "
                    + "posterior): PATH=lo..hi, or PATH=a,b,c for levels; paths as for sweep (ruleSet is what "
                    + "--rule-sets compares)")
    List<String> vary = new ArrayList<>();

    @Option(names = "--posterior", paramLabel = "FILE.csv",
            description = "with --sampling posterior: the weighted posterior sample the points are drawn from "
                    + "(the CSV of run --posterior)")
    java.nio.file.Path posteriorFile;

    @Option(names = "--points", paramLabel = "N", defaultValue = "" + DEFAULT_POINTS,
            description = "points of the uncertain space (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--sampling", paramLabel = "lhs|sobol", defaultValue = "lhs",
            description = "how the points are placed: lhs (a Latin hypercube, seeded from --seed), sobol "
                    + "(a Sobol sequence) or posterior (drawn by weight from --posterior) (default: ${DEFAULT-VALUE})")
    Sampling sampling;

    @Option(names = {"-n", "--runs"}, paramLabel = "R", defaultValue = "" + DEFAULT_RUNS,
            description = "runs of every rule set at every point (default: ${DEFAULT-VALUE})")
    long runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "master seed: every point and rule set shares the run seeds (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Mixin
    OutputOptions output;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar or notes on stderr")
    boolean quiet;

    @Override
    void execute() {
        if (runs < 1) {
            throw CliException.usage("--runs must be at least 1: " + runs);
        }
        if (points < 1 || points > io.github.bitforbit.montecarlo.Sweep.MAX_POINTS) {
            throw CliException.usage("--points must be between 1 and " + io.github.bitforbit.montecarlo.Sweep.MAX_POINTS
                    + ": " + points);
        }
        threads.check();
        output.check();
        Set<String> names = new LinkedHashSet<>();
        for (String n : ruleSets) {
            if (!n.isBlank() && !names.add(n.trim())) {
                throw CliException.usage("--rule-sets names '" + n.trim() + "' twice");
            }
        }
        if (names.size() < 2) {
            throw CliException.usage("--rule-sets needs at least two rule sets, e.g. --rule-sets "
                    + CompareCommand.DEFAULT_RULE_SETS);
        }
        boolean fromPosterior = sampling == Sampling.posterior;
        if (fromPosterior != (posteriorFile != null)) {
            throw CliException.usage(fromPosterior ? "--sampling posterior needs --posterior FILE.csv, the sample "
                    + "to draw the points from" : "--posterior draws the points: give it with --sampling posterior");
        }
        if (fromPosterior != vary.isEmpty()) {
            throw CliException.usage(fromPosterior ? "--vary and --sampling posterior exclude each other: the "
                    + "posterior's parameters are the space" : "--vary is needed: name at least one uncertain "
                    + "parameter and its range, e.g. --vary parties.DPRK.trust.initial=0.1..0.9");
        }
        VaryOptions.checkNotSet(vary, scenario.sets);
        LoadedScenario s = scenario.load();
        output.checkNotInput(s);
        names.forEach(s::design);
        PosteriorOption posterior = new PosteriorOption();
        posterior.file = posteriorFile;
        io.github.bitforbit.engine.RunParameters sample = posterior.load(s, VaryOptions.paths(scenario.sets),
                List.of());

        int threadCount = threads.count();
        RobustComparison rc = RobustComparison.of(s.scenario());
        try {
            rc.designs(names.toArray(String[]::new));
            VaryOptions.add(vary, rc::vary);
            if (fromPosterior) {
                rc.points(draws(sample, points, seed));
            } else if (sampling == Sampling.sobol) {
                rc.sobol(points);
            } else {
                rc.latinHypercube(points);
            }
            rc.runsPerPoint(runs).seed(seed).threads(threadCount);
            // every point's values before anything runs: a refused value is exit 2 and no output
            rc.pointValues();
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage(), e);
        }
        ProgressBar bar = ProgressBar.create(quiet);
        long start = System.nanoTime();
        long perPoint = runs * names.size();
        int[] done = new int[1];
        rc.cancellation(Interrupts.token()).onPoint(pt -> {
            done[0]++;
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            bar.stage("points " + done[0] + "/" + points, 0, 0)
                    .progress(done[0] * perPoint, points * perPoint, done[0] * perPoint / seconds);
        });
        RobustResult r;
        try {
            r = rc.run();
        } catch (CancellationException e) {
            r = null;
        } finally {
            bar.finish();
        }
        Interrupts.check("no output written");
        if (r == null) {
            throw CliException.failure("the robust comparison stopped early", null);
        }
        Provenance p = Provenance.of("robust", s).with("ruleSets", List.copyOf(names))
                .with("sampling", sampling.name()).with("points", (long) points)
                .with("vary", vary.isEmpty() ? null : List.copyOf(vary))
                .with("runsPerPoint", runs).with("seed", seed).with("threads", (long) threadCount);
        posterior.describe(p).stamped();
        String title = s.scenario().title();
        String text = switch (output.format()) {
            case JSON -> JsonReport.text(RobustJson.of(r, p));
            case CSV -> RobustCsv.of(r, p);
            case MARKDOWN -> RobustReport.text(r, p, title, true);
            default -> RobustReport.text(r, p, title, false);
        };
        output.emit(text, out(), err(), quiet);
        if (output.plot != null) {
            RobustChart.figure(r, title, p).write(output.plot);
            if (!quiet) {
                note("wrote " + output.plot);
            }
        }
    }

    /**
     * Points drawn by weight from a posterior: stratified resampling, point i taking the particle
     * at {@code (i + v_i) / n} of the cumulative weight, v_i uniform from the master seed, so the
     * points follow the posterior with less spread than independent draws and depend only on the seed.
     */
    static List<java.util.Map<String, Double>> draws(io.github.bitforbit.engine.RunParameters sample, int n,
                                                      long seed) {
        long stream = io.github.bitforbit.montecarlo.RunSeeds.mix(seed ^ 0x504F494E54535FL);
        List<java.util.Map<String, Double>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double v = (io.github.bitforbit.montecarlo.RunSeeds.seed(stream, i) >>> 11) * 0x1.0p-53;
            double[] values = sample.draw((i + v) / n);
            java.util.Map<String, Double> point = new java.util.LinkedHashMap<>();
            for (int k = 0; k < values.length; k++) {
                point.put(sample.paths().get(k), values[k]);
            }
            out.add(point);
        }
        return out;
    }
}
