package io.github.bitforbit.cli;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.scenario.LocatedWarning;
import io.github.bitforbit.scenario.Problem;
import io.github.bitforbit.scenario.ScenarioException;
import io.github.bitforbit.scenario.Scenarios;
import io.github.bitforbit.scenario.SourcedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bitforbit validate}: checks scenario files; every problem goes to stderr as
 * {@code file:line:column: path: message}, and the exit code is 2 if any file is invalid. The
 * scenario's warnings ({@code Scenario.warnings()}) go to stderr as {@code file:line:column:
 * warning: path: message}, at the phase or rule they name ({@code SourcedScenario.warnings()}),
 * and leave the exit code 0.
 */
@Command(name = "validate", header = "Check scenario files; print every problem.",
        description = "Check scenario files. Prints 'FILE: ok' for each valid file; for an invalid one, every "
                + "problem on stderr as file:line:column: path: message. Designs that are valid but cannot act "
                + "as written (a phase in which a side gives nothing the other values, a rule whose event can "
                + "never happen, a restore of a tranche without snapback) are warned about on stderr as "
                + "file:line:column: warning: path: message. Exit code 0 if all are valid (warnings or not), else 2.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit validate my-scenario.yaml", "  bitforbit validate scenarios/*.yaml --quiet"})
public final class ValidateCommand extends BaseCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (.yaml, .yml or .json)")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "print nothing for valid files")
    boolean quiet;

    @Option(names = "--confine-extends",
            description = "let extends name only built-in scenarios and files in each file's own directory tree")
    boolean confineExtends;

    @Override
    void execute() {
        int invalid = 0;
        int problems = 0;
        for (Path f : files) {
            try {
                SourcedScenario sourced = Scenarios.loadSourced(f, ScenarioOptions.policy(confineExtends));
                Scenario s = sourced.scenario();
                if (!quiet) {
                    out().println(f + ": ok (" + s.name() + ": " + s.parties().size() + " parties, "
                            + s.concessions().size() + " concessions, " + s.designNames().size() + " rule sets)");
                }
                // a design that cannot act as written is valid: warned about on stderr, exit code unchanged
                for (LocatedWarning w : sourced.warnings()) {
                    err().println(w);
                }
            } catch (ScenarioException e) {
                invalid++;
                for (Problem p : e.problems()) {
                    err().println(p);
                    problems++;
                }
            }
        }
        out().flush();
        err().flush();
        if (invalid > 0) {
            throw CliException.usage(invalid + " of " + files.size() + (files.size() == 1 ? " file is" : " files are")
                    + " invalid (" + problems + (problems == 1 ? " problem" : " problems") + ")");
        }
    }
}
