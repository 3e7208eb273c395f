package io.github.bitforbit.cli;

import io.github.bitforbit.evidence.Posterior;
import io.github.bitforbit.evidence.Prior;
import io.github.bitforbit.model.Distribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The posterior CSV: what the writer writes, the reader reads back exactly. */
class PosteriorCsvTest {

    @Test
    void aWrittenPosteriorReadsBackExactly(@TempDir Path dir) throws Exception {
        Posterior p = new Posterior(List.of(Prior.parse("parties.*.trust.initial=beta(2,3)"),
                new Prior("falseAlarm", new Distribution.Uniform(0, 0.3))),
                List.of(new Posterior.Particle(List.of(0.1 + 0.2, 1e-3), 0.7, 0.25),
                        new Posterior.Particle(List.of(0.8125, 0.29999999999999993), 3.5e-5, 0.0)),
                List.of(), List.of());
        Path file = dir.resolve("posterior.csv");
        Files.writeString(file, PosteriorCsv.text(p, null));
        PosteriorCsv.Read read = PosteriorCsv.read(file);
        assertEquals(p.priors(), read.posterior().priors());
        assertEquals(p.particles(), read.posterior().particles());
        assertEquals(List.of(4, 5), read.lines());
        assertEquals(3, read.header());
    }

    @Test
    void withoutPriorsTheSampleRangeStandsInAndColumnsMayComeInAnyOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "\uFEFFweight,falseAlarm\r\n2,0.1\r\n1,0.05\r\n");
        PosteriorCsv.Read read = PosteriorCsv.read(file);
        assertEquals(List.of("falseAlarm"), read.posterior().paths());
        assertEquals(new Distribution.Uniform(0.05, 0.1), read.posterior().priors().get(0).distribution());
        assertEquals(2.0, read.posterior().particles().get(0).weight());
        CliException twice = assertThrows(CliException.class, () -> {
            Files.writeString(file, "falseAlarm,falseAlarm,weight\n0.1,0.1,1\n");
            PosteriorCsv.read(file);
        });
        assertTrue(twice.getMessage().endsWith("p.csv:1: the column 'falseAlarm' is named twice"), twice.getMessage());
    }
}
