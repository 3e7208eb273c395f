package io.github.bitforbit.cli;

import io.github.bitforbit.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bitforbit describe}: a scenario, readable in a terminal. */
@Command(name = "describe", header = "Describe a scenario: parties, concessions, rule sets, sources.",
        description = "Describe a scenario: parties, concessions, events, the phases and triggers of every rule "
                + "set it can run under, uncertain inputs, sources and assumptions.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit describe dprk-2018", "  bitforbit describe my-scenario.yaml | less",
                "  bitforbit describe demo --set parties.DPRK.patience=3"})
public final class DescribeCommand extends BaseCommand {

    @Mixin
    ScenarioOptions scenario;

    @Override
    void execute() {
        LoadedScenario s = scenario.load();
        out().print(ScenarioText.describe(s.scenario()));
        Scenarios.resolveSourced(scenario.scenario, ScenarioOptions.policy(scenario.confineExtends)).observed()
                .ifPresent(r -> out().print(ScenarioText.observed(s.scenario(), r)));
        out().println("# scenario sha256 " + s.sha256() + (s.overrides().isEmpty() ? ""
                : " (with --set " + String.join(" --set ", s.overrides()) + ")"));
        out().flush();
    }
}
