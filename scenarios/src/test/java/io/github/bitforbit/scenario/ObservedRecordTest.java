package io.github.bitforbit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.evidence.RecordLikelihood;
import io.github.bitforbit.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code observed} block: read from YAML and JSON with its defaults, never inherited, on every case. */
class ObservedRecordTest {
    private static final List<String> CASES = List.of("dprk-2018", "agreed-framework-1994", "six-party-2007",
            "hanoi-2019", "jcpoa-2015");

    private static final String BASE = String.join("\n", "name: tiny", "horizon: 24", "parties:",
            "  - {id: USA, role: sanctioner}", "  - {id: DPRK, role: target}", "concessions:",
            "  - {id: test-freeze, kind: disarmament, deterrence: 0.1, reversibility: 3, verifiability: 0.9}",
            "  - {id: textiles, kind: tranche, weight: 0.2}", "ruleSets:",
            "  - {name: historical, template: all-or-nothing}", "");

    @TempDir
    Path dir;

    static Stream<String> cases() {
        return CASES.stream();
    }

    private SourcedScenario load(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return Scenarios.loadSourced(f, ExtendsPolicy.ANY_PATH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseHasARecordThatFitsItsScenario(String name) {
        Scenario s = Scenarios.builtIn(name);
        ObservedRecord r = Scenarios.observed(name).orElseThrow();
        RecordLikelihood.check(s, r);
        assertTrue(r.toMonth() <= s.horizon() && r.fromMonth() < s.horizon(), "the window is within the horizon");
        assertTrue(s.designNames().contains(r.design()));
        assertFalse(r.judgements().isEmpty(), "every reading is a judgement, and says so");
        assertFalse(r.sources().isEmpty(), "sources");
        for (String source : r.sources()) {
            assertFalse(source.matches("(?s).*\\b(seed|shared|notes|reviews)/.*|.*\\.(txt|md)\\b.*"), source);
        }
        assertEquals(r, Scenarios.resolveSourced(name, ExtendsPolicy.ANY_PATH).observed().orElseThrow());
    }

    @Test
    void theCasesAreTheBuiltInsWithARecord() {
        assertEquals(CASES, Scenarios.withRecords());
        assertEquals(Optional.empty(), Scenarios.observed("demo"));
        assertEquals(Optional.empty(), Scenarios.observed("generic-imposition"));
    }

    @Test
    void aFullBlockIsReadAsWritten() throws IOException {
        SourcedScenario s = load("full.yaml", BASE + String.join("\n", "observed:", "  outcome: collapsed",
                "  from: 3", "  to: 9", "  endedBy: DPRK", "  cause: rejected", "  design: grit",
                "  judgements: [\"a reading\"]", "  sources: [\"a treaty\"]", ""));
        assertEquals(new ObservedRecord(OutcomeKind.COLLAPSED, 3, 9, "DPRK", CollapseCause.REJECTED, "grit",
                List.of("a reading"), List.of("a treaty")), s.observed().orElseThrow());
    }

    @Test
    void theWindowDefaultsToTheWholeRunAndTheDesignToHistorical() throws IOException {
        SourcedScenario s = load("short.yaml", BASE + "observed: {outcome: stalled}\n");
        assertEquals(new ObservedRecord(OutcomeKind.STALLED, 0, 24, null, null, "historical", List.of(), List.of()),
                s.observed().orElseThrow());
    }

    @Test
    void jsonReadsTheSame() throws IOException {
        SourcedScenario yaml = load("a.yaml", BASE + "observed: {outcome: completed, from: 2, to: 20}\n");
        String json = Scenarios.toJson(yaml.scenario()).trim();
        json = json.substring(0, json.length() - 1) + ", \"observed\": {\"outcome\": \"completed\", \"from\": 2, "
                + "\"to\": 20}}";
        assertEquals(yaml.observed(), load("a.json", json).observed());
    }

    @Test
    void aFileWithoutTheBlockHasNoRecordAndAnExtendingFileInheritsNone() throws IOException {
        assertEquals(Optional.empty(), load("none.yaml", BASE).observed());
        SourcedScenario variant = load("variant.yaml", "extends: dprk-2018\nname: my-dprk\nhorizon: 6\n");
        assertEquals(Optional.empty(), variant.observed(), "a variant of a case is not the case");
        assertEquals(6, variant.scenario().horizon());
    }

    @Test
    void theSchemaDescribesTheBlock() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Scenarios.jsonSchema());
        assertTrue(schema.get("properties").has("observed"));
        JsonNode observed = schema.get("$defs").get("observed");
        assertEquals(List.of("completed", "collapsed", "stalled"),
                new ObjectMapper().convertValue(observed.get("properties").get("outcome").get("enum"), List.class));
        assertEquals("outcome", observed.get("required").get(0).asText());
        assertFalse(observed.get("additionalProperties").asBoolean());
        assertTrue(observed.get("properties").get("cause").get("enum").toString().contains("rejected"));
    }
}
