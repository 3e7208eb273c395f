package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MemberDepartures;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.Wilson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The members of a coalition who left, in the table, Markdown, JSON and CSV forms and the plot of
 * {@code run}. The figures are written by hand into a demo result (the demo has one sanctioner), so
 * that the reports are checked without a scenario of several sanctioners.
 */
class DeparturesReportTest {

    private static LoadedScenario demo;
    private static MonteCarloResult single;
    private static MonteCarloResult coalition;

    @BeforeAll
    static void results() {
        System.setProperty("java.awt.headless", "true");
        demo = LoadedScenario.load("demo", List.of());
        single = MonteCarlo.of(demo.scenario()).runs(1_000).seed(5).threads(2).run();
        // two members: USA left in 310 runs (all after completion), EU in 125 (25 after), both in 37
        Map<String, MemberDepartures> left = new LinkedHashMap<>();
        // USA's leaving ended 40 runs (EU had left before); EU never left last
        left.put("USA", member("USA", 310, 310, 40, Map.of(CollapseCause.REIMPOSED, 310L), 11, 12.5, 125, 125 - 37));
        left.put("EU", member("EU", 125, 25, 0, Map.of(CollapseCause.TRUST, 100L, CollapseCause.REIMPOSED, 25L), 3,
                4.25, 310, 310 - 37));
        MonteCarloResult r = single;
        coalition = withDepartures(single, left);
    }

    private static MonteCarloResult withDepartures(MonteCarloResult r, Map<String, MemberDepartures> left) {
        return new MonteCarloResult(r.scenario(), r.design(), r.seed(), r.requestedRuns(), r.runs(), r.partial(),
                r.confidence(), r.precisionTarget(), r.reachedPrecision(), r.outcomeCounts(), r.outcomeShares(),
                r.metrics(), r.collapseIncidence(), r.completionIncidence(), r.collapses(), r.probes(),
                r.afterCompletion(), left);
    }

    private static MemberDepartures member(String id, long left, long after, long ended, Map<CollapseCause, Long> causes,
                                           double median, double mean, long anotherLeft, long stayed) {
        return new MemberDepartures(id, left, w(left, 1_000), after, w(after, 1_000), left - after,
                w(left - after, 1_000), ended, w(ended, 1_000), causes, median, mean, anotherLeft, stayed,
                w(stayed, anotherLeft));
    }

    private static Interval w(long k, long n) {
        return Wilson.interval(k, n, 0.95);
    }

    private static Provenance provenance() {
        return Provenance.of("run", demo).with("ruleSet", "bit-for-bit").stamped();
    }

    @Test
    void theTableHasASectionAfterTheCollapseCausesOnlyForACoalition() {
        String table = TableReport.run(coalition, provenance(), "t", false);
        int causes = table.indexOf("Collapse causes under bit-for-bit");
        int members = table.indexOf("Members who left under bit-for-bit (share of runs, 95% CI)\n");
        int metrics = table.indexOf("Metrics (per run)");
        assertTrue(causes >= 0 && causes < members && members < metrics, table);
        List<String> lines = table.substring(members, metrics).lines().toList();
        assertTrue(lines.get(1).matches("  member +left +after completion +before completion +ended the run"
                + " +stayed when another left +median month +why"), lines.get(1));
        assertTrue(lines.get(2).matches("  USA +31\\.0% \\(28\\.2 to 33\\.9\\) +31\\.0% \\(28\\.2 to 33\\.9\\) +0\\.0% "
                + "\\(0\\.0 to 0\\.4\\) +4\\.0% \\(3\\.0 to 5\\.4\\) +70\\.4% \\(61\\.9 to 77\\.7\\) +12 +reimposed 310"),
                lines.get(2));
        assertTrue(lines.get(3).startsWith("  EU "), lines.get(3));
        assertTrue(lines.get(3).endsWith("  4  trust 100, reimposed 25"), lines.get(3));
        assertTrue(table.contains("\n  USA left in 31.0% of runs (after completion in 31.0%, before completion in "
                + "0.0%), in 4.0% as the last member in, ending the run; it stayed in 70.4% of the runs in which "
                + "another member left\n"), table);
        assertTrue(table.contains("\n  EU left in 12.5% of runs (after completion in 2.5%, before completion in "
                + "10.0%); it stayed in 88.1% of the runs in which another member left\n"), table);
        assertFalse(TableReport.run(single, provenance(), "t", false).contains("Members who left"));
        String markdown = TableReport.run(coalition, provenance(), "t", true);
        assertTrue(markdown.contains("### Members who left under bit-for-bit (share of runs, 95% CI)\n"), markdown);
        assertTrue(markdown.contains("| USA | 31.0% (28.2 to 33.9) |"), markdown);
        assertTrue(markdown.contains("  \nEU left in 12.5% of runs"), markdown);
    }

    @Test
    void jsonHasADeparturesObjectByMember() {
        JsonNode j = JsonReport.run(coalition, provenance());
        JsonNode d = j.get("departures");
        List<String> members = new ArrayList<>();
        d.fieldNames().forEachRemaining(members::add);
        assertEquals(List.of("USA", "EU"), members);
        MemberDepartures eu = coalition.departures().get("EU");
        assertEquals(125, d.at("/EU/left/count").asLong());
        assertEquals(eu.leftShare().estimate(), d.at("/EU/left/share").doubleValue());
        assertEquals(eu.leftShare().low(), d.at("/EU/left/low").doubleValue());
        assertEquals(eu.leftShare().high(), d.at("/EU/left/high").doubleValue());
        assertEquals(25, d.at("/EU/leftAfterCompletion/count").asLong());
        assertEquals(100, d.at("/EU/leftBeforeCompletion/count").asLong());
        assertEquals(0, d.at("/EU/endedRun/count").asLong());
        assertEquals(40, d.at("/USA/endedRun/count").asLong());
        assertEquals(0.04, d.at("/USA/endedRun/share").doubleValue());
        assertEquals(0.1, d.at("/EU/leftBeforeCompletion/share").doubleValue());
        assertEquals(100, d.at("/EU/causes/trust").asLong());
        assertEquals(25, d.at("/EU/causes/reimposed").asLong());
        assertEquals(3.0, d.at("/EU/medianStep").doubleValue());
        assertEquals(4.25, d.at("/EU/meanStep").doubleValue());
        assertEquals(310, d.at("/EU/anotherLeft").asLong());
        assertEquals(273, d.at("/EU/stayedWhenAnotherLeft/count").asLong());
        assertEquals(eu.stayedWhenAnotherLeftShare().estimate(), d.at("/EU/stayedWhenAnotherLeft/share").doubleValue());
        assertEquals(1, d.at("/USA/causes").size());
        // a side of one principal: an empty object
        JsonNode none = JsonReport.run(single, provenance()).get("departures");
        assertTrue(none.isObject() && none.isEmpty(), none.toString());
    }

    @Test
    void csvHasTidyDepartureRows() {
        String csv = CsvReport.run(coalition, provenance());
        assertTrue(csv.contains("\nbit-for-bit,departure,USA,leftCount,310,,\n"), csv);
        assertTrue(csv.contains("\nbit-for-bit,departure,USA,endedRunCount,40,,\n"), csv);
        assertTrue(csv.contains("\nbit-for-bit,departure,USA,endedRun,0.04,"), csv);
        assertTrue(csv.contains("\nbit-for-bit,departure,EU,leftBeforeCompletion,0.1,"), csv);
        assertTrue(csv.contains("\nbit-for-bit,departure,EU,stayedWhenAnotherLeftCount,273,,\n"), csv);
        assertTrue(csv.contains("\nbit-for-bit,departure,EU,medianStep,3,,\n"), csv);
        assertTrue(csv.contains("\nbit-for-bit,departureCause,EU:reimposed,count,25,,\n"), csv);
        for (List<String> cells : Csv.records(String.join("\n", csv.lines().filter(l -> !l.startsWith("#")).toList()))) {
            assertEquals(7, cells.size(), cells.toString());
        }
        assertFalse(CsvReport.run(single, provenance()).contains(",departure"));
    }

    @Test
    void thePlotHasAPanelOfMembersOnlyForACoalition() {
        assertEquals(3, Charts.run(single, "t", provenance()).charts().size());
        Figure f = Charts.run(coalition, "t", provenance());
        assertEquals(4, f.charts().size());
        assertEquals("Members who left", f.charts().get(3).getTitle().getText());
        org.jfree.data.category.CategoryDataset data = f.charts().get(3).getCategoryPlot().getDataset();
        assertEquals(List.of("USA", "EU"), data.getColumnKeys());
        assertEquals(0.31, data.getValue("left", "USA").doubleValue());
        assertEquals(0.1, data.getValue("left before completion", "EU").doubleValue());
    }

    @Test
    void compareShowsEveryDesignsMembers() {
        Comparison c = MonteCarlo.of(demo.scenario()).runs(1_000).seed(5).threads(2)
                .compare(demo.design("all-or-nothing"), demo.design("bit-for-bit"));
        List<MonteCarloResult> results = new ArrayList<>();
        c.results().forEach(r -> results.add(withDepartures(r, coalition.departures())));
        Comparison both = new Comparison(results, c.pairs());
        String table = TableReport.compare(both, provenance(), "t", false);
        int aon = table.indexOf("Members who left under all-or-nothing (share of runs, 95% CI)");
        int bfb = table.indexOf("Members who left under bit-for-bit (share of runs, 95% CI)");
        assertTrue(aon > table.indexOf("Collapse causes under all-or-nothing"), table);
        assertTrue(table.indexOf("Collapse causes under bit-for-bit") > aon && bfb > table.indexOf(
                "Collapse causes under bit-for-bit"), table);
        JsonNode j = JsonReport.compare(both, provenance());
        assertEquals(125, j.at("/designs/0/departures/EU/left/count").asLong());
        assertEquals(125, j.at("/designs/1/departures/EU/left/count").asLong());
        Figure f = Charts.compare(both, "t", provenance());
        assertEquals(4, f.charts().size());
        org.jfree.data.category.CategoryDataset data = f.charts().get(3).getCategoryPlot().getDataset();
        assertEquals(List.of("all-or-nothing", "bit-for-bit"), data.getRowKeys());
        assertFalse(TableReport.compare(c, provenance(), "t", false).contains("Members who left"));
        assertEquals(3, Charts.compare(c, "t", provenance()).charts().size());
    }

    /** End to end on the built-in coalition (USA, EU and the UN Security Council facing Iran): the real engine's departures. */
    @Test
    void runOfABuiltInCoalitionReportsItsMembers() throws Exception {
        Cli table = Cli.run("run", "jcpoa-2015", "--runs", "400", "--threads", "2", "--quiet");
        assertEquals(0, table.code(), table.err());
        String out = table.out();
        int members = out.indexOf("Members who left under ");
        assertTrue(members > out.indexOf("Collapse causes under ") && members < out.indexOf("Metrics (per run)"), out);
        for (String m : List.of("USA", "EU", "UN")) {
            assertTrue(out.contains("\n  " + m + " left in ") || out.contains("\n  " + m + " never left; "), m + "\n" + out);
        }
        Cli json = Cli.run("run", "jcpoa-2015", "--runs", "400", "--threads", "2", "--quiet", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode d = JsonReport.mapper().readTree(json.out()).get("departures");
        List<String> ids = new ArrayList<>();
        d.fieldNames().forEachRemaining(ids::add);
        assertEquals(List.of("USA", "EU", "UN"), ids);
        MonteCarloResult api = MonteCarlo.of(io.github.bitforbit.scenario.Scenarios.builtIn("jcpoa-2015")).runs(400)
                .threads(1).run();
        for (String m : ids) {
            MemberDepartures e = api.departures().get(m);
            assertEquals(e.left(), d.at("/" + m + "/left/count").asLong(), m);
            assertEquals(e.endedRun(), d.at("/" + m + "/endedRun/count").asLong(), m);
            assertEquals(e.stayedWhenAnotherLeft(), d.at("/" + m + "/stayedWhenAnotherLeft/count").asLong(), m);
        }
        assertTrue(api.departures().values().stream().mapToLong(MemberDepartures::left).sum() > 0, "members leave");
        Cli demoJson = Cli.run("run", "demo", "--runs", "200", "--threads", "2", "--quiet", "--format", "json");
        assertTrue(JsonReport.mapper().readTree(demoJson.out()).get("departures").isEmpty(), demoJson.out());
    }
}
