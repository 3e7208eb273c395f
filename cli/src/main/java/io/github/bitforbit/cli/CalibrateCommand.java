package io.github.bitforbit.cli;

import io.github.bitforbit.evidence.AbcSmc;
import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.evidence.Posterior;
import io.github.bitforbit.evidence.Prior;
import io.github.bitforbit.evidence.RecordCalibration;
import io.github.bitforbit.scenario.ExtendsPolicy;
import io.github.bitforbit.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/** {@code bitforbit calibrate}: ABC-SMC of shared parameters against the records of several cases. */
@Command(name = "calibrate", header = "Calibrate shared parameters to the cases' records by ABC-SMC.",
        sortOptions = false,
        description = "Approximate Bayesian computation by adaptive population Monte Carlo (Lenormand et al. 2013) "
                + "over the priors given, against the observed records of the cases: for each particle, the share of "
                + "each case's runs that match its whole record (docs/VALIDATION.md). Writes the weighted posterior "
                + "sample as CSV and prints the per-parameter summaries, the effective sample size and each "
                + "generation's tolerance and acceptance.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit calibrate --cases agreed-framework-1994,six-party-2007,jcpoa-2015 \\",
                "      --prior 'parties.*.trust.initial=uniform(0.1,0.9)' --prior 'falseAlarm=uniform(0,0.2)' \\",
                "      --population 200 --generations 5 --output posterior.csv --plot posterior.png"})
public final class CalibrateCommand extends BaseCommand {

    @Option(names = "--cases", paramLabel = "A,B,...", split = ",", required = true,
            completionCandidates = Completions.ScenarioNames.class,
            description = "the cases: built-in scenarios or files, each with an observed block")
    List<String> cases;

    @Option(names = "--prior", paramLabel = "PATH=DIST", required = true,
            description = "a prior over a parameter shared by every case: PATH=uniform(a,b), beta(a,b), "
                    + "truncatedNormal(mean,sd,low,high) or triangular(low,mode,high); * in PATH stands for any id "
                    + "(repeatable)")
    List<String> priors;

    @Option(names = "--population", paramLabel = "N", defaultValue = "200",
            description = "particles of generation 0 (default: ${DEFAULT-VALUE})")
    int population;

    @Option(names = "--generations", paramLabel = "G", defaultValue = "10",
            description = "the most generations, generation 0 included (default: ${DEFAULT-VALUE})")
    int generations;

    @Option(names = "--runs-per-case", paramLabel = "R", defaultValue = "100",
            description = "runs of each case per simulated particle (default: ${DEFAULT-VALUE})")
    int runsPerCase;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.5",
            description = "share of the particles kept each generation (default: ${DEFAULT-VALUE})")
    double alpha;

    @Option(names = "--min-acceptance", paramLabel = "P", defaultValue = "0.02",
            description = "stop once a generation's acceptance is at most P (default: ${DEFAULT-VALUE})")
    double minAcceptance;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "master seed; the same seed gives the same posterior on any number of threads "
                    + "(default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--holdout", paramLabel = "CASE",
            description = "a case left out of the fit, with an observed block: report its record's posterior "
                    + "predictive probability (--runs-per-case runs at every particle)")
    String holdout;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", required = true,
            description = "write the posterior sample (CSV, with the summaries as comments) to FILE, atomically")
    Path output;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "also draw the marginal posteriors (and priors) to FILE.png or FILE.svg")
    Path plot;

    @Option(names = "--resume", description = "continue a killed calibration from the population saved after its "
            + "last finished generation (FILE.state.json beside --output), with the same cases, priors and options")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "no progress notes on stderr")
    boolean quiet;

    @Override
    void execute() {
        threads.check();
        if (population < 4) {
            throw CliException.usage("--population must be at least 4: " + population);
        }
        if (generations < 1) {
            throw CliException.usage("--generations must be at least 1: " + generations);
        }
        if (runsPerCase < 1) {
            throw CliException.usage("--runs-per-case must be at least 1: " + runsPerCase);
        }
        if (!(alpha > 0 && alpha < 1) || Math.max(2, (int) Math.floor(alpha * population)) >= population) {
            throw CliException.usage("--alpha must be in (0, 1) and keep fewer than --population particles: " + alpha);
        }
        if (!(minAcceptance >= 0 && minAcceptance < 1)) {
            throw CliException.usage("--min-acceptance must be in [0, 1): " + minAcceptance);
        }
        if (AtomicOutput.isStdout(output)) {
            throw CliException.usage("--output: give a file; the summary goes to stdout");
        }
        OutputOptions.checkTarget(output, "--output");
        OutputOptions.checkPlot(plot);
        if (plot != null && AtomicOutput.target(output).equals(AtomicOutput.target(plot))) {
            throw CliException.usage("--output and --plot name the same file, " + plot);
        }
        List<Prior> parsed = new ArrayList<>();
        for (String p : priors) {
            try {
                parsed.add(Prior.parse(p));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--prior " + p + ": " + e.getMessage(), e);
            }
        }
        List<RecordCalibration.Case> list = new ArrayList<>();
        List<LoadedScenario> loaded = new ArrayList<>();
        for (String name : List.copyOf(new java.util.LinkedHashSet<>(cases))) {
            list.add(loadCase(name, "--cases", loaded));
        }
        RecordCalibration.Case held = null;
        if (holdout != null) {
            if (cases.contains(holdout)) {
                throw CliException.usage("--holdout " + holdout + " is one of --cases: a holdout is left out of the fit");
            }
            held = loadCase(holdout, "--holdout", loaded);
        }
        RecordCalibration target;
        try {
            target = new RecordCalibration(list, parsed, runsPerCase);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--prior: " + e.getMessage(), e);
        }
        Path stateFile = CalibrationState.file(output);
        OutputOptions.checkTarget(stateFile, "--output (its state file)");
        com.fasterxml.jackson.databind.node.ObjectNode settings = settings(loaded);
        Posterior saved = resume ? CalibrationState.read(stateFile, settings, parsed) : null;
        if (saved != null && !quiet) {
            note("resuming after generation " + (saved.generations().size() - 1) + " from " + stateFile);
        }
        ProgressBar bar = ProgressBar.create(quiet);
        long runsPerSimulation = (long) runsPerCase * list.size();
        long[] generationStart = {System.nanoTime()};
        AbcSmc abc = new AbcSmc().priors(parsed).observed(target.observed()).population(population).alpha(alpha)
                .minAcceptance(minAcceptance).maxGenerations(generations).seed(seed).threads(threads.count())
                .scaled(false).cancelled(Interrupts::cancelled).resume(saved).onGeneration(p -> {
                    bar.finish();
                    AtomicOutput.write(stateFile, CalibrationState.json(settings, p));
                    progress(p);
                    generationStart[0] = System.nanoTime();
                }).progress((g, done, total) -> {
                    double seconds = (System.nanoTime() - generationStart[0]) / 1e9;
                    bar.stage("generation " + g, 0, 0).progress(done * runsPerSimulation, total * runsPerSimulation,
                            seconds > 0 ? done * runsPerSimulation / seconds : 0);
                });
        Posterior posterior;
        try {
            posterior = abc.run(target);
        } catch (CancellationException e) {
            Interrupts.check("no output written");
            throw CliException.interrupted("calibration interrupted: no output written");
        } finally {
            bar.finish();
        }
        Interrupts.check("no output written");
        Holdout held2 = null;
        if (held != null) {
            try {
                held2 = Holdout.of(held, parsed, posterior, runsPerCase, seed, threads.count());
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--holdout " + holdout + ": " + e.getMessage(), e);
            }
            Interrupts.check("no output written");
        }
        Provenance p = Provenance.of("calibrate", loaded.get(0));
        p.with("scenario", loaded.stream().map(s -> s.scenario().name()).toList());
        p.with("source", loaded.stream().map(s -> s.builtIn() ? "built-in" : s.argument()).toList());
        p.with("scenarioSha256", loaded.stream().map(LoadedScenario::sha256).toList());
        p.with("priors", parsed.stream().map(Prior::toString).toList()).with("population", population)
                .with("generations", generations).with("runsPerCase", runsPerCase).with("alpha", alpha)
                .with("minAcceptance", minAcceptance).with("seed", seed).with("holdout", holdout)
                .with("threads", threads.count()).stamped();
        AtomicOutput.write(output, CalibrationReport.csv(posterior, p, held2));
        try {
            java.nio.file.Files.deleteIfExists(stateFile);
        } catch (java.io.IOException e) {
            note("could not remove " + stateFile + ": " + e.getMessage());
        }
        if (plot != null) {
            String names = String.join(", ", loaded.stream().map(x -> x.scenario().name()).toList());
            String sub = "ABC-SMC on " + names + ": " + posterior.particles().size() + " particles (ESS "
                    + Numbers.fixed(posterior.ess(), 1) + ") after " + posterior.generations().size()
                    + " generations, " + runsPerCase + " runs per case, seed " + seed;
            String foot = "bitforbit " + p.text("version") + " calibrate | priors " + p.text("priors") + " | time "
                    + p.text("time");
            PosteriorChart.of(posterior, sub, foot).write(plot);
        }
        out().print(CalibrationReport.summary(posterior, held2));
        out().flush();
        if (!quiet) {
            note("wrote " + output + (plot == null ? "" : " and " + plot));
        }
    }

    /** What a saved state must have been made with for {@code --resume} to continue it. */
    private com.fasterxml.jackson.databind.node.ObjectNode settings(List<LoadedScenario> loaded) {
        com.fasterxml.jackson.databind.node.ObjectNode o = JsonReport.mapper().createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode c = o.putArray("scenarioSha256");
        loaded.subList(0, holdout == null ? loaded.size() : loaded.size() - 1).forEach(s -> c.add(s.sha256()));
        com.fasterxml.jackson.databind.node.ArrayNode ps = o.putArray("priors");
        priors.forEach(ps::add);
        o.put("population", population).put("generations", generations).put("runsPerCase", runsPerCase)
                .put("alpha", alpha).put("minAcceptance", minAcceptance).put("seed", seed);
        return o;
    }

    /** A case with its record; the scenario goes into {@code loaded} (for the provenance). */
    private RecordCalibration.Case loadCase(String name, String option, List<LoadedScenario> loaded) {
        LoadedScenario s = LoadedScenario.load(name, List.of());
        s.checkNotInput(output, "--output");
        s.checkNotInput(plot, "--plot");
        ObservedRecord record = Scenarios.resolveSourced(name, ExtendsPolicy.ANY_PATH).observed()
                .orElseThrow(() -> CliException.usage(option + " " + name + ": no observed block, so no record to "
                        + "compare with (built-ins with one: " + String.join(", ", Scenarios.withRecords()) + ")"));
        loaded.add(s);
        try {
            return new RecordCalibration.Case(s.scenario(), record);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(option + " " + name + ": " + e.getMessage(), e);
        }
    }

    private void progress(Posterior p) {
        if (!quiet) {
            var g = p.generations().get(p.generations().size() - 1);
            note("generation " + g.index() + ": tolerance " + Numbers.figure(g.tolerance()) + ", acceptance "
                    + Numbers.percent(g.acceptance()) + ", " + g.simulations() + " simulations, ESS "
                    + Numbers.fixed(g.ess(), 1));
        }
    }
}
