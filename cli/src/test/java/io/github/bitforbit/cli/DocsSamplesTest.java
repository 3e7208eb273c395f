package io.github.bitforbit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample outputs in docs/CLI.md and README.md are the command line's real output: each block
 * after a marker {@code <!-- sample: ARGS -->} (or {@code <!-- sample N: ARGS -->} for the first N
 * lines, then {@code ...}) is what {@code bitforbit ARGS} prints to stdout now, with timestamps
 * written as {@code YYYY-MM-DDThh:mm:ssZ}. An argument {@code FILE.csv} (or any {@code FILE.*}) is
 * replaced by a fresh file, whose content is then the sample. The test fails when a sample
 * differs; {@code -Dbitforbit.updateDocs=true} rewrites the samples in place instead.
 */
class DocsSamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SAMPLE = Pattern.compile(
            "<!-- sample(?: (\\d+))?: ([^>]*?) -->\n```(\\w*)\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

    @Test
    void docsSamplesAreTheCurrentOutput(@TempDir Path dir) throws IOException {
        int samples = 0;
        List<String> stale = new ArrayList<>();
        for (String doc : List.of("docs/CLI.md", "README.md")) {
            Path file = ROOT.resolve(doc);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = SAMPLE.matcher(text);
            StringBuilder updated = new StringBuilder();
            while (m.find()) {
                samples++;
                String actual = output(m.group(2), m.group(1) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(1)),
                        dir.resolve("s" + samples));
                if (!actual.equals(m.group(4))) {
                    stale.add(doc + ": bitforbit " + m.group(2) + "\n--- documented:\n" + m.group(4)
                            + "--- actual:\n" + actual);
                }
                m.appendReplacement(updated, Matcher.quoteReplacement("<!-- sample" + (m.group(1) == null ? ""
                        : " " + m.group(1)) + ": " + m.group(2) + " -->\n```" + m.group(3) + "\n" + actual + "```"));
            }
            m.appendTail(updated);
            if (Boolean.getBoolean("bitforbit.updateDocs")) {
                Files.writeString(file, updated.toString(), StandardCharsets.UTF_8);
            }
        }
        assertTrue(samples >= 5, "the docs have their samples: " + samples);
        if (!Boolean.getBoolean("bitforbit.updateDocs")) {
            assertEquals(List.of(), stale, "samples in the docs differ from the output (regenerate with "
                    + "./mvnw -pl cli -am test -Dtest=DocsSamplesTest -Dbitforbit.updateDocs=true)");
        }
    }

    private static String output(String commandLine, int lines, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> args = new ArrayList<>(List.of(commandLine.trim().split("\\s+")));
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("FILE.")) {
                file = dir.resolve("sample" + args.get(i).substring(4));
                args.set(i, file.toString());
            }
        }
        Cli c = Cli.run(args.toArray(String[]::new));
        assertEquals(0, c.code(), commandLine + ": " + c.err());
        String out = file == null ? c.out() : Files.readString(file, StandardCharsets.UTF_8);
        out = TIME.matcher(out).replaceAll("YYYY-MM-DDThh:mm:ssZ");
        List<String> all = out.lines().toList();
        if (all.size() > lines) {
            return String.join("\n", all.subList(0, lines)) + "\n...\n";
        }
        return out.endsWith("\n") ? out : out + "\n";
    }
}
