package io.github.bitforbit.scenario;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The format's features: distributions, extends, JSON, templates with rules, schema and docs. */
class ScenarioFormatTest {
    private static final String TINY = """
            name: tiny
            horizon: 24
            parties:
              - id: USA
                role: sanctioner
                trust: {initial: {beta: [2, 5]}}
                strategy: {name: generous, forgiveness: {uniform: [0.1, 0.5]}}
              - id: DPRK
                role: target
                trust: {initial: {uniform: [0.2, 0.6]}}
                kappa: {triangular: [0.3, 0.5, 0.9]}
            concessions:
              - {id: test-freeze, kind: disarmament, deterrence: 0.1, reversibility: 3, verifiability: 0.9}
              - {id: yongbyon, kind: disarmament, deterrence: {truncatedNormal: [0.3, 0.1, 0.1, 0.5]}, verifiability: 0.7}
              - {id: textiles, kind: tranche, weight: 0.2, snapback: vote}
              - {id: coal, kind: tranche, weight: 0.3}
            events:
              - {kind: provocation, hazard: {uniform: [0.0, 0.05]}, magnitude: 0.3}
            ruleSet: historical
            ruleSets:
              - name: historical
                template: bit-for-bit
                rules:
                  - when: violated(test-freeze)
                    then: restore(textiles)
                  - "when detected(yongbyon) then restore(coal)"
            """;

    @Test
    void distributionsBecomeUncertainParametersAtTheirPathsWithTheMeanAsBase() {
        Scenario s = Scenarios.parse(TINY, "tiny.yaml");
        assertEquals(List.of("parties.USA.trust.initial", "parties.USA.strategy.forgiveness",
                        "parties.DPRK.trust.initial", "parties.DPRK.kappa", "concessions.yongbyon.deterrence",
                        "events[0].hazard"),
                s.uncertainties().stream().map(UncertainParameter::path).toList());
        assertEquals(new Distribution.Beta(2, 5), s.uncertainties().get(0).distribution());
        assertEquals(0.4, s.party("DPRK").orElseThrow().initialTrust(), 1e-12);
        assertEquals(2.0 / 7.0, s.party("USA").orElseThrow().initialTrust(), 1e-12);
        assertEquals(Strategies.generous(0.3), s.party("USA").orElseThrow().strategy());
        assertEquals(0.2, s.concession("coal").map(c -> ((io.github.bitforbit.terms.SanctionTranche) c).weight())
                .orElseThrow() - 0.1, 1e-12);
    }

    @Test
    void aTemplateRuleSetGetsTheTemplatesPhasesAndTheFilesTriggers() {
        Scenario s = Scenarios.parse(TINY, "tiny.yaml");
        RuleSet h = (RuleSet) s.design("historical");
        assertEquals(s.design(), h);
        RuleSet template = Template.BIT_FOR_BIT.ruleSetFor(s);
        assertEquals(template.phases(), h.phases());
        assertEquals(List.of(RuleSyntax.rule("when violated(test-freeze) then restore(textiles)"),
                RuleSyntax.rule("when detected(yongbyon) then restore(coal)")), h.rules());
    }

    @Test
    void uncertainScenariosRoundTripInOrderEvenWhenBuiltInAnotherOrder(@TempDir Path tmp) {
        Scenario s = Scenarios.parse(TINY, "tiny.yaml");
        Path file = tmp.resolve("tiny-copy.yaml");
        Scenarios.write(s, file);
        Scenario back = Scenarios.load(file);
        assertEquals(s, back);
        List<UncertainParameter> reversed = new java.util.ArrayList<>(s.uncertainties());
        java.util.Collections.reverse(reversed);
        Scenario shuffled = s.withUncertainties(reversed);
        String yaml = Scenarios.toYaml(shuffled);
        assertTrue(yaml.contains("uncertain:"), "written under uncertain: to keep the order");
        Scenario again = Scenarios.parse(yaml, "again.yaml");
        assertEquals(shuffled.uncertainties(), again.uncertainties());
        Simulation a = new Simulation(shuffled, shuffled.design());
        Simulation b = new Simulation(again, again.design());
        for (long seed = 1; seed <= 200; seed++) {
            assertEquals(a.run(seed), b.run(seed));
        }
    }

    @Test
    void extendsABuiltInChangesOneNumberWithoutCopyingTheFile(@TempDir Path tmp) throws IOException {
        Path mine = tmp.resolve("mine.yaml");
        Files.writeString(mine, """
                extends: dprk-2018
                name: dprk-2018-trusting
                parties:
                  - id: DPRK
                    trust: {initial: 0.6}
                """);
        Scenario base = Scenarios.builtIn("dprk-2018");
        Scenario s = Scenarios.load(mine);
        assertEquals("dprk-2018-trusting", s.name());
        assertEquals(0.6, s.party("DPRK").orElseThrow().initialTrust());
        assertEquals(base.concessions(), s.concessions());
        assertEquals(base.ruleSets(), s.ruleSets());
        Party dprk = s.party("DPRK").orElseThrow();
        Party before = base.party("DPRK").orElseThrow();
        assertEquals(before.parameters(), dprk.parameters());
        assertEquals(base.parties().size(), s.parties().size());
    }

    @Test
    void extendsAnotherFileRelativeToTheExtendingOneAndAddsById(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("base"));
        Files.writeString(tmp.resolve("base/common.yaml"), TINY);
        Path child = tmp.resolve("child.yaml");
        Files.writeString(child, """
                extends: base/common.yaml
                name: child
                horizon: 12
                concessions:
                  - {id: oil, kind: tranche, weight: 0.1}
                  - {id: coal, weight: 0.4}
                events: null
                """);
        Scenario s = Scenarios.load(child);
        assertEquals(12, s.horizon());
        assertEquals(List.of("test-freeze", "yongbyon", "textiles", "coal", "oil"),
                s.concessions().stream().map(io.github.bitforbit.terms.Concession::id).toList());
        assertEquals(0.4, s.concession("coal").orElseThrow().pairingValue());
        assertEquals(List.of(), s.events());
        // a bad value in the base that the child overrides is no problem; one it keeps is reported in the base file
        Files.writeString(tmp.resolve("base/common.yaml"), TINY.replace("horizon: 24", "horizon: -1"));
        assertEquals(12, Scenarios.load(child).horizon());
        Files.writeString(child, "extends: base/common.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(child));
        assertTrue(e.problems().get(0).file().endsWith("common.yaml"), e.getMessage());
        assertEquals("horizon", e.problems().get(0).path());
    }

    @Test
    void jsonIsTheSameFormat() {
        Scenario yaml = Scenarios.builtIn("demo");
        Scenario json = Scenarios.parse(Scenarios.toJson(yaml), "demo.json");
        assertEquals(yaml, json);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Scenarios.parse("{\"name\": \"x\", \"horizon\": 1.4}", "x.json"));
        assertTrue(e.getMessage().contains("x.json:1:26: horizon: expected a whole number, found the number 1.4"),
                e.getMessage());
    }

    @Test
    void anchorsAndMergeKeysWork() {
        Scenario s = Scenarios.parse("""
                name: anchors
                parties: [{id: USA, role: sanctioner}, {id: DPRK, role: target}]
                concessions:
                  - {id: test-freeze, kind: disarmament, deterrence: 0.1, verifiability: 0.9}
                  - &un {id: textiles, kind: tranche, weight: 0.2, snapback: vote}
                  - {<<: *un, id: coal, weight: 0.3}
                """, "anchors.yaml");
        io.github.bitforbit.terms.SanctionTranche coal =
                (io.github.bitforbit.terms.SanctionTranche) s.concession("coal").orElseThrow();
        assertEquals(io.github.bitforbit.terms.SnapbackMode.VOTE, coal.snapback());
        assertEquals(0.3, coal.weight());
    }

    @Test
    void theJsonSchemaComesFromTheSameDescriptorsAndParses() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Scenarios.jsonSchema());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        for (Field f : Format.SCENARIO.fields()) {
            assertTrue(schema.get("properties").has(f.name()), f.name());
        }
        JsonNode party = schema.get("$defs").get("party").get("oneOf");
        assertEquals(Format.ROLES.size(), party.size());
        JsonNode target = party.get(Format.ROLES.indexOf("target"));
        assertTrue(target.get("properties").has("kappa"));
        assertFalse(target.get("properties").has("leakage"));
        assertEquals(1.0, target.get("properties").get("initialCapability").get("oneOf").get(0).get("maximum").asDouble());
        assertEquals(false, schema.get("additionalProperties").asBoolean());
    }

    @Test
    void defaultsAreTheCoresDefaults() {
        Scenario code = Scenario.builder("d").sanctioner("S", p -> { }).target("T", p -> { }).patron("P", p -> { })
                .partner("Q", p -> { }).disarmament("x", 0.1, 3, 0.5).tranche("y", 0.1, io.github.bitforbit.terms.SnapbackMode.AUTOMATIC).build();
        Scenario file = Scenarios.parse("""
                name: d
                parties: [{id: S, role: sanctioner}, {id: T, role: target}, {id: P, role: patron}, {id: Q, role: partner}]
                concessions:
                  - {id: x, kind: disarmament, deterrence: 0.1, reversibility: 3, verifiability: 0.5}
                  - {id: y, kind: tranche, weight: 0.1}
                """, "d.yaml");
        assertEquals(code.parties(), file.parties());
        assertEquals(code.concessions(), file.concessions());
        assertEquals(code.horizon(), file.horizon());
        assertEquals(code.falseAlarm(), file.falseAlarm());
        assertEquals(code.design(), file.design());
        assertEquals(code.principal(Role.TARGET).parameters(), file.principal(Role.TARGET).parameters());
    }

    @Test
    void resolveTakesABuiltInNameOrAPath(@TempDir Path tmp) throws IOException {
        assertEquals("hanoi-2019", Scenarios.resolve("hanoi-2019").name());
        Path f = tmp.resolve("t.yaml");
        Files.writeString(f, TINY);
        assertEquals("tiny", Scenarios.resolve(f.toString()).name());
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.resolve("dprk-2017"));
        assertTrue(e.getMessage().contains("did you mean 'dprk-2018'?"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scenarios.builtIn("nope"));
    }

    /** docs/SCENARIOS.md carries the generated field reference between markers; keep it in sync. */
    @Test
    void theDocsFieldReferenceIsTheGeneratedOne() throws IOException {
        Path docs = Path.of("..", "docs", "SCENARIOS.md");
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        String begin = "<!-- field-reference:begin (generated by Scenarios.fieldReference(); do not edit) -->\n";
        String end = "<!-- field-reference:end -->";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        assertTrue(b >= 0 && e > b, "markers in docs/SCENARIOS.md");
        String generated = Scenarios.fieldReference();
        if (Boolean.getBoolean("bitforbit.updateDocs")) {
            Files.writeString(docs, text.substring(0, b + begin.length()) + generated + text.substring(e),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, text.substring(b + begin.length(), e),
                "regenerate with: ./mvnw -q -o -pl scenarios test -Dtest=ScenarioFormatTest -Dbitforbit.updateDocs=true");
    }

    @Test
    void theDocsWorkedExampleLoadsAndCompares() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "SCENARIOS.md"), StandardCharsets.UTF_8);
        int b = text.indexOf("```yaml\n# libya-2003.yaml");
        assertTrue(b >= 0, "the worked example");
        String yaml = text.substring(b + 8, text.indexOf("```", b + 8));
        Scenario s = Scenarios.parse(yaml, "libya-2003.yaml");
        for (String d : List.of("all-or-nothing", "bit-for-bit", "historical")) {
            Simulation sim = new Simulation(s, s.design(d));
            for (long seed = 1; seed <= 50; seed++) {
                sim.run(seed);
            }
        }
    }

    /** Axis titles and tables name a parameter by what it means and its unit, from the format's descriptors. */
    @Test
    void parameterLabelsComeFromTheDescriptors() {
        assertEquals("DPRK trust.initial: belief at step 0 (probability)",
                Scenarios.parameterLabel("parties.DPRK.trust.initial"));
        assertTrue(Scenarios.parameterLabel("horizon").startsWith("horizon: the longest a run lasts (steps"),
                Scenarios.parameterLabel("horizon"));
        assertTrue(Scenarios.parameterLabel("concessions.yongbyon.verifiability").startsWith("yongbyon verifiability: "),
                Scenarios.parameterLabel("concessions.yongbyon.verifiability"));
        assertEquals("rule set", Scenarios.parameterLabel("ruleSet"));
        assertEquals("no.such.path", Scenarios.parameterLabel("no.such.path"));
    }
}
