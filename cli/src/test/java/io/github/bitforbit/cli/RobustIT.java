package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.robust.RobustComparison;
import io.github.bitforbit.robust.RobustResult;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end: {@code bitforbit robust} on the packaged jar, in every format, on one and two threads. */
class RobustIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 200 points of 60 paired runs over three parameters of a built-in: a few seconds. */
    private static final String[] ROBUST = {"robust", "dprk-2018", "--rule-sets", "all-or-nothing,bit-for-bit",
            "--vary", "parties.DPRK.trust.initial=0.05..0.95", "--vary", "falseAlarm=0..0.3",
            "--vary", "parties.USA.hawkishness=0..3", "--points", "200", "--runs", "60", "--seed", "3"};

    @TempDir
    Path dir;

    @Test
    void jsonIsTheLibrarysComparisonAndTheSameOnOneOrTwoThreads() throws Exception {
        Jar.Result one = Jar.run(dir, with(ROBUST, "--format", "json", "--threads", "1"));
        Jar.Result two = Jar.run(dir, with(ROBUST, "--format", "json", "--threads", "2", "-q"));
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        ObjectNode a = (ObjectNode) JSON.readTree(one.out());
        ObjectNode b = (ObjectNode) JSON.readTree(two.out());
        for (ObjectNode o : List.of(a, b)) {
            ((ObjectNode) o.get("provenance")).remove(Provenance.VOLATILE);
        }
        assertEquals(a, b, "identical apart from time and threads");

        Scenario s = Scenarios.builtIn("dprk-2018");
        RobustResult api = RobustComparison.of(s).designs("all-or-nothing", "bit-for-bit")
                .vary("parties.DPRK.trust.initial", "0.05..0.95").vary("falseAlarm", "0..0.3")
                .vary("parties.USA.hawkishness", "0..3").latinHypercube(200).runsPerPoint(60).seed(3).threads(2).run();
        assertEquals(200, a.get("points").asInt());
        assertEquals(200, a.get("pointResults").size());
        assertEquals(api.usualWinner(), a.get("usualWinner").asText());
        for (int j = 0; j < 2; j++) {
            JsonNode share = a.get("shares").get(j);
            assertEquals(api.designs().get(j), share.get("design").asText());
            assertEquals(api.completesMore().get(j).estimate(), share.at("/completesMore/share").asDouble());
            assertEquals(api.collapsesLess().get(j).low(), share.at("/collapsesLess/low").asDouble());
            JsonNode regret = a.get("regret").get(j);
            assertEquals(api.completionRegret().get(j).mean(), regret.at("/completion/mean").asDouble());
            assertEquals(api.completionRegret().get(j).p90(), regret.at("/completion/p90").asDouble());
            assertEquals(api.collapseRegret().get(j).p90(), regret.at("/collapse/p90").asDouble());
        }
        assertEquals(api.points().get(17).completed().get(1), a.at("/pointResults/17/completed/1").asDouble());
        if (api.flips() == null) {
            assertTrue(a.get("prim").isNull());
        } else {
            JsonNode box = a.at("/prim/box");
            assertEquals(api.flips().box().coverage(), box.get("coverage").asDouble());
            assertEquals(api.flips().box().density(), box.get("density").asDouble());
            assertEquals(api.flips().box().restrictions().size(), box.get("restrictions").size());
            assertEquals(api.flips().trajectory().size(), a.at("/prim/trajectory").size());
        }
    }

    @Test
    void tableAndCsvReportTheSameComparisonAndThePlotsAreValid() throws Exception {
        Jar.Result table = Jar.run(dir, with(ROBUST, "--threads", "2", "--plot", "robust.png"));
        assertEquals(0, table.code(), table.err());
        for (String part : List.of("Share of the space where each rule set wins", "Regret: shortfall from the best",
                "Usual winner: ", "# command: robust", "# points: 200")) {
            assertTrue(table.out().contains(part), part + " in:\n" + table.out());
        }
        BufferedImage png = ImageIO.read(dir.resolve("robust.png").toFile());
        assertNotNull(png);
        assertTrue(png.getWidth() >= 1000 && png.getHeight() >= 700);

        Jar.Result csv = Jar.run(dir, with(ROBUST, "--threads", "2", "--output", "robust.csv", "--plot", "robust.svg",
                "-q"));
        assertEquals(0, csv.code(), csv.err());
        List<String> rows = Files.readAllLines(dir.resolve("robust.csv"));
        assertTrue(rows.contains(CsvReport.HEADER));
        long pointRows = rows.stream().filter(r -> r.contains(",point,")).count();
        assertEquals(200 * (3 + 2 * 2), pointRows, "each point's three values and two shares per design");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("bit-for-bit,regret,completion,p90,")));
        Document svg = Svg.parse(dir.resolve("robust.svg"));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertTrue(svg.getDocumentElement().getTextContent().contains("Winner by"));
    }

    @Test
    void pointsDrawnFromAPosteriorAreItsParticlesAndTheSameOnOneOrTwoThreads() throws Exception {
        Files.writeString(dir.resolve("post.csv"), "parties.DPRK.trust.initial,falseAlarm,weight\n"
                + "0.2,0.02,1\n0.5,0.1,2.5\n0.8,0.2,0.7\n0.35,0,1.2\n0.65,0.05,0.9\n");
        String[] args = {"robust", "demo", "--sampling", "posterior", "--posterior", "post.csv", "--points", "200",
                "--runs", "60", "--format", "json", "-q", "--plot", "p.svg", "--threads"};
        Jar.Result one = Jar.run(dir, with(args, "1"));
        Jar.Result two = Jar.run(dir, with(args, "2"));
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        ObjectNode a = (ObjectNode) JSON.readTree(one.out());
        ObjectNode b = (ObjectNode) JSON.readTree(two.out());
        assertEquals("post.csv", a.at("/provenance/posterior").asText());
        for (ObjectNode o : List.of(a, b)) {
            ((ObjectNode) o.get("provenance")).remove(Provenance.VOLATILE);
        }
        assertEquals(a, b, "identical apart from time and threads");
        List<String> particles = List.of("0.2 0.02", "0.5 0.1", "0.8 0.2", "0.35 0.0", "0.65 0.05");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode pt : a.get("pointResults")) {
            String v = pt.at("/values/parties.DPRK.trust.initial").asDouble() + " " + pt.at("/values/falseAlarm").asDouble();
            assertTrue(particles.contains(v), v);
            seen.add(v);
        }
        assertEquals(5, seen.size(), "200 stratified draws reach every particle");
        Jar.Result noFile = Jar.run(dir, "robust", "demo", "--sampling", "posterior", "--output", "out.json");
        assertEquals(2, noFile.code());
        assertTrue(noFile.err().startsWith("bitforbit: error: --sampling posterior needs --posterior"), noFile.err());
        assertFalse(Files.exists(dir.resolve("out.json")));
    }

    @Test
    void badInputIsOneLineExitTwoAndNoFile() throws Exception {
        List<String[]> bad = List.of(
                new String[] {"robust", "dprk-2018", "--vary", "parties.DPRK.trust.initil=0.1..0.9"},
                new String[] {"robust", "dprk-2018", "--vary", "falseAlarm=0..1.5"},
                new String[] {"robust", "dprk-2018", "--vary", "falseAlarm=0.3..0.1"},
                new String[] {"robust", "dprk-2018", "--vary", "falseAlarm"},
                new String[] {"robust", "dprk-2018", "--vary", "ruleSet=grit,bit-for-bit"},
                new String[] {"robust", "dprk-2018", "--vary", "falseAlarm=0..0.2", "--rule-sets", "grit"},
                new String[] {"robust", "dprk-2018", "--vary", "falseAlarm=0..0.2", "--rule-sets", "grit,nope"},
                new String[] {"robust", "dprk-2018", "--vary", "falseAlarm=0..0.2", "--points", "0"},
                new String[] {"robust", "dprk-2018", "--vary", "falseAlarm=0..0.2", "--runs", "0"},
                new String[] {"robust", "dprk-2018", "--vary", "falseAlarm=0..0.2", "--set", "falseAlarm=0.1"},
                new String[] {"robust", "dprk-2018", "--vary", "falseAlarm=0..0.2", "--plot", "out.gif"});
        for (String[] args : bad) {
            Jar.Result r = Jar.run(dir, with(args, "--output", "out.json"));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("bitforbit: error: ") && r.err().strip().lines().count() == 1,
                    String.join(" ", args) + ": " + r.err());
            assertFalse(Files.exists(dir.resolve("out.json")), "no output for " + String.join(" ", args));
        }
        // the same refusals as a sweep's, word for word
        for (String vary : List.of("parties.DPRK.trust.initil=0.1..0.9", "falseAlarm=0..1.5", "falseAlarm=0.3..0.1")) {
            Jar.Result robust = Jar.run(dir, "robust", "dprk-2018", "--vary", vary);
            Jar.Result sweep = Jar.run(dir, "sweep", "dprk-2018", "--vary", vary, "--sampling", "lhs", "--output", "s.csv");
            assertEquals(sweep.err(), robust.err());
            assertFalse(Files.exists(dir.resolve("s.csv")));
        }
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
