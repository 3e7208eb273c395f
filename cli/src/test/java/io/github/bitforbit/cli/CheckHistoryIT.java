package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end on the packaged jar: check-history in every format, the same on 1 and 2 threads, and bad input. */
class CheckHistoryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUNS = "1500";

    @TempDir
    Path dir;

    private Jar.Result check(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "check-history";
        all[1] = "--runs";
        all[2] = RUNS;
        System.arraycopy(args, 0, all, 3, args.length);
        return Jar.run(dir, all);
    }

    /** The output without the provenance lines whose values may differ between identical runs. */
    private static String stable(String text) {
        return text.lines().filter(l -> !l.startsWith("# threads:") && !l.startsWith("# time:"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theTableHasEveryCaseThePooledScoreAndTheBaseRates() throws Exception {
        Jar.Result r = check("--seed", "3", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        for (String name : Scenarios.withRecords()) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  " + name + " ")), name + "\n" + r.out());
        }
        assertTrue(r.out().contains("P(window | outcome)") && r.out().contains("P(record)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Pooled log score: ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Base rates (generic-imposition")
                && l.contains("vs 33%") && l.contains("vs 24%") && l.contains("vs 43%")), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void describeShowsACaseRecordAndNothingForAScenarioWithout() throws Exception {
        Jar.Result hanoi = Jar.run(dir, "describe", "hanoi-2019");
        assertEquals(0, hanoi.code(), hanoi.err());
        assertTrue(hanoi.out().contains("Observed record (the evidence check-history and calibrate use; read under "
                + "historical)\n  collapsed, months 0-8, DPRK (rejected)\n"), hanoi.out());
        assertTrue(hanoi.out().contains("Judgements in reading the record"), hanoi.out());
        Jar.Result demo = Jar.run(dir, "describe", "demo");
        assertEquals(0, demo.code(), demo.err());
        assertFalse(demo.out().contains("Observed record"), demo.out());
    }

    @Test
    void jsonIsConsistentAndTheSameOnOneAndTwoThreads() throws Exception {
        Jar.Result one = check("dprk-2018", "six-party-2007", "jcpoa-2015", "--format", "json", "--threads", "1");
        Jar.Result two = check("dprk-2018", "six-party-2007", "jcpoa-2015", "--format", "json", "--threads", "2");
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        JsonNode a = JSON.readTree(one.out());
        JsonNode b = JSON.readTree(two.out());
        for (String v : Provenance.VOLATILE) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) a.get("provenance")).remove(v);
            ((com.fasterxml.jackson.databind.node.ObjectNode) b.get("provenance")).remove(v);
        }
        assertEquals(a, b, "identical on 1 and 2 threads");

        assertEquals(3, a.get("cases").size());
        double pooled = 0;
        for (JsonNode c : a.get("cases")) {
            long runs = c.get("runs").asLong();
            assertEquals(Long.parseLong(RUNS), runs);
            long outcome = c.get("outcome").get("runs").asLong();
            long window = c.get("windowGivenOutcome").get("runs").asLong();
            long matches = c.get("record").get("runs").asLong();
            assertTrue(matches <= window && window <= outcome && outcome <= runs, c.toString());
            assertEquals((double) outcome / runs, c.get("outcome").get("p").asDouble(), 1e-12);
            assertEquals((double) matches / runs, c.get("record").get("p").asDouble(), 1e-12);
            if (window > 0) {
                double product = c.get("outcome").get("p").asDouble() * c.get("windowGivenOutcome").get("p").asDouble()
                        * c.get("endedGivenWindow").get("p").asDouble();
                assertEquals(c.get("record").get("p").asDouble(), product, 1e-12, "the steps multiply to the record");
            } else {
                assertTrue(c.get("endedGivenWindow").get("p").isNull(), "undefined without a run in the window");
            }
            assertEquals(Math.log((matches + 0.5) / (runs + 1)), c.get("logScore").asDouble(), 1e-12);
            pooled += c.get("logScore").asDouble();
            for (String k : List.of("outcome", "windowGivenOutcome", "record")) {
                JsonNode p = c.get(k);
                if (!p.get("p").isNull()) {
                    assertTrue(p.get("low").asDouble() <= p.get("p").asDouble()
                            && p.get("p").asDouble() <= p.get("high").asDouble(), c.toString());
                }
            }
        }
        assertEquals(pooled, a.get("pooled").get("logScore").asDouble(), 1e-9);
        JsonNode rates = a.get("baseRates");
        long sum = 0;
        double ties = 0;
        for (JsonNode cat : rates.get("categories")) {
            sum += cat.get("model").get("runs").asLong();
            ties += cat.get("ties").asDouble();
        }
        assertEquals(Long.parseLong(RUNS), sum, "every run falls into one TIES category");
        assertEquals(1.0, ties, 1e-12);
    }

    @Test
    void csvIsOneTidyTableAndTheTableIsTheSameOnOneAndTwoThreads() throws Exception {
        Jar.Result csv = check("hanoi-2019", "agreed-framework-1994", "--output", "history.csv", "--threads", "2");
        assertEquals(0, csv.code(), csv.err());
        assertEquals("", csv.out());
        List<String> lines = Files.readAllLines(dir.resolve("history.csv"), StandardCharsets.UTF_8);
        List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(HistoryReport.CSV_HEADER, rows.get(0));
        assertEquals(1 + 2 * 5 + 1 + 3 * 2 + 1, rows.size(), String.join("\n", rows));
        assertTrue(rows.stream().allMatch(l -> l.split(",", -1).length == 8), String.join("\n", rows));
        assertTrue(rows.contains("generic-imposition,historical,,ties:settlement,0.24,,,"), String.join("\n", rows));

        Jar.Result one = check("hanoi-2019", "--no-base-rates", "--threads", "1");
        Jar.Result two = check("hanoi-2019", "--no-base-rates", "--threads", "2");
        assertEquals(0, one.code(), one.err());
        assertEquals(stable(one.out()), stable(two.out()));
        assertFalse(one.out().contains("Base rates"), one.out());
    }

    @Test
    void aFileWithARecordIsCheckedAndBadInputFailsInOneLineWithoutOutput() throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, Scenarios.toYaml(Scenarios.builtIn("demo"))
                + "observed: {outcome: completed, from: 0, to: 30}\n");
        Jar.Result ok = check("case.yaml", "--format", "json", "--no-base-rates", "--quiet");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("", ok.err());
        assertEquals("completed", JSON.readTree(ok.out()).get("cases").get(0).get("observed").get("outcome").asText());

        Path none = dir.resolve("none.yaml");
        Files.writeString(none, Scenarios.toYaml(Scenarios.builtIn("demo")));
        for (String bad : List.of("none.yaml", "dprk-2019", "--runs 0", "--threads 0", "--format markdown",
                "--seed x", "--output out.yaml")) {
            String args = "check-history " + bad + (bad.startsWith("--output") ? "" : " --output fail.json");
            Jar.Result r = Jar.run(dir, args.split(" "));
            assertNotEquals(0, r.code(), bad);
            assertTrue(r.err().startsWith("bitforbit: error: "), r.err());
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("bitforbit: error: ")).count(), r.err());
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(dir.resolve("fail.json")) || Files.exists(dir.resolve("out.yaml")),
                    "no output for " + bad);
        }
        Jar.Result missing = check("none.yaml");
        assertTrue(missing.err().contains("no observed block"), missing.err());
        Jar.Result unknown = check("dprk-2019");
        assertTrue(unknown.err().contains("did you mean 'dprk-2018'?"), unknown.err());
    }
}
