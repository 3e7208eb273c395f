package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.validation.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scenario's warnings ({@code Scenario.warnings()}) located where the element each one names is
 * written ({@link SourcedScenario#warnings()}), as problems are.
 */
class LocatedWarningsTest {

    private static final String TERMS = """
            name: hollow
            parties:
              - {id: EU, role: sanctioner}
              - {id: IRN, role: target}
            concessions:
              - {id: cap, kind: disarmament, deterrence: 0.2, reversibility: 3, verifiability: 0.8}
              - {id: stockpile, kind: disarmament, deterrence: 0.3, verifiability: 0.8}
              - {id: inspections, kind: disarmament, deterrence: 0.1, verifiability: 0.8}
              - {id: oil, kind: tranche, weight: 0.5, snapback: none}
              - {id: token, kind: tranche, weight: 0, snapback: none}
            """;

    @TempDir
    Path dir;

    private List<String> warnings(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return Scenarios.loadSourced(f, ExtendsPolicy.ANY_PATH).warnings().stream().map(LocatedWarning::toString)
                .map(s -> s.substring(dir.toString().length() + 1)).toList();
    }

    @Test
    void eachWarningIsWhereItsPhaseOrRuleIsWritten() throws IOException {
        List<String> got = warnings("hollow.yaml", TERMS + """
                ruleSet: hollow
                ruleSets:
                  - name: hollow
                    phases:
                      - name: first
                        target: [cap]
                        sanctioner: [oil]
                      - name: for-nothing
                        target: [stockpile]
                      - name: for-a-token
                        target: [inspections]
                        sanctioner: [token]
                    rules:
                      - when detected(cap) then restore(oil)
                      - {when: detected(stockpile), then: restore(oil)}
                """);
        // 18:9, the phase "- name: for-nothing" (it has no sanctioner key to point at); 22:21, the "[token]" of for-a-token;
        // 24:9, the rule written as one text; 25:43, the "then" of the rule written as a mapping
        assertEquals(List.of(
                "hollow.yaml:18:9: warning: ruleSets.hollow.phases.for-nothing.sanctioner: the sanctioner gives "
                        + "nothing the target values (no tranche with weight, no assurance that lowers threat or "
                        + "pain), so the target gains nothing by accepting this phase",
                "hollow.yaml:22:21: warning: ruleSets.hollow.phases.for-a-token.sanctioner: the sanctioner gives "
                        + "nothing the target values (no tranche with weight, no assurance that lowers threat or "
                        + "pain), so the target gains nothing by accepting this phase",
                "hollow.yaml:24:9: warning: ruleSets.hollow.rules[0].then: 'restore(oil)' does nothing: 'oil' "
                        + "has snapback: none, so it is never restored once lifted",
                "hollow.yaml:25:43: warning: ruleSets.hollow.rules[1].then: 'restore(oil)' does nothing: 'oil' "
                        + "has snapback: none, so it is never restored once lifted"), got);
    }

    @Test
    void aWarningAboutAnInlineRuleSetIsWhereTheInlinePhaseIsWritten() throws IOException {
        List<String> got = warnings("inline.yaml", TERMS + """
                ruleSet:
                  phases:
                    - {name: first, target: [cap], sanctioner: [oil]}
                    - {name: for-nothing, target: [stockpile, inspections]}
                """);
        assertEquals(List.of("inline.yaml:14:7: warning: ruleSet.phases.for-nothing.sanctioner: the sanctioner "
                + "gives nothing the target values (no tranche with weight, no assurance that lowers threat or "
                + "pain), so the target gains nothing by accepting this phase"), got);
    }

    @Test
    void aWarningInheritedThroughExtendsIsInTheFileThatWritesIt() throws IOException {
        warnings("base.yaml", TERMS + """
                ruleSets:
                  - name: hollow
                    phases:
                      - {name: first, target: [cap, inspections], sanctioner: [oil]}
                      - {name: for-nothing, target: [stockpile]}
                """);
        List<String> got = warnings("child.yaml", "extends: ./base.yaml\nname: child\nruleSet: hollow\n");
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("base.yaml:15:9: warning: ruleSets.hollow.phases.for-nothing.sanctioner: "),
                got.get(0));
    }

    @Test
    void aScenarioNotReadFromAFileHasItsWarningsWithoutAPosition() {
        Scenario s = Scenarios.parse(TERMS + """
                ruleSet:
                  phases:
                    - {name: first, target: [cap, stockpile, inspections], sanctioner: [token]}
                """, "hollow.yaml");
        List<LocatedWarning> got = new SourcedScenario(s, List.of()).warnings();
        assertEquals(1, got.size(), got.toString());
        assertFalse(got.get(0).located());
        assertEquals("warning: ruleSet.phases.first.sanctioner: the sanctioner gives nothing the target values (no "
                + "tranche with weight, no assurance that lowers threat or pain), so the target gains nothing by "
                + "accepting this phase", got.get(0).toString());
        Warning w = new Warning("ruleSets.x.phases.y.sanctioner", "the sanctioner gives nothing");
        assertEquals("my.yaml:3:7: warning: ruleSets.x.phases.y.sanctioner: the sanctioner gives nothing",
                new LocatedWarning("my.yaml", 3, 7, w).toString());
        // the default scenario's designs can all act; two of their phases are refused at any belief
        // (MODEL.md 2: the validator reports them), and that is all it warns about
        List<LocatedWarning> defaults = Scenarios.resolveSourced(Scenarios.DEFAULT, ExtendsPolicy.ANY_PATH).warnings();
        assertEquals(List.of("ruleSets.historical.phases.gestures", "ruleSet.phases.phase 2"),
                defaults.stream().map(d -> d.warning().path()).toList(), defaults.toString());
        assertTrue(defaults.stream().allMatch(d -> d.toString().contains("refuses this phase at any belief")),
                defaults.toString());
    }
}
