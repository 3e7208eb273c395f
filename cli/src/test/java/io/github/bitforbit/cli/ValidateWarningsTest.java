package io.github.bitforbit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code validate} warns (stderr, exit 0) about designs that are valid but cannot act, each warning at
 * the line and column of the phase or rule it names.
 */
class ValidateWarningsTest {

    @Test
    void aPhaseInWhichTheSanctionerGivesNothingIsNamedAtItsLineAndColumnAndTheFileIsStillValid(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hollow.yaml");
        Files.writeString(f, """
                name: hollow
                parties:
                  - {id: USA, role: sanctioner}
                  - {id: DPRK, role: target}
                concessions:
                  - {id: freeze, kind: disarmament, deterrence: 0.2, reversibility: 3, verifiability: 0.8}
                  - {id: dismantle, kind: disarmament, deterrence: 0.3, verifiability: 0.8}
                  - {id: coal, kind: tranche, weight: 0.5, snapback: none}
                ruleSet: hollow
                ruleSets:
                  - name: hollow
                    phases:
                      - {name: first, target: [freeze], sanctioner: [coal]}
                      - {name: for-nothing, target: [dismantle]}
                    rules:
                      - {when: detected(freeze), then: restore(coal)}
                """);
        Cli v = Cli.run("validate", f.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains(f + ": ok"), v.out());
        // on stderr, each at the line and column of what it names: the phase for-nothing (line 14, its "{"), the
        // "then" of rule 0 (line 16)
        assertEquals(List.of(f + ":14:9: warning: ruleSets.hollow.phases.for-nothing.sanctioner: the sanctioner gives "
                        + "nothing the target values (no tranche with weight, no assurance that lowers threat or pain), "
                        + "so the target gains nothing by accepting this phase",
                f + ":16:40: warning: ruleSets.hollow.rules[0].then: 'restore(coal)' does nothing: 'coal' has "
                        + "snapback: none, so it is never restored once lifted"), v.err().lines().toList());
        assertFalse(v.out().contains("warning"), v.out());
        assertFalse(v.err().contains("phases.first"), v.err());
        assertFalse(v.err().contains("error"), v.err());
    }

    /** The example in docs/CLI.md (the file, then what validate prints for it) is the real output. */
    @Test
    void theDocumentedExampleIsTheRealOutput(@TempDir Path dir) throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "CLI.md"), StandardCharsets.UTF_8);
        int file = doc.indexOf("```yaml\n# hollow.yaml\n");
        int run = doc.indexOf("$ bitforbit validate hollow.yaml\n");
        assertTrue(file >= 0 && run > file, "the example in docs/CLI.md");
        Path f = dir.resolve("hollow.yaml");
        Files.writeString(f, doc.substring(file + 8, doc.indexOf("```", file + 8)));
        String documented = doc.substring(run + 33, doc.indexOf("```", run));
        Cli v = Cli.run("validate", f.toString());
        assertEquals(0, v.code(), v.err());
        assertEquals(documented, (v.out() + v.err()).replace(dir + File.separator, ""));
    }
}
