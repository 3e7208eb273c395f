package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.CollapseKey;
import io.github.bitforbit.montecarlo.CollapseShare;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.Metric;
import io.github.bitforbit.montecarlo.MetricSummary;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.PairedComparison;
import io.github.bitforbit.montecarlo.ShareDifference;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import io.github.bitforbit.stats.IncidencePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end: the packaged jar as a separate process, every command. */
class CliIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void helpVersionAndCompletion() throws Exception {
        Jar.Result help = Jar.run(dir, "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Commands:") && help.out().contains("Examples:"), help.out());
        Jar.Result version = Jar.run(dir, "--version");
        assertTrue(version.out().matches("(?s)bitforbit \\d+\\.\\d+\\.\\d+.*"), version.out());
        Jar.Result runHelp = Jar.run(dir, "run", "--help");
        assertTrue(runHelp.out().contains("--rule-set") && runHelp.out().contains("Examples:"));
        Jar.Result completion = Jar.run(dir, "generate-completion");
        assertEquals(0, completion.code());
        assertTrue(completion.out().contains("complete -F _complete_bitforbit"), completion.out().substring(0, 300));
    }

    @Test
    void listDescribeSchemaAndValidate() throws Exception {
        Jar.Result list = Jar.run(dir, "list");
        assertEquals(0, list.code(), list.err());
        for (String name : Scenarios.BUILT_IN) {
            assertTrue(list.out().lines().anyMatch(l -> l.startsWith("  " + name + " ")), name);
        }
        assertTrue(list.out().lines().anyMatch(l -> l.matches("  all-or-nothing +one phase.*")), list.out());

        Jar.Result describe = Jar.run(dir, "describe", "dprk-2018");
        assertEquals(0, describe.code(), describe.err());
        for (String part : List.of("Parties", "Concessions", "Events", "Rule sets", "historical", "trigger: when",
                "Sources", "Assumptions", "scenario sha256")) {
            assertTrue(describe.out().contains(part), part);
        }
        // each event says what it does: dprk-2018 has a postponement and elections
        assertTrue(describe.out().lines().anyMatch(l -> l.contains("postponement")
                && l.contains("talks pause: no offers and nothing implemented while it lasts")), describe.out());
        assertTrue(describe.out().lines().anyMatch(l -> l.contains("election")
                && l.contains("the sanctioner's attention falls by the share")), describe.out());

        Jar.Result schema = Jar.run(dir, "schema");
        assertEquals(0, schema.code());
        assertTrue(JSON.readTree(schema.out()).has("$schema"));

        Path good = dir.resolve("demo.yaml");
        Files.writeString(good, Scenarios.toYaml(Scenarios.builtIn("demo")));
        Jar.Result ok = Jar.run(dir, "validate", "demo.yaml");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("", ok.err());
        assertTrue(ok.out().startsWith("demo.yaml: ok"), ok.out());
    }

    @Test
    void anInvalidFileExits2WithEveryProblemOnStderrAndNoStackTrace() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "name: bad\nhorizon: 0\nparties:\n"
                + "  - {id: USA, role: sanctioner, trust: {initial: 2}}\n  - {id: DPRK, role: traget}\n");
        for (String command : List.of("validate", "run")) {
            Jar.Result r = Jar.run(dir, command, "bad.yaml");
            assertEquals(2, r.code(), command + ": " + r.err());
            assertEquals("", r.out());
            List<String> problems = r.err().lines().filter(l -> l.matches("bad\\.yaml:\\d+:\\d+: .+")).toList();
            assertTrue(problems.size() >= 3, r.err());
            assertTrue(r.err().contains("bad.yaml:2:10: horizon: "), r.err());
            assertTrue(r.err().lines().anyMatch(l -> l.startsWith("bitforbit: error: ")), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void badUsageExits2WithOneLine() throws Exception {
        for (String[] args : List.of(new String[] {"run", "--runs", "0"}, new String[] {"run", "no-such-scenario"},
                new String[] {"run", "demo", "--set", "parties.DPRK.trust.inital=0.2"},
                new String[] {"compare", "demo", "--rule-sets", "bit-for-bit,nope"}, new String[] {"fly"},
                new String[] {"run", "--threads", "x"}, new String[] {"sweep", "demo", "--vary", "horizon=1..2:2"})) {
            Jar.Result r = Jar.run(dir, args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("bitforbit: error: "), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertEquals("", r.out());
        }
        Jar.Result suggestion = Jar.run(dir, "run", "demo", "--set", "parties.DPRK.trust.inital=0.2");
        assertTrue(suggestion.err().contains("did you mean 'parties.DPRK.trust.initial'?"), suggestion.err());
    }

    @Test
    void runInEveryFormat() throws Exception {
        Jar.Result table = Jar.run(dir, "run", "demo", "--runs", "300", "--seed", "3");
        assertEquals(0, table.code(), table.err());
        for (String part : List.of("Outcomes (share of runs, 95% CI)", "Collapse causes", "Metrics (per run)",
                "Cumulative incidence", "# scenarioSha256: ", "# seed: 3", "# runs: 300")) {
            assertTrue(table.out().contains(part), part + " in\n" + table.out());
        }
        assertEquals("", table.err(), "no progress bar on a pipe");

        Jar.Result csv = Jar.run(dir, "run", "demo", "--runs", "300", "--format", "csv");
        List<String> rows = csv.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(CsvReport.HEADER, rows.get(0));
        assertTrue(Csv.records(String.join("\n", rows)).stream().allMatch(l -> l.size() == 7));
        assertTrue(csv.out().startsWith("# tool: bitforbit\n# version: "), csv.out());

        Jar.Result md = Jar.run(dir, "run", "demo", "--runs", "300", "--format", "markdown");
        assertTrue(md.out().startsWith("## Two-party demo"), md.out());
        assertTrue(md.out().contains("| --- |"), md.out());

        Jar.Result file = Jar.run(dir, "run", "demo", "--runs", "300", "--output", "r.json", "--quiet");
        assertEquals(0, file.code(), file.err());
        assertEquals("", file.out());
        assertTrue(JSON.readTree(dir.resolve("r.json").toFile()).has("outcomes"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void runJsonEqualsTheLibrarysFigures() throws Exception {
        Jar.Result r = Jar.run(dir, "run", "dprk-2018", "--rule-set", "bit-for-bit", "--runs", "700", "--seed", "11",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        Scenario s = Scenarios.builtIn("dprk-2018");
        MonteCarloResult api = MonteCarlo.of(s).design("bit-for-bit").runs(700).seed(11).threads(1).run();
        assertEquals("dprk-2018", j.at("/provenance/scenario").asText());
        assertEquals(LoadedScenario.hash(s), j.at("/provenance/scenarioSha256").asText());
        assertEquals("bit-for-bit", j.at("/provenance/ruleSet").asText());
        assertEquals(11, j.at("/provenance/seed").asLong());
        assertEquals(700, j.at("/provenance/runs").asLong());
        assertTrue(j.at("/provenance/threads").isNumber());
        assertTrue(j.at("/provenance/time").asText().endsWith("Z"));
        assertResult(api, j);
    }

    @Test
    void compareJsonIsThePairedComparisonAndTheSameOnOneOrTwoThreads() throws Exception {
        String[] args = {"compare", "dprk-2018", "--rule-sets", "all-or-nothing,bit-for-bit", "--runs", "600", "--seed",
                "5", "--format", "json", "--threads"};
        Jar.Result one = Jar.run(dir, concat(args, "1"));
        Jar.Result two = Jar.run(dir, concat(args, "2"));
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        ObjectNode a = (ObjectNode) JSON.readTree(one.out());
        ObjectNode b = (ObjectNode) JSON.readTree(two.out());
        assertEquals(1, a.at("/provenance/threads").asInt());
        assertEquals(2, b.at("/provenance/threads").asInt());
        for (ObjectNode o : List.of(a, b)) {
            ((ObjectNode) o.get("provenance")).remove(Provenance.VOLATILE);
        }
        assertEquals(a, b, "identical apart from time and threads");

        Scenario s = Scenarios.builtIn("dprk-2018");
        Comparison api = MonteCarlo.of(s).runs(600).seed(5).threads(2).compare(s.design("all-or-nothing"),
                s.design("bit-for-bit"));
        assertEquals(2, a.get("designs").size());
        for (int i = 0; i < 2; i++) {
            assertResult(api.results().get(i), a.get("designs").get(i));
        }
        PairedComparison pair = api.pairs().get(0);
        int found = 0;
        for (JsonNode d : a.get("differences")) {
            ShareDifference sd = pair.share(OutcomeKind.valueOf(d.get("outcome").asText().toUpperCase()));
            assertEquals("all-or-nothing", d.get("a").asText());
            assertEquals("bit-for-bit", d.get("b").asText());
            assertNumber(sd.paired().estimate(), d.get("difference"));
            assertNumber(sd.paired().low(), d.get("low"));
            assertNumber(sd.paired().high(), d.get("high"));
            found++;
        }
        assertEquals(3, found);
        assertEquals(api.verdict().sentences().get(0), a.at("/verdict/sentences/0").asText());
        assertEquals(api.verdict().judgements().size(), a.at("/verdict/judgements").size());
    }

    @Test
    void theReadmeCommandGivesAVerdictWithIntervals() throws Exception {
        Jar.Result r = Jar.run(dir, "compare", "dprk-2018", "--rule-sets", "all-or-nothing,bit-for-bit");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("10,000 runs"), r.out());
        // the verdict is the API's, whichever design it favours, with an interval on both outcomes
        Comparison api = MonteCarlo.of(Scenarios.builtIn("dprk-2018")).runs(10_000).seed(0)
                .compare(Template.ALL_OR_NOTHING, Template.BIT_FOR_BIT);
        List<String> sentences = api.verdict().sentences();
        assertTrue(r.out().lines().anyMatch(l -> l.equals("Verdict: " + sentences.get(0))), r.out());
        for (String s : sentences.subList(1, sentences.size())) {
            assertTrue(r.out().lines().anyMatch(l -> l.equals("  - " + s)), s + " in\n" + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  - .*completes .*95% CI .*collapses .*95% CI .*")),
                r.out());
    }

    @Test
    void traceTellsOneRunEndingWithTheOutcome() throws Exception {
        Jar.Result r = Jar.run(dir, "trace", "dprk-2018", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("# bitforbit "), lines.get(0));
        assertTrue(lines.stream().filter(l -> !l.startsWith("#")).limit(lines.size() - 3)
                .allMatch(l -> l.startsWith("month ") || l.startsWith("outcome: ")), r.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("outcome: "), r.out());
        assertTrue(r.out().contains("trust USA->DPRK "), r.out());
        Jar.Result json = Jar.run(dir, "trace", "demo", "--seed", "3", "--format", "json");
        assertTrue(JSON.readTree(json.out()).get("events").size() > 5);
    }

    @Test
    void plotsAreValidPngAndSvg() throws Exception {
        Jar.Result run = Jar.run(dir, "run", "demo", "--runs", "400", "--plot", "run.png", "-q");
        assertEquals(0, run.code(), run.err());
        BufferedImage png = ImageIO.read(dir.resolve("run.png").toFile());
        assertNotNull(png);
        assertTrue(png.getWidth() >= 1000 && png.getHeight() >= 500);
        Jar.Result cmp = Jar.run(dir, "compare", "demo", "--runs", "400", "--plot", "cmp.svg", "-q");
        assertEquals(0, cmp.code(), cmp.err());
        Document svg = Svg.parse(dir.resolve("cmp.svg"));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Two-party demo"), "the title is in the SVG");
        assertTrue(text.contains("Outcome shares by rule set"), "the panel title is in the SVG");
    }

    // ------------------------------------------------------------------ helpers

    static void assertResult(MonteCarloResult api, JsonNode j) {
        assertEquals(api.design(), j.get("design").asText());
        assertEquals(api.runs(), j.get("runs").asLong());
        for (OutcomeKind k : OutcomeKind.values()) {
            JsonNode o = j.at("/outcomes/" + k.label());
            assertNumber(api.share(k).estimate(), o.get("share"));
            assertNumber(api.share(k).low(), o.get("low"));
            assertNumber(api.share(k).high(), o.get("high"));
            assertEquals(api.count(k), o.get("count").asLong());
        }
        for (Map.Entry<Metric, MetricSummary> e : api.metrics().entrySet()) {
            JsonNode m = j.at("/metrics/" + e.getKey().label());
            MetricSummary s = e.getValue();
            assertNumber(s.mean(), m.get("mean"));
            assertNumber(s.meanInterval().low(), m.get("low"));
            assertNumber(s.meanInterval().high(), m.get("high"));
            assertNumber(s.sd(), m.get("sd"));
            assertNumber(s.p10(), m.get("p10"));
            assertNumber(s.median(), m.get("median"));
            assertNumber(s.p90(), m.get("p90"));
        }
        assertEquals(api.collapses().size(), j.get("collapseCauses").size());
        for (Map.Entry<CollapseKey, CollapseShare> e : api.collapses().entrySet()) {
            JsonNode c = j.at("/collapseCauses/" + e.getKey());
            assertEquals(e.getValue().count(), c.get("count").asLong());
            assertNumber(e.getValue().shareOfRuns(), c.get("shareOfRuns"));
        }
        assertEquals(api.collapseIncidence().size(), j.get("collapseIncidence").size());
        for (int i = 0; i < api.collapseIncidence().size(); i++) {
            IncidencePoint p = api.collapseIncidence().get(i);
            JsonNode n = j.get("collapseIncidence").get(i);
            assertEquals(p.time(), n.get("step").asInt());
            assertNumber(p.incidence(), n.get("incidence"));
            assertNumber(p.low(), n.get("low"));
            assertNumber(p.high(), n.get("high"));
            assertNumber(api.completionIncidence().get(i).incidence(), j.get("completionIncidence").get(i).get("incidence"));
        }
    }

    /**
     * {@code COLUMNS=100 bitforbit sweep --help}: the layout takes the width, every example line
     * is printed whole, and no word of any description is cut at a line end.
     */
    @Test
    void helpUsesTheTerminalWidthAndNeverSplitsAToken(@TempDir Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Jar.command("sweep", "--help")).directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().put("COLUMNS", "100");
        Process p = pb.start();
        String help = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        List<String> lines = help.lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.length() <= 100), help);
        assertTrue(lines.stream().anyMatch(l -> l.length() > 80), "the width is 100, not 80:\n" + help);
        picocli.CommandLine.Model.CommandSpec spec = BitForBit.commandLine().getSubcommands().get("sweep")
                .getCommandSpec();
        for (String example : spec.usageMessage().footer()) {
            assertTrue(lines.contains(example), "example line '" + example + "' whole in\n" + help);
        }
        java.util.Set<String> printed = new java.util.HashSet<>(List.of(help.split("\\s+")));
        for (picocli.CommandLine.Model.OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            for (String word : String.join(" ", o.description()).replace("%%", "%").split("\\s+")) {
                if (!word.contains("${")) {
                    assertTrue(printed.contains(word), "'" + word + "' of " + o.longestName() + " cut in\n" + help);
                }
            }
        }
    }

    static void assertNumber(double expected, JsonNode actual) {
        if (Double.isNaN(expected)) {
            assertTrue(actual.isNull(), "NaN is written as null: " + actual);
        } else {
            assertEquals(expected, actual.doubleValue(), 0.0, "exactly the library's figure");
        }
    }

    private static String[] concat(String[] a, String last) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }
}
