package io.github.bitforbit.cli.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.cli.BitForBit;
import io.github.bitforbit.engine.Actor;
import io.github.bitforbit.engine.AgentType;
import io.github.bitforbit.engine.AgentTypes;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.CancellationToken;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.ShareDifference;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import io.github.bitforbit.stats.IncidencePoint;
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

    private static final Explorer EXPLORER = new Explorer(2);
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
    void cumulativeIncidenceRisesToTheSharesOfFirstEvents() {
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
                // first events: completion, or a collapse before it
                double share = k.equals("completed") ? d.at("/afterCompletion/everCompleted/estimate").asDouble()
                        : d.at("/shares/collapsed/estimate").asDouble()
                        - d.at("/afterCompletion/collapsedAfterCompletion/estimate").asDouble();
                assertEquals(share, before, 2e-6, k + " at the horizon");
            }
        }
        double early = shown.at("/designs/0/incidence/collapsed/estimate/5").asDouble();
        double late = shown.at("/designs/0/incidence/collapsed/estimate/40").asDouble();
        assertTrue(early < late, "collapses take time: " + early + " then " + late);
    }

    @Test
    void incidenceIsTheResultsCurveMonthByMonthUpToTheHorizon() {
        Scenario s = Scenarios.builtIn("dprk-2018");
        JsonNode shown = EXPLORER.compare(Requests.parse(Requests.dprk().put("runs", 500)), null);
        MonteCarloResult r = api(s, 500, 0).results().get(1);
        for (OutcomeKind k : List.of(OutcomeKind.COLLAPSED, OutcomeKind.COMPLETED)) {
            List<IncidencePoint> curve = r.incidence(k);
            JsonNode c = shown.at("/designs/1/incidence/" + k.label());
            assertEquals(s.horizon() + 1, curve.size(), "the result's curve has a point at step H");
            IncidencePoint last = curve.get(s.horizon());
            assertEquals(0, last.atRisk(), "no run is in step H: the last is H - 1");
            assertEquals(curve.get(s.horizon() - 1).incidence(), last.incidence(), 0.0);
            assertEquals(s.horizon(), c.get("estimate").size(), "months 1 to H");
            for (int t = 0; t < s.horizon(); t++) {
                assertEquals(curve.get(t).incidence(), c.get("estimate").get(t).asDouble(), 1e-6, k + " month " + (t + 1));
                assertEquals(curve.get(t).low(), c.get("low").get(t).asDouble(), 1e-6);
                assertEquals(curve.get(t).high(), c.get("high").get(t).asDouble(), 1e-6);
            }
        }
    }

    @Test
    void anUncertainHorizonExtendsTheCurvesToItsLongestDraw() {
        ObjectNode req = Requests.dprk().put("runs", 300);
        req.remove("scenario");
        req.putObject("upload").put("name", "long.yaml")
                .put("text", "extends: demo\nname: long\nhorizon: 12\nuncertain:\n  horizon: {uniform: [12, 20]}\n");
        JsonNode shown = EXPLORER.compare(Requests.parse(req), null);
        Scenario s = Scenarios.parse("extends: demo\nname: long\nhorizon: 12\nuncertain:\n  horizon: {uniform: [12, 20]}\n",
                "long.yaml");
        MonteCarloResult r = api(s, 300, 0).results().get(0);
        JsonNode est = shown.at("/designs/0/incidence/collapsed/estimate");
        assertEquals(20, est.size(), "months 1 to the longest horizon a run can draw");
        assertEquals(r.incidence(OutcomeKind.COLLAPSED).get(19).incidence(), est.get(19).asDouble(), 1e-6);
    }

    @Test
    void figuresDoNotDependOnThreadsAndTheTracedRunIsRunKOfTheMonteCarlo() {
        ObjectNode req = Requests.dprk().put("runs", 700);
        req.putObject("trace").put("design", 1).put("run", 5);
        ObjectNode one = new Explorer(1).compare(Requests.parse(req), null);
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
            assertTrue(p.has("unit") && p.has("range") && p.has("defaultValue") && !p.get("doc").asText().isEmpty(), path);
            trust |= path.equals(TRUST) && p.get("unit").asText().equals("probability");
        }
        assertTrue(trust, "the target's initial trust is a slider");
        assertTrue(d.get("designs").toString().contains("bit-for-bit"));
        assertEquals(paths.size(), d.get("paths").size());
    }

    private static KeyParameter slider(Scenario s, String path) {
        return KeyParameters.of(s).stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no slider for " + path));
    }

    @Test
    void slidersComeFromTheDescriptors() {
        Scenario s = Scenarios.builtIn("dprk-2018");
        KeyParameter trust = slider(s, TRUST);
        assertEquals(List.of("trust.initial", "DPRK (target)", "probability", "[0, 1]"),
                List.of(trust.name(), trust.group(), trust.unit(), trust.range()));
        assertEquals(List.of(0.0, 1.0, 0.01, 0.4, 0.5),
                List.of(trust.min(), trust.max(), trust.step(), trust.value(), trust.defaultValue()));
        assertEquals("belief at step 0 (ignored for third parties)", trust.doc());
        // every role parameter of a principal, from BuiltInParameters, not a hand-kept list
        assertEquals("[1, 1000000]", slider(s, "parties.USA.electionRenegeFactor").range());
        slider(s, "parties.DPRK.kappa");
        slider(s, "parties.PRC.leakageCut");
        KeyParameter horizon = slider(s, "horizon");
        assertEquals(List.of(1.0, 300.0, 1.0), List.of(horizon.min(), horizon.max(), horizon.step()));
        KeyParameter verifiability = slider(s, "concessions.yongbyon.verifiability");
        assertEquals("step yongbyon", verifiability.group());
        assertEquals(null, verifiability.defaultValue(), "a file must give it");
        assertTrue(KeyParameters.of(s).stream().noneMatch(p -> p.path().startsWith("parties.PRC.trust")),
                "a patron's trust is not used");
        assertTrue(KeyParameters.of(s).stream().noneMatch(p -> p.path().startsWith("events")));
    }

    @Test
    void aSlidersEndsAndStepFitTheRangeAndTheScenariosValue() {
        Scenario s = Scenarios.builtIn("dprk-2018");
        KeyParameter deterrence = slider(ParameterPath.set(s, "parties.DPRK.deterrenceValue", 5.0),
                "parties.DPRK.deterrenceValue");
        assertEquals(List.of(0.0, 20.0, 0.2), List.of(deterrence.min(), deterrence.max(), deterrence.step()),
                "four times the value, rounded up");
        KeyParameter temptation = slider(s, "parties.DPRK.temptation");
        assertEquals(0.99, temptation.max(), 0.0, "[0, 1) stops a step short of 1");
        KeyParameter discount = slider(ParameterPath.set(s, "parties.USA.discount", 0.005), "parties.USA.discount");
        assertEquals(0.001, discount.step(), 0.0, "fine enough for the value");
        assertEquals(0.001, discount.min(), 0.0, "(0, 1] starts a step above 0");
        KeyParameter tiny = slider(ParameterPath.set(s, "parties.USA.discount", 0.00005), "parties.USA.discount");
        assertEquals(0.00005, tiny.min(), 0.0, "a value finer than the finest step widens the slider to it");
        KeyParameter hazard = slider(s, "parties.USA.committedRenegeHazard");
        double points = (hazard.value() - hazard.min()) / hazard.step();
        assertEquals(Math.rint(points), points, 1e-9, "the value " + hazard.value() + " is a point of the slider");
    }

    @Test
    void aRegisteredAgentTypesParametersAreSliders() {
        AgentTypes.register(new Assembly());
        Scenario s = Scenarios.builtIn("dprk-2018");
        Scenario with = new Scenario(s.name(), s.title(), s.description(), s.horizon(), s.parties(), s.concessions(),
                s.events(), s.falseAlarm(), s.design(), s.ruleSets(), s.uncertainties(), s.sources(),
                s.assumptions(), List.of(new AgentParty("CONGRESS", "assembly", java.util.Map.of("blockLift", 0.3))));
        KeyParameter p = slider(with, "parties.CONGRESS.blockLift");
        assertEquals(List.of("blockLift", "CONGRESS (assembly)", "probability"), List.of(p.name(), p.group(), p.unit()));
        assertEquals(List.of(0.3, 0.25), List.of(p.value(), p.defaultValue()));
        assertEquals("chance that it blocks a lift", p.doc());
    }

    /** A registered agent type of the test: only its descriptors matter here. */
    static final class Assembly implements AgentType {
        @Override
        public String role() {
            return "assembly";
        }

        @Override
        public String summary() {
            return "blocks lifts";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.probability("blockLift", 0.25, "chance that it blocks a lift"));
        }

        @Override
        public Actor create(AgentParty party) {
            throw new UnsupportedOperationException("not simulated in this test");
        }
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
