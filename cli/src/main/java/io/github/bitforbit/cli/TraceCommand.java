package io.github.bitforbit.cli;

import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.engine.Trace;
import io.github.bitforbit.engine.TraceEvent;
import io.github.bitforbit.montecarlo.RunSeeds;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.terms.Role;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/** {@code bitforbit trace}: the month-by-month story of one run. */
@Command(name = "trace", header = "Tell the month-by-month story of one run.", sortOptions = false,
        description = "Tell the story of one run, one line per month: offers, steps, verifications, lifts and "
                + "restorations, triggers and trust, ending with the outcome and its cause.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit trace dprk-2018",
                "  bitforbit trace demo --rule-set all-or-nothing --seed 7",
                "  bitforbit trace dprk-2018 --seed 42 --run 12   # run 12 of 'run --seed 42'",
                "  bitforbit trace demo --format json --output trace.json"})
public final class TraceCommand extends BaseCommand {

    @Mixin
    ScenarioOptions scenario;

    @Option(names = {"-r", "--rule-set"}, paramLabel = "NAME", completionCandidates = Completions.RuleSetNames.class,
            description = "a built-in rule set or one of the scenario's own; default: the scenario's")
    String ruleSet;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "the run's seed, which determines it completely (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--run", paramLabel = "K",
            description = "tell run K (from 0) of 'bitforbit run --seed S' instead: S is then the master seed")
    Long run;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text or json (default: json for an --output ending in .json, else text)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE (atomically) instead of stdout; - is stdout")
    Path output;

    @Override
    void execute() {
        if (format == null) {
            String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.lastIndexOf('.') > 0 && !name.endsWith(".json") && !name.endsWith(".txt")) {
                throw CliException.usage("--output " + output + ": the name does not tell the format (.json or "
                        + ".txt); give --format text or json");
            }
            format = name.endsWith(".json") ? "json" : "text";
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw CliException.usage("--format must be text or json: " + format);
        }
        if (run != null && run < 0) {
            throw CliException.usage("--run must be at least 0: " + run);
        }
        OutputOptions.checkTarget(output, "--output");
        LoadedScenario s = scenario.load();
        s.checkNotInput(output, "--output");
        AgreementDesign design = s.design(ruleSet);
        Simulation sim = new Simulation(s.scenario(), design);
        long runSeed = run == null ? seed : RunSeeds.seed(seed, run);
        Trace trace = new Trace();
        RunResult result = sim.run(runSeed, trace);
        Provenance p = Provenance.of("trace", s).with("ruleSet", design.name()).with("seed", runSeed);
        if (run != null) {
            p.with("masterSeed", seed).with("run", run);
        }
        p.stamped();
        String text;
        if (format.equals("json")) {
            ObjectNode o = JsonReport.mapper().createObjectNode();
            o.set("provenance", p.json());
            o.put("outcome", result.outcome().kind().label());
            o.put("description", result.outcome().toString());
            o.put("endMonth", result.outcome().step() + 1);
            o.set("metrics", JsonReport.mapper().valueToTree(result.metrics()));
            ArrayNode events = o.putArray("events");
            for (TraceEvent e : trace.events()) {
                ObjectNode n = events.addObject();
                n.put("type", e.getClass().getSimpleName());
                n.put("month", e.step() + 1);
                n.setAll((ObjectNode) JsonReport.mapper().valueToTree(e));
                n.put("text", e.describe());
            }
            text = JsonReport.text(o);
        } else {
            String sanctioner = s.scenario().principal(Role.SANCTIONER).id();
            String target = s.scenario().principal(Role.TARGET).id();
            text = p.line() + "# " + s.scenario().title() + "\n"
                    + TraceText.format(trace, sanctioner, target);
        }
        if (OutputOptions.emit(output, text, out())) {
            note("wrote " + output);
        }
    }
}
