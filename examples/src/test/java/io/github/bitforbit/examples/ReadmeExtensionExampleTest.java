package io.github.bitforbit.examples;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.Sweep;
import io.github.bitforbit.montecarlo.SweepResult;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Extending the model": its code blocks are, verbatim, {@link Legislature}, this
 * module's service registration, {@code legislature.yaml} and the example below, which runs.
 */
class ReadmeExtensionExampleTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void readmeExtensionExampleRuns() throws Exception {
        Path file = Path.of(ReadmeExtensionExampleTest.class.getResource("legislature.yaml").toURI());
        // README:begin
        Scenario withCongress = Scenarios.load(file);                  // role: legislature, vetoLift: 0.3
        SweepResult s = Sweep.of(withCongress)
                .vary("parties.Congress.vetoLift", "0..0.9:4")          // its parameter is a sweep path
                .runsPerPoint(2_000).seed(7).run();
        s.rows().forEach(row -> System.out.println(row.values() + " -> " + row.collapseShare()));
        // README:end
        assertEquals(4, s.rows().size());
        double never = s.rows().get(0).result().share(OutcomeKind.COMPLETED).estimate();
        double often = s.rows().get(3).result().share(OutcomeKind.COMPLETED).estimate();
        assertTrue(often < never, "completion falls as the veto grows: " + never + " -> " + often);
    }

    @Test
    void theReadmeShowsExactlyTheCodeThatIsTested() throws IOException {
        List<String> blocks = blocks(Files.readString(ROOT.resolve("README.md")), "## Extending the model");
        assertEquals(4, blocks.size(), "code blocks in the README section");
        assertEquals(between(source("Legislature.java")), blocks.get(0));
        assertEquals(Files.readString(Path.of("src/test/resources/META-INF/services/io.github.bitforbit.engine.AgentType"))
                .strip(), blocks.get(1).lines().filter(l -> !l.startsWith("#")).findFirst().orElse("").strip());
        assertEquals(Files.readString(Path.of("src/test/resources/io/github/bitforbit/examples/legislature.yaml"))
                .strip(), blocks.get(2));
        assertEquals(between(source("ReadmeExtensionExampleTest.java")), blocks.get(3));
    }

    private static String source(String name) throws IOException {
        return Files.readString(Path.of("src/test/java/io/github/bitforbit/examples").resolve(name));
    }

    /** The lines between the README markers, without their common indentation. */
    static String between(String source) {
        String[] parts = source.split("// README:(begin|end)\n");
        List<String> lines = parts[1].lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return out.toString().strip();
    }

    /** The fenced code blocks of the README section headed {@code heading}. */
    static List<String> blocks(String readme, String heading) {
        int start = readme.indexOf(heading);
        assertTrue(start >= 0, "no section " + heading);
        int end = readme.indexOf("\n## ", start + heading.length());
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> out = new ArrayList<>();
        String[] parts = section.split("```");
        for (int i = 1; i < parts.length; i += 2) {
            String b = parts[i];
            out.add(b.substring(b.indexOf('\n') + 1).strip());
        }
        return out;
    }
}
