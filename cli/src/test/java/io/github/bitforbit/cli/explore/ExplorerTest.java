package io.github.bitforbit.cli.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.cli.BitForBit;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.CancellationToken;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.ShareDifference;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer's figures are the library's figures for the same settings and seed. */
class ExplorerTest {

    private static final Explorer EXPLORER = new Explorer(2, new DocumentedParameters());
    private static final String TRUST = "parties.DPRK.trust.initial";

    @TempDir
    Path dir;

    private static Comparison api(Scenario s, long runs, long seed) {
        return MonteCarlo.of(s).runs(runs).seed(seed).threads(1).compare(Template.ALL_OR_NOTHING, Template.BIT_FOR_BIT);
    }

    @Test
    void compareShowsTheApisFiguresForTheSameSettingsAndSeed() {
        ObjectNode req = Requests.dprk().put("seed", 11);
        req.putObject("set").put(TRUST, 0.25);
        JsonNode shown = EXPLORER.compare(Requests.parse(req), null);
        Scenario s = ParameterPath.set(Scenarios.builtIn("dprk-2018"), TRUST, 0.25);
        Comparison c = api(s, 2000, 11);
        assertEquals(2000, shown.get("runs").asLong());
        for (int j = 0; j < 2; j++) {
            MonteCarloResult r = c.results().get(j);
            JsonNode d = shown.get("designs").get(j);
            assertEquals(r.design(), d.get("name").asText());
            for (OutcomeKind k : OutcomeKind.values()) {
                JsonNode share = d.get("shares").get(k.label());
                assertEquals(r.count(k), share.get("count").asLong(), k.label());
                assertEquals(r.share(k).estimate(), share.get("estimate").asDouble(), 0.0);
                assertEquals(r.share(k).low(), share.get("low").asDouble(), 0.0);
                assertEquals(r.share(k).high(), share.get("high").asDouble(), 0.0);
            }
            long causes = 0;
            for (JsonNode cause : d.get("causes")) {
                causes += cause.get("count").asLong();
            }
            assertEquals(r.count(OutcomeKind.COLLAPSED), causes, "every collapse has a cause");
        }
        ShareDifference diff = c.pair("all-or-nothing", "bit-for-bit").share(OutcomeKind.COLLAPSED);
        JsonNode pair = shown.get("pairs").get(0).get("shares").get("collapsed");
        assertEquals(diff.paired().estimate(), pair.get("estimate").asDouble(), 0.0);
        assertEquals(diff.paired().low(), pair.get("low").asDouble(), 0.0);
        assertEquals(diff.unpaired().high(), pair.get("unpairedHigh").asDouble(), 0.0);
    }

    @Test
    void movingTheTargetsTrustMovesTheShares() {
        ObjectNode low = Requests.dprk();
        low.putObject("set").put(TRUST, 0.1);
        ObjectNode high = Requests.dprk();
        high.putObject("set").put(TRUST, 0.9);
        double atLow = EXPLORER.compare(Requests.parse(low), null).at("/designs/1/shares/collapsed/estimate").asDouble();
        double atHigh = EXPLORER.compare(Requests.parse(high), null).at("/designs/1/shares/collapsed/estimate").asDouble();
        assertNotEquals(atLow, atHigh);
    }

    @Test
    void cumulativeIncidenceRisesToTheOutcomeShares() {
        JsonNode shown = EXPLORER.compare(Requests.parse(Requests.dprk()), null);
        for (JsonNode d : shown.get("designs")) {
            for (String k : List.of("collapsed", "completed")) {
                JsonNode est = d.get("incidence").get(k).get("estimate");
                assertEquals(Scenarios.builtIn("dprk-2018").horizon(), est.size(), "one point per month");
                double before = 0;
                for (int t = 0; t < est.size(); t++) {
                    double v = est.get(t).asDouble();
                    assertTrue(v >= before, k + " falls at month " + (t + 1));
                    assertTrue(d.get("incidence").get(k).get("low").get(t).asDouble() <= v);
                    before = v;
                }
                assertEquals(d.get("shares").get(k).get("estimate").asDouble(), before, 1e-6, k + " at the horizon");
            }
        }
        double early = shown.at("/designs/0/incidence/collapsed/estimate/5").asDouble();
        double late = shown.at("/designs/0/incidence/collapsed/estimate/40").asDouble();
        assertTrue(early < late, "collapses take time: " + early + " then " + late);
    }

    @Test
    void incidenceTalliesEachDesignsRunsByTheirEndMonth() {
        CumulativeIncidence inc = new CumulativeIncidence(2, 3);
        Scenario s = Scenarios.builtIn("demo");
        MonteCarlo.of(s).runs(300).seed(3).threads(2).sink(inc).compare(Template.ALL_OR_NOTHING, Template.GRIT);
        MonteCarloResult grit = MonteCarlo.of(s).design(Template.GRIT).runs(300).seed(3).threads(1).run();
        assertEquals(300, inc.runs(1));
        int months = inc.curve(0, OutcomeKind.COMPLETED, 0.95).size();
        assertTrue(months > 3, "the curves grow to the last month a run ended in: " + months);
        assertEquals(grit.share(OutcomeKind.COLLAPSED).estimate(),
                inc.curve(1, OutcomeKind.COLLAPSED, 0.95).get(months - 1).estimate(), 1e-12);
    }

    @Test
    void figuresDoNotDependOnThreadsAndTheTracedRunIsRunKOfTheMonteCarlo() {
        ObjectNode req = Requests.dprk().put("runs", 700);
        req.putObject("trace").put("design", 1).put("run", 5);
        ObjectNode one = new Explorer(1, new DocumentedParameters()).compare(Requests.parse(req), null);
        ObjectNode two = EXPLORER.compare(Requests.parse(req), null);
        one.remove("elapsedMs");
        two.remove("elapsedMs");
        assertEquals(one, two);
        assertEquals("bit-for-bit", two.at("/trace/design").asText());
        assertEquals(io.github.bitforbit.montecarlo.RunSeeds.seed(0, 5), two.at("/trace/seed").asLong());
        assertTrue(two.at("/trace/months").size() >= 1 && two.at("/trace/events").size() >= 1);
    }

    @Test
    void aCancelledComparisonIsNotAnswered() {
        CancellationToken t = new CancellationToken();
        t.cancel();
        assertThrows(Explorer.Cancelled.class, () -> EXPLORER.compare(Requests.parse(Requests.dprk()), t));
    }

    @Test
    void describeOffersValidPathsWithUnitsAndTheScenariosValues() {
        JsonNode d = EXPLORER.describe(Requests.parse(Requests.dprk()));
        Scenario s = Scenarios.builtIn("dprk-2018");
        Set<String> paths = new HashSet<>(ParameterPath.numericPaths(s));
        boolean trust = false;
        for (JsonNode p : d.get("parameters")) {
            String path = p.get("path").asText();
            assertTrue(paths.contains(path), path);
            assertEquals(ParameterPath.get(s, path), p.get("value").asDouble(), 0.0, path);
            assertTrue(p.get("min").asDouble() <= p.get("value").asDouble()
                    && p.get("value").asDouble() <= p.get("max").asDouble(), path);
            assertTrue(!p.get("unit").asText().isEmpty() && !p.get("doc").asText().isEmpty(), path);
            trust |= path.equals(TRUST) && p.get("unit").asText().equals("probability");
        }
        assertTrue(trust, "the target's initial trust is a slider");
        assertTrue(d.get("designs").toString().contains("bit-for-bit"));
        assertEquals(paths.size(), d.get("paths").size());
    }

    @Test
    void aSlidersEndsWidenToTheScenariosOwnValue() {
        Scenario s = ParameterPath.set(Scenarios.builtIn("dprk-2018"), "parties.DPRK.deterrenceValue", 5.0);
        KeyParameter d = new DocumentedParameters().parameters(s).stream()
                .filter(p -> p.path().equals("parties.DPRK.deterrenceValue")).findFirst().orElseThrow();
        assertEquals(0, d.min(), 0.0);
        assertEquals(5.0, d.max(), 0.0);
        assertEquals(5.0, d.value(), 0.0);
    }

    @Test
    void aPrecisionTargetStopsEarlyAsTheApiDoes() {
        ObjectNode req = Requests.dprk().put("runs", 50_000).put("precision", 0.02);
        JsonNode shown = EXPLORER.compare(Requests.parse(req), null);
        MonteCarloResult r = MonteCarlo.of(Scenarios.builtIn("dprk-2018")).design(Template.BIT_FOR_BIT).runs(50_000)
                .precision(0.02).seed(0).threads(1).run();
        assertTrue(shown.get("runs").asLong() < 50_000, "stopped early: " + shown.get("runs"));
        assertTrue(shown.get("reachedPrecision").asBoolean());
        assertTrue(r.runs() <= shown.get("runs").asLong(), "both designs must reach it, so at least bit-for-bit's runs");
        assertEquals(shown.get("runs").asLong(), shown.at("/designs/1/runs").asLong());
    }

    @Test
    void sweepGivesEveryDesignAtEveryPointAsTheApiWould() {
        ObjectNode req = Requests.dprk();
        ObjectNode sweep = req.putObject("sweep").put("runsPerPoint", 100);
        sweep.putObject("x").put("path", TRUST).put("low", 0.2).put("high", 0.8).put("levels", 3);
        sweep.putObject("y").put("path", "concessions.yongbyon.verifiability").put("low", 0.3).put("high", 0.9)
                .put("levels", 2);
        JsonNode h = EXPLORER.sweep(Requests.parse(req), null);
        assertEquals(3, h.get("xValues").size());
        assertEquals(2, h.get("yValues").size());
        assertEquals(3 * 2 * 2, h.get("cells").size());
        JsonNode cell = null;
        for (JsonNode c : h.get("cells")) {
            if (c.get("x").asInt() == 2 && c.get("y").asInt() == 0 && c.get("design").asInt() == 1) {
                cell = c;
            }
        }
        Scenario s = ParameterPath.set(ParameterPath.set(Scenarios.builtIn("dprk-2018"), TRUST, 0.8),
                "concessions.yongbyon.verifiability", 0.3);
        MonteCarloResult r = MonteCarlo.of(s).design(Template.BIT_FOR_BIT).runs(100).seed(0).threads(1).run();
        assertEquals(r.share(OutcomeKind.COLLAPSED).estimate(), cell.get("collapsed").asDouble(), 0.0);
    }

    @Test
    void downloadedYamlValidatesAndGivesTheSameFigures() throws Exception {
        ObjectNode req = Requests.dprk().put("runs", 500);
        req.putObject("set").put(TRUST, 0.3).put("concessions.yongbyon.verifiability", 0.85);
        ExplorerRequest r = Requests.parse(req);
        String yaml = EXPLORER.yaml(r);
        Path file = dir.resolve("deal.yaml");
        Files.writeString(file, yaml);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BitForBit.execute(new String[]{"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Scenario loaded = Scenarios.load(file);
        assertEquals(0.3, ParameterPath.get(loaded, TRUST), 0.0);
        Comparison c = api(loaded, 500, 0);
        JsonNode shown = EXPLORER.compare(r, null);
        assertEquals(c.results().get(1).count(OutcomeKind.COLLAPSED),
                shown.at("/designs/1/shares/collapsed/count").asLong());
        assertTrue(yaml.startsWith("# written by bitforbit explore"), yaml.substring(0, 80));
    }

    @Test
    void badSettingsAreRefusedWithTheirReason() {
        ObjectNode unknownPath = Requests.dprk();
        unknownPath.putObject("set").put("parties.DPRK.trust.inital", 0.3);
        BadRequest e = assertThrows(BadRequest.class, () -> EXPLORER.compare(Requests.parse(unknownPath), null));
        assertTrue(e.getMessage().contains("trust.initial"), e.getMessage());
        ObjectNode impossible = Requests.dprk();
        impossible.putObject("set").put(TRUST, 1.5);
        assertThrows(BadRequest.class, () -> EXPLORER.compare(Requests.parse(impossible), null));
        ObjectNode oneDesign = Requests.dprk();
        oneDesign.putArray("designs").add("bit-for-bit");
        assertTrue(assertThrows(BadRequest.class, () -> EXPLORER.compare(Requests.parse(oneDesign), null))
                .getMessage().contains("at least two"));
        ObjectNode unknownDesign = Requests.dprk();
        unknownDesign.putArray("designs").add("bit-for-bit").add("bit-for-bot");
        assertThrows(BadRequest.class, () -> EXPLORER.compare(Requests.parse(unknownDesign), null));
        ObjectNode unknownScenario = Requests.dprk().put("scenario", "dprk-2019");
        assertEquals(404, assertThrows(BadRequest.class,
                () -> EXPLORER.compare(Requests.parse(unknownScenario), null)).status());
    }
}
