package io.github.bitforbit.cli;

import io.github.bitforbit.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code bitforbit schema}: the JSON Schema of scenario files. */
@Command(name = "schema", header = "Print the JSON Schema of scenario files.", description = "Print the JSON Schema (draft 2020-12) of scenario files.",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit schema > scenario.schema.json",
                "  # in a YAML file, for editors that read it:",
                "  # yaml-language-server: $schema=./scenario.schema.json"})
public final class SchemaCommand extends BaseCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE (atomically) instead of stdout; - is stdout")
    Path output;

    @Override
    void execute() {
        OutputOptions.checkTarget(output, "--output");
        OutputOptions.emit(output, Scenarios.jsonSchema(), out());
    }
}
