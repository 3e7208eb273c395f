package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.MemberDepartures;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.Role;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coalition built-ins and files (docs/ODD.md 7.11, docs/SCENARIOS.md "Coalitions"). */
class CoalitionScenariosTest {

    private static List<String> members(Scenario s) {
        return s.parties().stream().filter(p -> p.role() == Role.SANCTIONER).map(Party::id).toList();
    }

    @Test
    void inTheJcpoaTheUsaLeavesAfterCompletionMoreOftenThanEveryOtherMember() {
        Scenario s = Scenarios.builtIn("jcpoa-2015");
        assertEquals(List.of("USA", "EU", "UN"), members(s));
        MonteCarloResult r = MonteCarlo.of(s).design("historical").runs(3000).seed(0).threads(2).run();
        Map<String, MemberDepartures> d = r.departures();
        assertEquals(List.of("USA", "EU", "UN"), List.copyOf(d.keySet()));
        MemberDepartures usa = d.get("USA");
        assertTrue(usa.leftAfterCompletion() > 0);
        for (String other : List.of("EU", "UN")) {
            // the intervals do not overlap: a difference, not noise
            assertTrue(usa.leftAfterCompletionShare().low() > d.get(other).leftAfterCompletionShare().high(),
                    "USA " + usa.leftAfterCompletionShare() + " vs " + other + " " + d.get(other).leftAfterCompletionShare());
        }
    }

    @Test
    void theDocumentedDprkVariantSeparatesUnAndUsSanctionsAndEachLeavesOnItsOwn() throws Exception {
        Path file = Path.of("..", "docs", "scenarios", "dprk-2018-un-us.yaml");
        assertTrue(Files.isRegularFile(file), "the documented variant ships with the docs");
        Scenario s = Scenarios.load(file);
        assertEquals(List.of("USA", "UNSC"), members(s));
        for (String un : List.of("coal-minerals", "textiles", "seafood", "workers-abroad", "oil-caps")) {
            assertEquals("UNSC", s.concession(un).map(Concession::owner).orElseThrow(), un);
        }
        assertEquals("USA", s.concession("us-unilateral").map(Concession::owner).orElseThrow());
        MonteCarloResult r = MonteCarlo.of(s).runs(2000).seed(1).threads(2).run();
        for (String m : List.of("USA", "UNSC")) {
            MemberDepartures d = r.departures().get(m);
            // it left while the other went on in some runs: more left than ended the run
            assertTrue(d.left() > d.endedRun(), m + " left " + d.left() + ", ended the run " + d.endedRun());
        }
    }

    @Test
    void aCoalitionsReliefMustNameItsOwner() {
        String text = """
                name: unowned
                parties:
                  - {id: USA, role: sanctioner}
                  - {id: EU, role: sanctioner}
                  - {id: IRN, role: target}
                concessions:
                  - {id: cap, kind: disarmament, deterrence: 0.4, reversibility: 12, verifiability: 0.9}
                  - {id: us, kind: tranche, owner: USA, weight: 0.5, snapback: automatic}
                  - {id: eu, kind: tranche, weight: 0.4, snapback: automatic}
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.parse(text, "unowned.yaml"));
        assertEquals(List.of("unowned.yaml:9:5: concessions[2].owner: a tranche of a sanctioning side of several "
                + "members needs an owner: one of USA, EU"), e.problems().stream().map(Object::toString).toList());
    }
}
