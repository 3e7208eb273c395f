package io.github.bitforbit.cli;

import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.ScenarioInfo;
import io.github.bitforbit.scenario.Scenarios;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code bitforbit list}: the built-in scenarios and the built-in rule sets, one line each. */
@Command(name = "list", header = "List the built-in scenarios and rule sets.", description = "List the built-in scenarios and the built-in rule sets, one line each.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit list", "  bitforbit describe hanoi-2019"})
public final class ListCommand extends BaseCommand {

    @Override
    void execute() {
        List<ScenarioInfo> scenarios = Scenarios.list();
        int width = 0;
        for (ScenarioInfo s : scenarios) {
            width = Math.max(width, s.name().length());
        }
        for (Template t : Template.values()) {
            width = Math.max(width, t.name().length());
        }
        StringBuilder b = new StringBuilder("Built-in scenarios (bitforbit describe NAME):\n");
        for (ScenarioInfo s : scenarios) {
            b.append("  ").append(pad(s.name(), width)).append("  ").append(s.title())
                    .append(s.name().equals(Scenarios.DEFAULT) ? "  [default]" : "").append('\n');
        }
        b.append("\nBuilt-in rule sets (--rule-set NAME; they fit any scenario):\n");
        for (Template t : Template.values()) {
            b.append("  ").append(pad(t.name(), width)).append("  ").append(t.summary()).append('\n');
        }
        b.append("\nA scenario may define rule sets of its own: 'bitforbit describe SCENARIO' lists them.\n");
        out().print(b);
        out().flush();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
