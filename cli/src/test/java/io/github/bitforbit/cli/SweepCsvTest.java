package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.SweepResult;
import io.github.bitforbit.montecarlo.SweepRow;
import io.github.bitforbit.montecarlo.Sweep;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepCsvTest {

    private static final List<String> PATHS = List.of("parties.DPRK.trust.initial", "ruleSet");

    private static SweepResult sweep() {
        return Sweep.of(Scenarios.builtIn("demo")).vary(PATHS.get(0), "0.2..0.8:2").vary("ruleSet", "grit,bit-for-bit")
                .runsPerPoint(50).seed(2).threads(1).run();
    }

    private static Provenance provenance(long seed) {
        return Provenance.of("sweep", LoadedScenario.load("demo", List.of())).with("ruleSet", "bit-for-bit")
                .with("sampling", "grid").with("points", 4L).with("vary", List.of("a=1", "b=2"))
                .with("runsPerPoint", 50L).with("seed", seed).with("threads", 2L).stamped();
    }

    @Test
    void headerAndRowsHaveTheDocumentedColumns() {
        SweepCsv csv = new SweepCsv(PATHS);
        String header = csv.header();
        assertTrue(header.startsWith("point,parties.DPRK.trust.initial,ruleSet,runs,completedShare,completedLow,"
                + "completedHigh,collapsedShare,collapsedLow,collapsedHigh,stalledShare"), header);
        assertTrue(header.contains(",reliefDeliveredMean,"), header);
        SweepRow row = sweep().rows().get(1);
        String line = csv.row(row);
        assertTrue(line.startsWith("1,0.2,bit-for-bit,50,"), line);
        assertTrue(line.endsWith("\n"));
        assertEquals(csv.columns().size(), Csv.records(line).get(0).size());
        assertEquals(header.split(",").length, csv.columns().size());
        assertEquals(line, csv.row(sweep().rows().get(1)), "the same point gives the same bytes");
    }

    @Test
    void resumingReadsCompletedPointsAndCutsAPartialLastLine(@TempDir Path dir) throws IOException {
        SweepCsv csv = new SweepCsv(PATHS);
        SweepResult s = sweep();
        Path f = dir.resolve("s.csv");
        String partial = csv.row(s.rows().get(2));
        String complete = provenance(2).comments() + csv.header() + csv.row(s.rows().get(0)) + csv.row(s.rows().get(1));
        Files.writeString(f, complete + partial.substring(0, 10));
        Set<Integer> done = csv.completed(f, provenance(2));
        assertEquals(Set.of(0, 1), done);
        assertEquals(complete, Files.readString(f, StandardCharsets.UTF_8), "the cut-off line is removed");

        List<Map<String, String>> rows = SweepCsv.read(f);
        assertEquals(2, rows.size());
        assertEquals("bit-for-bit", rows.get(1).get("ruleSet"));
    }

    @Test
    void resumingAnotherSweepIsRefused(@TempDir Path dir) throws IOException {
        SweepCsv csv = new SweepCsv(PATHS);
        Path f = dir.resolve("s.csv");
        Files.writeString(f, provenance(2).comments() + csv.header());
        CliException e = assertThrows(CliException.class, () -> csv.completed(f, provenance(3)));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("seed is '2' there, '3' here"), e.getMessage());
        CliException h = assertThrows(CliException.class,
                () -> new SweepCsv(List.of("horizon")).completed(f, provenance(2)));
        assertTrue(h.getMessage().contains("header row"), h.getMessage());
    }

    /** A field with a comma, a quote and a line break survives writing, resuming and reading back. */
    @Test
    void quotedFieldsWithCommasAndLineBreaksResumeAndReadBack(@TempDir Path dir) throws IOException {
        SweepCsv csv = new SweepCsv(PATHS);
        SweepResult s = sweep();
        String odd = "odd, \"quoted\"\nname";
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SweepRow r = s.rows().get(i);
            lines.add(csv.row(new SweepRow(r.index(), Map.of(PATHS.get(0), r.values().get(PATHS.get(0)), "ruleSet",
                    odd), r.result())));
        }
        assertTrue(lines.get(0).contains("\"odd, \"\"quoted\"\"\nname\""), lines.get(0));
        String complete = provenance(2).comments() + csv.header() + lines.get(0) + lines.get(1);
        // cut the third record inside its quoted field, just after the line break in it
        String third = lines.get(2);
        Path f = dir.resolve("q.csv");
        Files.writeString(f, complete + third.substring(0, third.indexOf('\n') + 1) + "na");
        assertEquals(Set.of(0, 1), csv.completed(f, provenance(2)));
        assertEquals(complete, Files.readString(f), "the cut-off record is removed, the quoted break kept");
        List<Map<String, String>> rows = SweepCsv.read(f);
        assertEquals(2, rows.size());
        assertEquals(odd, rows.get(0).get("ruleSet"));
        assertEquals("0.2", rows.get(1).get(PATHS.get(0)));
    }

    /** Files of version 0.1.0: snake_case columns and the provenance key "design" still resume and plot. */
    @Test
    void filesWithTheOldNamesStillResumeAndRead(@TempDir Path dir) throws IOException {
        SweepCsv csv = new SweepCsv(PATHS);
        SweepResult s = sweep();
        String oldHeader = csv.header().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)
                .replace("parties.dprk.trust.initial,rule_set", "parties.DPRK.trust.initial,ruleSet");
        assertTrue(oldHeader.contains(",collapsed_share,") && oldHeader.contains(",relief_delivered_mean"), oldHeader);
        String oldComments = provenance(2).comments().replace("# sampling: grid", "# design: grid");
        Path f = dir.resolve("old.csv");
        Files.writeString(f, oldComments + oldHeader + csv.row(s.rows().get(0)));
        assertEquals(Set.of(0), csv.completed(f, provenance(2)));
        Map<String, String> row = SweepCsv.read(f).get(0);
        assertEquals(Numbers.csv(s.rows().get(0).collapseShare()), row.get("collapsedShare"));
        assertTrue(row.containsKey("reliefDeliveredMean"), row.toString());
    }
}
