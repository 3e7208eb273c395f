package io.github.bitforbit.cli;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.montecarlo.Metric;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.SweepRow;
import io.github.bitforbit.stats.Interval;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CSV file of a sweep: {@code #} provenance comments, one header row, then one row per point:
 * {@code point}, the varied parameters (by path), {@code runs}, for each outcome
 * {@code <outcome>_share,<outcome>_low,<outcome>_high}, then {@code <metric>_mean} for every metric
 * (hyphens as underscores). Numbers are written by {@link Numbers#csv}, so a point's row is the same
 * bytes in every sweep that runs it. Rows are appended and flushed as points complete; resuming
 * reads back the completed points after checking the provenance.
 */
public final class SweepCsv {

    /** Provenance keys that must match for {@code --resume}. */
    static final List<String> MUST_MATCH = List.of("version", "command", "scenario", "scenarioSha256", "ruleSet",
            "design", "points", "vary", "runsPerPoint", "seed", "baseSamples");

    private final List<String> paths;

    /** A file layout for these varied parameter paths, in order. */
    public SweepCsv(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    /** The header row, without a line break. */
    public String header() {
        List<String> h = new ArrayList<>();
        h.add("point");
        paths.forEach(p -> h.add(CsvReport.escape(p)));
        h.add("runs");
        for (OutcomeKind k : OutcomeKind.values()) {
            h.add(k.label() + "_share");
            h.add(k.label() + "_low");
            h.add(k.label() + "_high");
        }
        for (Metric m : Metric.values()) {
            h.add(meanColumn(m));
        }
        return String.join(",", h);
    }

    /** The number of columns. */
    public int columns() {
        return 2 + paths.size() + 3 * OutcomeKind.values().length + Metric.values().length;
    }

    /** One point's row, with its line break. */
    public String row(SweepRow row) {
        StringBuilder b = new StringBuilder();
        b.append(row.index());
        for (String p : paths) {
            b.append(',').append(value(row.values().get(p)));
        }
        MonteCarloResult r = row.result();
        b.append(',').append(r.runs());
        for (OutcomeKind k : OutcomeKind.values()) {
            Interval i = r.share(k);
            b.append(',').append(Numbers.csv(i.estimate())).append(',').append(Numbers.csv(i.low())).append(',')
                    .append(Numbers.csv(i.high()));
        }
        for (Metric m : Metric.values()) {
            b.append(',').append(Numbers.csv(r.metric(m).mean()));
        }
        return b.append('\n').toString();
    }

    private static String value(Object v) {
        if (v instanceof Double) {
            return Numbers.csv((Double) v);
        }
        return CsvReport.escape(String.valueOf(v));
    }

    /**
     * The completed points of an existing file, after checking that it was written by the same
     * sweep. A last line without a line break (cut off by a kill) is removed from the file.
     *
     * @param file     the file
     * @param expected the provenance of this sweep
     * @return the indices of the points on file
     * @throws CliException (exit 2) if the file belongs to another sweep or is not a sweep file
     */
    public Set<Integer> completed(Path file, Provenance expected) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CliException.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int complete = text.lastIndexOf('\n') + 1;
        List<String> lines = List.of(text.substring(0, complete).split("\n", -1));
        lines = lines.subList(0, Math.max(0, lines.size() - 1));
        List<String> comments = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && lines.get(i).startsWith("#")) {
            comments.add(lines.get(i++));
        }
        Map<String, String> found = Provenance.parseComments(comments);
        String refuse = " Use another --output, or --force to start " + file + " over.";
        if (!"sweep".equals(found.get("command")) && !"sensitivity".equals(found.get("command"))) {
            throw CliException.usage("cannot resume: " + file + " is not a bitforbit sweep file." + refuse);
        }
        for (String key : MUST_MATCH) {
            String want = expected.text(key);
            String have = found.getOrDefault(key, "");
            if (!want.equals(have)) {
                throw CliException.usage("cannot resume: " + file + " was written by a different sweep (" + key
                        + " is '" + have + "' there, '" + want + "' here)." + refuse);
            }
        }
        if (i >= lines.size() || !lines.get(i).equals(header())) {
            throw CliException.usage("cannot resume: the header row of " + file + " is not this sweep's." + refuse);
        }
        Set<Integer> points = new TreeSet<>();
        for (int k = i + 1; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            try {
                if (fields(line) != columns()) {
                    throw new NumberFormatException();
                }
                points.add(Integer.parseInt(line.substring(0, comma)));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw CliException.usage("cannot resume: line " + (k + 1) + " of " + file + " is not a row of this sweep."
                        + refuse);
            }
        }
        if (complete < bytes.length) {
            truncate(file, text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
        }
        return points;
    }

    /** The rows of a sweep file, as column name to cell text, in file order (for plotting). */
    public static List<Map<String, String>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : lines) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            List<String> cells = split(line);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static int fields(String line) {
        return split(line).size();
    }

    /** Splits a CSV line, honouring double quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    private static void truncate(Path file, long size) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        } catch (IOException e) {
            throw CliException.failure("cannot repair " + file + ": " + e.getMessage(), e);
        }
    }

    /** The column name of a metric's mean, e.g. {@code relief_delivered_mean}. */
    static String meanColumn(Metric m) {
        return m.label().replace('-', '_').toLowerCase(Locale.ROOT) + "_mean";
    }
}
