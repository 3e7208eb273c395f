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
                .with("design", "grid").with("points", 4L).with("vary", List.of("a=1", "b=2"))
                .with("runsPerPoint", 50L).with("seed", seed).with("threads", 2L).stamped();
    }

    @Test
    void headerAndRowsHaveTheDocumentedColumns() {
        SweepCsv csv = new SweepCsv(PATHS);
        String header = csv.header();
        assertTrue(header.startsWith("point,parties.DPRK.trust.initial,ruleSet,runs,completed_share,completed_low,"
                + "completed_high,collapsed_share,collapsed_low,collapsed_high,stalled_share"), header);
        assertTrue(header.contains(",relief_delivered_mean,"), header);
        SweepRow row = sweep().rows().get(1);
        String line = csv.row(row);
        assertTrue(line.startsWith("1,0.2,bit-for-bit,50,"), line);
        assertTrue(line.endsWith("\n"));
        assertEquals(csv.columns(), SweepCsv.split(line.strip()).size());
        assertEquals(header.split(",").length, csv.columns());
        assertEquals(line, csv.row(sweep().rows().get(1)), "the same point gives the same bytes");
    }

    @Test
    void resumingReadsCompletedPointsAndCutsAPartialLastLine(@TempDir Path dir) throws IOException {
        SweepCsv csv = new SweepCsv(PATHS);
        SweepResult s = sweep();
        Path f = dir.resolve("s.csv");
        String partial = csv.row(s.rows().get(2));
        String complete = provenance(2).comments() + csv.header() + "\n" + csv.row(s.rows().get(0)) + csv.row(s.rows().get(1));
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
        Files.writeString(f, provenance(2).comments() + csv.header() + "\n");
        CliException e = assertThrows(CliException.class, () -> csv.completed(f, provenance(3)));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("seed is '2' there, '3' here"), e.getMessage());
        CliException h = assertThrows(CliException.class,
                () -> new SweepCsv(List.of("horizon")).completed(f, provenance(2)));
        assertTrue(h.getMessage().contains("header row"), h.getMessage());
    }
}
