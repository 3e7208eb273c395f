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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CSV file of a sweep: {@code #} provenance comments, one header row, then one row per point:
 * {@code point}, the varied parameters (by path), {@code runs}, for each outcome
 * {@code <outcome>Share,<outcome>Low,<outcome>High}, then {@code <metric>Mean} for every metric
 * (lowerCamelCase, as every data key; see {@link Keys}). Numbers are written by
 * {@link Numbers#csv}, so a point's row is the same bytes in every sweep that runs it. Rows are
 * appended and flushed as points complete; resuming reads back the completed points after checking
 * the provenance. Files of version 0.1.0 (snake_case columns such as {@code collapsed_share}, the
 * provenance key {@code design} for the sampling) are still read, for resuming and plotting.
 */
public final class SweepCsv {

    /** Provenance keys that must match for {@code --resume}. */
    static final List<String> MUST_MATCH = List.of("version", "command", "scenario", "scenarioSha256", "ruleSet",
            "sampling", "points", "vary", "runsPerPoint", "seed", "baseSamples");

    /** Provenance keys of version 0.1.0 files, by their current name. */
    static final Map<String, String> LEGACY_KEYS = Map.of("sampling", "design");

    private final List<String> paths;

    /**
     * A file layout for these varied parameter paths, in order.
     *
     * @param paths the varied parameter paths, in order
     */
    public SweepCsv(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    /** {@return the column names, in order} */
    public List<String> columns() {
        return columns(false);
    }

    private List<String> columns(boolean legacy) {
        List<String> h = new ArrayList<>();
        h.add("point");
        h.addAll(paths);
        h.add("runs");
        for (OutcomeKind k : OutcomeKind.values()) {
            for (String s : List.of("share", "low", "high")) {
                h.add(legacy ? k.label() + "_" + s : Keys.camel(k.label() + "-" + s));
            }
        }
        for (Metric m : Metric.values()) {
            h.add(legacy ? m.label().replace('-', '_') + "_mean" : meanColumn(m));
        }
        return h;
    }

    /** {@return the header row, with its line break} */
    public String header() {
        return Csv.line(columns());
    }

    /**
     * One point's row, with its line break.
     *
     * @param row the point and its result
     * @return the CSV record
     */
    public String row(SweepRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(row.index()));
        for (String p : paths) {
            Object v = row.values().get(p);
            cells.add(v instanceof Double ? Numbers.csv((Double) v) : String.valueOf(v));
        }
        MonteCarloResult r = row.result();
        cells.add(Long.toString(r.runs()));
        for (OutcomeKind k : OutcomeKind.values()) {
            Interval i = r.share(k);
            cells.add(Numbers.csv(i.estimate()));
            cells.add(Numbers.csv(i.low()));
            cells.add(Numbers.csv(i.high()));
        }
        for (Metric m : Metric.values()) {
            cells.add(Numbers.csv(r.metric(m).mean()));
        }
        return Csv.line(cells);
    }

    /**
     * The completed points of an existing file, after checking that it was written by the same
     * sweep. A last record without its line break (cut off by a kill) is removed from the file.
     *
     * @param file     the sweep file to resume
     * @param expected the provenance of this sweep
     * @return the indices of the points on file
     * @throws CliException (exit 2) if the file belongs to another sweep or is not a sweep file
     */
    public Set<Integer> completed(Path file, Provenance expected) {
        String text = text(file);
        String refuse = " Use another --output, or --force to start " + file + " over.";
        int body = commentsEnd(text);
        Map<String, String> found = Provenance.parseComments(List.of(text.substring(0, body).split("\n")));
        if (!"sweep".equals(found.get("command")) && !"sensitivity".equals(found.get("command"))) {
            throw CliException.usage("cannot resume: " + file + " is not a bitforbit sweep file." + refuse);
        }
        for (String key : MUST_MATCH) {
            String want = expected.text(key);
            String have = found.getOrDefault(key, found.getOrDefault(LEGACY_KEYS.getOrDefault(key, key), ""));
            if (key.equals("ruleSet") && want.isEmpty()) {
                continue;   // the rule set is varied; version 0.1.0 still wrote the unused --rule-set here
            }
            if (!want.equals(have)) {
                throw CliException.usage("cannot resume: " + file + " was written by a different sweep (" + key
                        + " is '" + have + "' there, '" + want + "' here)." + refuse);
            }
        }
        int complete = completeRecords(text, body);
        List<List<String>> records;
        try {
            records = Csv.records(text.substring(body, complete));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("cannot resume: " + file + " is not well-formed CSV (" + e.getMessage() + ")."
                    + refuse);
        }
        if (records.isEmpty() || !(records.get(0).equals(columns(false)) || records.get(0).equals(columns(true)))) {
            throw CliException.usage("cannot resume: the header row of " + file + " is not this sweep's." + refuse);
        }
        int width = columns().size();
        Set<Integer> points = new TreeSet<>();
        for (int k = 1; k < records.size(); k++) {
            List<String> cells = records.get(k);
            try {
                if (cells.size() != width) {
                    throw new NumberFormatException();
                }
                points.add(Integer.parseInt(cells.get(0)));
            } catch (NumberFormatException e) {
                throw CliException.usage("cannot resume: record " + k + " of " + file + " is not a row of this sweep."
                        + refuse);
            }
        }
        if (complete < text.length()) {
            truncate(file, text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
        }
        return points;
    }

    /**
     * The rows of a sweep file, as column name to cell text, in file order (for plotting). Column
     * names of version 0.1.0 files ({@code collapsed_share}) are given their current names.
     *
     * @param file a sweep CSV file written by {@code sweep}
     * @return one map per row, column name to cell text
     */
    public static List<Map<String, String>> read(Path file) {
        List<List<String>> records;
        try {
            records = Csv.records(text(file));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(file + " is not well-formed CSV: " + e.getMessage());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0)) {
            header.add(h.matches("[a-z]+(_[a-z]+)*_(share|low|high|mean)") ? Keys.camel(h) : h);
        }
        for (List<String> cells : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The offset just past the leading {@code #} comment lines. */
    private static int commentsEnd(String text) {
        int at = 0;
        while (at < text.length() && text.charAt(at) == '#') {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? text.length() : nl + 1;
        }
        return at;
    }

    /**
     * The end of the last complete record: the whole text if it ends with a line break, else the
     * last line break after which the text up to it parses (a break inside a quoted field of the
     * cut-off record does not end a record).
     */
    private static int completeRecords(String text, int body) {
        if (text.endsWith("\n")) {
            return text.length();
        }
        int end = text.lastIndexOf('\n') + 1;
        while (end > body) {
            try {
                Csv.records(text.substring(body, end));
                return end;
            } catch (IllegalArgumentException unterminated) {
                end = text.lastIndexOf('\n', end - 2) + 1;
            }
        }
        return body;
    }

    private static void truncate(Path file, long size) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        } catch (IOException e) {
            throw CliException.failure("cannot repair " + file + ": " + e.getMessage(), e);
        }
    }

    /** The column name of a metric's mean, e.g. {@code reliefDeliveredMean}. */
    static String meanColumn(Metric m) {
        return Keys.camel(m.label() + "-mean");
    }
}
