package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.SanctionTranche;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fields of model version 2 in files: read, defaulted as version 1 meant, written back, refused when bad. */
class Version2FieldsTest {
    static final String BASE = """
            name: v2
            parties:
              - {id: USA, role: sanctioner}
              - {id: DPRK, role: target}
            concessions:
              - {id: freeze, kind: disarmament, deterrence: 0.2, reversibility: 3, verifiability: 0.8}
              - {id: coal, kind: tranche, weight: 0.3, snapback: automatic}
              - {id: oil, kind: tranche, weight: 0.3, snapback: vote}
              - {id: reactors, kind: tranche, weight: 0.2, snapback: none}
              - {id: textiles, kind: tranche, weight: 0.2, snapback: automatic, reimposable: vote}
            ruleSet: bit-for-bit
            """;

    static Concession concession(Scenario s, String id) {
        return s.concessions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void reimposableDefaultsFromTheSnapbackModeAndRoundTrips() {
        Scenario s = Scenarios.parse(BASE, "v2.yaml");
        assertEquals(Reimposition.FREELY, ((SanctionTranche) concession(s, "coal")).reimposable());
        assertEquals(Reimposition.VOTE, ((SanctionTranche) concession(s, "oil")).reimposable());
        assertEquals(Reimposition.NEVER, ((SanctionTranche) concession(s, "reactors")).reimposable());
        assertEquals(Reimposition.VOTE, ((SanctionTranche) concession(s, "textiles")).reimposable());
        assertEquals(s, Scenarios.parse(Scenarios.toYaml(s), "v2-copy.yaml"));
        assertEquals(s, Scenarios.parse(Scenarios.toJson(s), "v2-copy.json"));
        assertTrue(Scenarios.toYaml(s).contains("reimposable: \"never\"") || Scenarios.toYaml(s).contains("reimposable: never"),
                Scenarios.toYaml(s));
    }

    @Test
    void aBadReimposableIsOneLocatedError() {
        String bad = BASE.replace("reimposable: vote", "reimposable: sometimes");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.parse(bad, "bad.yaml"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("bad.yaml:10:") && e.getMessage().contains("reimposable: 'sometimes' is not one of"),
                e.getMessage());
    }
}
