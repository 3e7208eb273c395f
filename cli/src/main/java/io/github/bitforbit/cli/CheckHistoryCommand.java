package io.github.bitforbit.cli;

import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.scenario.ExtendsPolicy;
import io.github.bitforbit.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** {@code bitforbit check-history}: how likely the model finds each case's observed record. */
@Command(name = "check-history", header = "How likely the model finds the historical record of each case.",
        sortOptions = false,
        description = "Run every case under the design in force and report the probability of its observed record "
                + "(outcome, window of months, who ended it and how), each step with a 95% Monte Carlo interval, the "
                + "pooled log score over the cases, and the outcome shares of the generic base-rate scenario beside "
                + "the TIES shares after imposition (docs/VALIDATION.md).",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit check-history",
                "  bitforbit check-history dprk-2018 hanoi-2019 --runs 20000 --seed 7",
                "  bitforbit check-history my-case.yaml --format json --output history.json"})
public final class CheckHistoryCommand extends BaseCommand {

    /** The generic scenario whose outcome shares are compared with the TIES base rates. */
    static final String BASE_RATE_SCENARIO = "generic-imposition";

    @Parameters(arity = "0..*", paramLabel = "SCENARIO", completionCandidates = Completions.ScenarioNames.class,
            description = "built-in scenarios or scenario files with an observed block; default: every built-in "
                    + "with a record")
    List<String> scenarios = new ArrayList<>();

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "10000",
            description = "runs per case (default: ${DEFAULT-VALUE})")
    long runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "master seed, the same for every case; the same seed gives the same figures on any number "
                    + "of threads (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--base-rates", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also compare " + BASE_RATE_SCENARIO + "'s outcome shares with the TIES base rates "
                    + "(default: on; --no-base-rates leaves it out)")
    boolean baseRates;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table, csv or json (default: from the --output extension .csv/.json, else table)")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the results to FILE (atomically) instead of stdout; - is stdout")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "no notes on stderr")
    boolean quiet;

    @Override
    void execute() {
        if (runs < 1) {
            throw CliException.usage("--runs must be at least 1: " + runs);
        }
        threads.check();
        OutputFormat f = format();
        if (f == OutputFormat.MARKDOWN) {
            throw CliException.usage("--format " + f.label() + ": check-history writes table, csv or json");
        }
        OutputOptions.checkTarget(output, "--output");
        if (output != null && format == null && !AtomicOutput.isStdout(output) && OutputFormat.misnamed(output)) {
            throw CliException.usage("--output " + output + ": the name does not tell the format (.csv, .json or "
                    + ".txt); give --format table, csv or json");
        }
        List<String> names = scenarios.isEmpty() ? Scenarios.withRecords() : List.copyOf(new LinkedHashSet<>(scenarios));
        List<LoadedScenario> loaded = new ArrayList<>();
        List<ObservedRecord> records = new ArrayList<>();
        for (String name : names) {
            LoadedScenario s = LoadedScenario.load(name, List.of());
            s.checkNotInput(output, "--output");
            ObservedRecord record = Scenarios.resolveSourced(name, ExtendsPolicy.ANY_PATH).observed()
                    .orElseThrow(() -> CliException.usage(name + ": no observed block, so no record to check (see "
                            + "docs/SCENARIOS.md; built-ins with one: " + String.join(", ", Scenarios.withRecords())
                            + ")"));
            loaded.add(s);
            records.add(record);
        }
        List<HistoryCheck.Case> cases = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            if (!quiet) {
                note("checking " + loaded.get(i).scenario().name() + " (" + Numbers.count(runs) + " runs)");
            }
            cases.add(HistoryCheck.run(loaded.get(i).scenario(), records.get(i), runs, seed, threads.count()));
            Interrupts.check("no output written");
        }
        HistoryCheck.BaseRates rates = null;
        if (baseRates) {
            rates = HistoryCheck.baseRates(Scenarios.builtIn(BASE_RATE_SCENARIO), ObservedRecord.DEFAULT_DESIGN, runs,
                    seed, threads.count());
            Interrupts.check("no output written");
        }
        HistoryReport.Results results = new HistoryReport.Results(cases, HistoryCheck.pool(cases), rates, runs, seed);
        Provenance p = provenance(loaded);
        String text;
        switch (f) {
            case JSON:
                text = HistoryReport.json(results, p);
                break;
            case CSV:
                text = HistoryReport.csv(results, p);
                break;
            default:
                text = HistoryReport.table(results, p);
                break;
        }
        if (OutputOptions.emit(output, text, out()) && !quiet) {
            note("wrote " + output);
        }
    }

    private OutputFormat format() {
        if (format != null) {
            return format;
        }
        return output != null && !AtomicOutput.isStdout(output) ? OutputFormat.forFile(output) : OutputFormat.TABLE;
    }

    private Provenance provenance(List<LoadedScenario> loaded) {
        Provenance p = Provenance.of("check-history", loaded.get(0));
        p.with("scenario", loaded.stream().map(s -> s.scenario().name()).toList());
        p.with("source", loaded.stream().map(s -> s.builtIn() ? "built-in" : s.argument()).toList());
        p.with("scenarioSha256", loaded.stream().map(LoadedScenario::sha256).toList());
        p.with("seed", seed).with("runs", runs).with("baseRates", baseRates ? BASE_RATE_SCENARIO : "off");
        return p.with("threads", threads.count()).stamped();
    }
}
