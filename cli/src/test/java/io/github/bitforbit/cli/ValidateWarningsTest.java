package io.github.bitforbit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code validate} warns (stderr, exit 0) about designs that are valid but cannot act. */
class ValidateWarningsTest {

    @Test
    void aPhaseInWhichTheSanctionerGivesNothingIsNamedAndTheFileIsStillValid(@TempDir Path dir) throws IOException {
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
        assertTrue(v.err().contains(f + ": warning: ruleSets.hollow.phases.for-nothing.sanctioner: the sanctioner gives "
                + "nothing the target values"), v.err());
        assertTrue(v.err().contains("ruleSets.hollow.rules[0].then: 'restore(coal)' does nothing"), v.err());
        assertFalse(v.err().contains("phases.first"), v.err());
        assertFalse(v.err().contains("error"), v.err());
    }
}
