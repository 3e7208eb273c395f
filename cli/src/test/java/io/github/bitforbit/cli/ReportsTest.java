package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.RunSeeds;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {

    private static final LoadedScenario DEMO = LoadedScenario.load("demo", List.of());

    @Test
    void theHashIsOfTheScenarioAsRunAfterOverrides() {
        assertEquals(DEMO.sha256(), LoadedScenario.load("demo", List.of()).sha256());
        assertEquals(64, DEMO.sha256().length());
        LoadedScenario changed = LoadedScenario.load("demo", List.of("parties.DPRK.trust.initial=0.3"));
        assertNotEquals(DEMO.sha256(), changed.sha256());
        assertEquals(0.3, changed.scenario().party("DPRK").orElseThrow().initialTrust());
        assertEquals(changed.sha256(), LoadedScenario.load("demo", List.of("parties.DPRK.trust.initial=0.30")).sha256());
    }

    /** The table leads with the library's verdict, sentence for sentence, whichever design it favours. */
    @Test
    void tableLeadsWithTheLibrarysVerdict() {
        Comparison c = MonteCarlo.of(Scenarios.builtIn("dprk-2018")).runs(2000).seed(1).threads(2)
                .compare(DEMO.design("all-or-nothing"), DEMO.design("bit-for-bit"), DEMO.design("grit"));
        String table = TableReport.compare(c, Provenance.of("compare", DEMO).stamped(), "t", false);
        List<String> sentences = c.verdict().sentences();
        assertTrue(sentences.size() >= 2, sentences.toString());
        assertTrue(table.contains("Verdict: " + sentences.get(0) + "\n"), table);
        for (String s : sentences.subList(1, sentences.size())) {
            assertTrue(table.contains("\n  - " + s + "\n"), s + " in\n" + table);
        }
        assertTrue(table.contains("Cumulative incidence"), table);
    }

    @Test
    void csvIsOneTidyTableAfterComments() {
        MonteCarloResult r = MonteCarlo.of(DEMO.scenario()).runs(200).seed(4).threads(1).run();
        String csv = CsvReport.run(r, Provenance.of("run", DEMO).stamped());
        List<String> data = new ArrayList<>();
        for (String line : csv.split("\n")) {
            if (!line.startsWith("#")) {
                data.add(line);
            }
        }
        assertEquals(CsvReport.HEADER, data.get(0));
        for (List<String> cells : Csv.records(String.join("\n", data))) {
            assertEquals(7, cells.size(), cells.toString());
        }
        assertTrue(data.contains("bit-for-bit,outcome,collapsed,count," + r.count(OutcomeKind.COLLAPSED) + ",,"));
    }

    @Test
    void jsonHoldsTheLibrarysFiguresExactly() {
        MonteCarloResult r = MonteCarlo.of(DEMO.scenario()).runs(300).seed(9).threads(2).run();
        JsonNode j = JsonReport.run(r, Provenance.of("run", DEMO).stamped());
        assertEquals(300, j.get("runs").asLong());
        for (OutcomeKind k : OutcomeKind.values()) {
            assertEquals(r.share(k).estimate(), j.at("/outcomes/" + k.label() + "/share").doubleValue());
            assertEquals(r.share(k).high(), j.at("/outcomes/" + k.label() + "/high").doubleValue());
        }
        assertEquals(r.incidence(OutcomeKind.COLLAPSED).size(), j.get("collapseIncidence").size());
        assertEquals(r.incidence(OutcomeKind.COMPLETED).get(5).incidence(),
                j.at("/completionIncidence/5/incidence").doubleValue());
        assertEquals("run", j.at("/provenance/command").asText());
    }

    @Test
    void traceOfRunKIsRunKOfTheMonteCarlo() {
        List<RunResult> runs = new ArrayList<>();
        MonteCarlo.of(DEMO.scenario()).runs(5).seed(42).threads(1).sink((k, res) -> runs.add(res)).run();
        Simulation sim = new Simulation(DEMO.scenario(), DEMO.scenario().design());
        assertEquals(runs.get(3).outcome(), sim.run(RunSeeds.seed(42, 3)).outcome());
        Cli c = Cli.run("trace", "demo", "--seed", "42", "--run", "3");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("outcome: " + runs.get(3).outcome()), c.out());
        assertTrue(c.out().startsWith("# bitforbit "), c.out());
        assertTrue(c.out().contains("\nmonth "), c.out());
    }
}
