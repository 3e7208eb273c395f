package io.github.bitforbit.cli;

import io.github.bitforbit.engine.RunParameters;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.rules.AgreementDesign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code bitforbit run}: the Monte Carlo summary of one scenario under one rule set. */
@Command(name = "run", header = "Monte Carlo summary of a scenario under one rule set.", sortOptions = false,
        description = "Run a scenario many times under one rule set and summarise: outcome shares with intervals, "
                + "metric summaries, collapse causes and the cumulative incidence of collapse and completion.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit run dprk-2018",
                "  bitforbit run dprk-2018 --rule-set all-or-nothing --runs 20000 --seed 7",
                "  bitforbit run my.yaml --precision 0.005 --output result.json",
                "  bitforbit run demo --set parties.DPRK.trust.initial=0.2 --plot demo.png",
                "  bitforbit run dprk-2018 --posterior posterior.csv   # integrate over a posterior"})
public final class RunCommand extends BaseCommand {

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    PosteriorOption posterior = new PosteriorOption();

    @Option(names = {"-r", "--rule-set"}, paramLabel = "NAME", completionCandidates = Completions.RuleSetNames.class,
            description = "a built-in rule set (see 'bitforbit list') or one of the scenario's own "
                    + "(see 'bitforbit describe'); default: the scenario's")
    String ruleSet;

    @Mixin
    RunOptions run;

    @Mixin
    OutputOptions output;

    private final MonteCarloEngine engine;

    /** The command on this machine's threads. */
    public RunCommand() {
        this(MonteCarloEngine.LOCAL);
    }

    /**
     * The command on another engine.
     *
     * @param engine where the Monte Carlo runs
     */
    public RunCommand(MonteCarloEngine engine) {
        this.engine = engine;
    }

    @Override
    void execute() {
        run.check();
        output.check();
        posterior.requireLocal(engine);
        LoadedScenario s = scenario.load();
        output.checkNotInput(s);
        AgreementDesign design = s.design(ruleSet);
        RunParameters perRun = posterior.load(s, VaryOptions.paths(scenario.sets), List.of());
        ProgressBar bar = ProgressBar.create(run.quiet);
        MonteCarloResult r;
        try {
            r = engine.run(run.apply(MonteCarlo.of(s.scenario()).design(design).perRun(perRun)).progress(bar)
                    .cancellation(Interrupts.token()));
        } finally {
            bar.finish();
        }
        Interrupts.check("no output written");
        Provenance p = run.describe(posterior.describe(Provenance.of("run", s).with("ruleSet", design.name())), r.runs()).stamped();
        String title = s.scenario().title();
        String text;
        switch (output.format()) {
            case JSON:
                text = JsonReport.text(JsonReport.run(r, p));
                break;
            case CSV:
                text = CsvReport.run(r, p);
                break;
            case MARKDOWN:
                text = TableReport.run(r, p, title, true);
                break;
            default:
                text = TableReport.run(r, p, title, false);
                break;
        }
        output.emit(text, out(), err(), run.quiet);
        if (output.plot != null) {
            Charts.run(r, title, p).write(output.plot);
            if (!run.quiet) {
                note("wrote " + output.plot);
            }
        }
    }
}
