package io.github.bitforbit.cli;

import io.github.bitforbit.engine.RunParameters;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.Verdict;
import io.github.bitforbit.rules.AgreementDesign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code bitforbit compare}: several rule sets on the same run seeds, with paired differences and
 * a one-line verdict.
 */
@Command(name = "compare", header = "Compare rule sets on paired runs, with a verdict.", sortOptions = false,
        description = "Run a scenario under several rule sets on the same seeds (paired runs) and show the "
                + "differences with intervals, led by a verdict on completion and collapse together: which "
                + "rule set completes more often and collapses less often, and where neither dominates.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit compare dprk-2018 --rule-sets all-or-nothing,bit-for-bit",
                "  bitforbit compare demo --rule-sets all-or-nothing,bit-for-bit,grit \\",
                "      --plot cmp.svg",
                "  bitforbit compare dprk-2018 --rule-sets historical,article-bit-for-bit \\",
                "      -o cmp.json"})
public final class CompareCommand extends BaseCommand {

    /** The rule sets compared when none are given: the central question. */
    public static final String DEFAULT_RULE_SETS = "all-or-nothing,bit-for-bit";

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    PosteriorOption posterior = new PosteriorOption();

    @Option(names = {"-r", "--rule-sets"}, paramLabel = "A,B,...", split = ",", hideParamSyntax = true,
            defaultValue = DEFAULT_RULE_SETS, completionCandidates = Completions.RuleSetNames.class,
            description = "two or more rule sets: built-in or the scenario's own (default: ${DEFAULT-VALUE})")
    List<String> ruleSets = new ArrayList<>();

    @Mixin
    RunOptions run;

    @Mixin
    OutputOptions output;

    private final MonteCarloEngine engine;

    /** The command on this machine's threads. */
    public CompareCommand() {
        this(MonteCarloEngine.LOCAL);
    }

    /**
     * The command on another engine.
     *
     * @param engine where the Monte Carlos run
     */
    public CompareCommand(MonteCarloEngine engine) {
        this.engine = engine;
    }

    @Override
    void execute() {
        run.check();
        output.check();
        Set<String> names = new LinkedHashSet<>();
        for (String n : ruleSets) {
            if (!n.isBlank() && !names.add(n.trim())) {
                throw CliException.usage("--rule-sets names '" + n.trim() + "' twice");
            }
        }
        if (names.size() < 2) {
            throw CliException.usage("--rule-sets needs at least two rule sets, e.g. --rule-sets "
                    + DEFAULT_RULE_SETS);
        }
        posterior.requireLocal(engine);
        LoadedScenario s = scenario.load();
        output.checkNotInput(s);
        RunParameters perRun = posterior.load(s, VaryOptions.paths(scenario.sets), List.of());
        List<AgreementDesign> designs = new ArrayList<>();
        for (String n : names) {
            designs.add(s.design(n));
        }
        ProgressBar bar = ProgressBar.create(run.quiet);
        Comparison c;
        try {
            c = engine.compare(run.apply(MonteCarlo.of(s.scenario()).perRun(perRun)).progress(bar).cancellation(Interrupts.token()),
                    designs.toArray(AgreementDesign[]::new));
        } finally {
            bar.finish();
        }
        Interrupts.check("no output written");
        Provenance p = run.describe(posterior.describe(Provenance.of("compare", s).with("ruleSets", List.copyOf(names))),
                c.results().get(0).runs()).stamped();
        Verdict verdict = c.verdict();
        String title = s.scenario().title();
        String text;
        switch (output.format()) {
            case JSON:
                text = JsonReport.text(JsonReport.compare(c, p));
                break;
            case CSV:
                text = CsvReport.compare(c, p);
                break;
            case MARKDOWN:
                text = TableReport.compare(c, p, title, true);
                break;
            default:
                text = TableReport.compare(c, p, title, false);
                break;
        }
        output.emit(text, out(), err(), run.quiet);
        if (output.toFile() && !run.quiet) {
            verdict.sentences().forEach(v -> note("verdict: " + v));
        }
        if (output.plot != null) {
            Charts.compare(c, title, p).write(output.plot);
            if (!run.quiet) {
                note("wrote " + output.plot);
            }
        }
    }
}
