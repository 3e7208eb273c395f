package io.github.bitforbit.cli;

import io.github.bitforbit.evidence.Posterior;
import io.github.bitforbit.evidence.Prior;
import io.github.bitforbit.model.Distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The posterior sample CSV: what {@code --posterior} reads and a calibration writes. {@code #}
 * comment lines first (provenance, and optionally one {@code # prior: PATH=uniform(a,b)} line per
 * parameter), then a header row naming one column per parameter path (a {@code *} in a path
 * sets every matching parameter) plus {@code weight} (required) and {@code distance} (optional),
 * in any order (a calibration's bookkeeping columns {@code particle} and {@code normalisedWeight}
 * are read past), then one row per particle:
 *
 * <pre>
 * # prior: parties.DPRK.trust.initial=uniform(0.1, 0.9)
 * parties.DPRK.trust.initial,falseAlarm,weight,distance
 * 0.42,0.031,1.7,0.12
 * </pre>
 *
 * Weights are importance weights, positive, not necessarily normalised. Values are written
 * exactly (shortest round-trip decimal), so a file read back is the posterior written.
 */
final class PosteriorCsv {

    /** The weight column. */
    static final String WEIGHT = "weight";
    /** The distance column. */
    static final String DISTANCE = "distance";
    private static final String PRIOR = "# prior:";
    /** Columns {@code calibrate} writes for people, which carry nothing a draw needs. */
    private static final List<String> BOOKKEEPING = List.of("particle", "normalisedWeight");

    private PosteriorCsv() {
    }

    /**
     * A posterior sample read from a file, with the line each particle came from.
     *
     * @param file      the file as named
     * @param posterior the particles and their priors
     * @param header    the header's line number, from 1
     * @param lines     each particle's line number, in particle order
     */
    record Read(Path file, Posterior posterior, int header, List<Integer> lines) {
    }

    /**
     * The file's text for a posterior: the provenance, the priors, the header, one row per particle.
     *
     * @param posterior the posterior
     * @param p         the provenance (null: none)
     * @return the CSV text
     */
    static String text(Posterior posterior, Provenance p) {
        StringBuilder out = new StringBuilder(p == null ? "" : p.comments());
        for (Prior prior : posterior.priors()) {
            out.append(PRIOR).append(' ').append(prior.path()).append('=').append(prior.distribution()).append('\n');
        }
        List<String> header = new ArrayList<>(posterior.paths());
        header.add(WEIGHT);
        header.add(DISTANCE);
        out.append(String.join(",", header)).append('\n');
        for (Posterior.Particle particle : posterior.particles()) {
            List<String> cells = new ArrayList<>();
            particle.values().forEach(v -> cells.add(Numbers.exact(v)));
            cells.add(Numbers.exact(particle.weight()));
            cells.add(Numbers.exact(particle.distance()));
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads a posterior sample.
     *
     * @param file the CSV file
     * @return the posterior with its line numbers
     * @throws CliException (exit 2) saying {@code file:line: what} for anything malformed
     */
    static Read read(Path file) {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliException.usage("--posterior " + file + ": no such file", e);
        } catch (IOException | RuntimeException e) {
            throw CliException.usage("--posterior " + file + ": cannot read it: " + e.getMessage(), e);
        }
        Map<String, Prior> priors = new LinkedHashMap<>();
        List<String> columns = null;
        int headerLine = 0;
        int weight = -1;
        int distance = -1;
        List<List<Double>> values = new ArrayList<>();
        List<Posterior.Particle> particles = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int n = 1; n <= text.size(); n++) {
            String line = text.get(n - 1).strip();
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith(PRIOR)) {
                Prior prior = prior(file, n, line.substring(PRIOR.length()).strip());
                priors.put(prior.path(), prior);
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line);
            if (columns == null) {
                columns = cells;
                headerLine = n;
                weight = columns.indexOf(WEIGHT);
                distance = columns.indexOf(DISTANCE);
                checkHeader(file, n, columns, weight);
                continue;
            }
            if (cells.size() != columns.size()) {
                throw error(file, n, cells.size() + (cells.size() == 1 ? " cell" : " cells") + " where the header has "
                        + columns.size());
            }
            List<Double> v = new ArrayList<>();
            double w = Double.NaN;
            double d = 0;
            for (int c = 0; c < cells.size(); c++) {
                if (BOOKKEEPING.contains(columns.get(c))) {
                    continue;
                }
                double x = number(file, n, columns.get(c), cells.get(c));
                if (c == weight) {
                    w = x;
                } else if (c == distance) {
                    d = x;
                } else {
                    v.add(x);
                }
            }
            if (!(w > 0)) {
                throw error(file, n, "weight " + cells.get(weight) + " is not positive: every particle needs a weight > 0");
            }
            values.add(v);
            particles.add(new Posterior.Particle(v, w, d));
            lines.add(n);
        }
        if (columns == null) {
            throw CliException.usage("--posterior " + file + ": no header row (one column per parameter path, and "
                    + WEIGHT + ")");
        }
        if (particles.isEmpty()) {
            throw error(file, headerLine, "a header and no particles: the posterior needs at least one row");
        }
        List<String> paths = new ArrayList<>(columns);
        paths.remove(WEIGHT);
        paths.remove(DISTANCE);
        paths.removeAll(BOOKKEEPING);
        List<Prior> list = new ArrayList<>();
        for (int k = 0; k < paths.size(); k++) {
            Prior given = priors.get(paths.get(k));
            list.add(given != null ? given : new Prior(paths.get(k), range(values, k)));
        }
        return new Read(file, new Posterior(list, particles, List.of(), List.of()), headerLine, lines);
    }

    /** Where the file names no prior, the sample's range stands in: the draws use the particles alone. */
    private static Distribution range(List<List<Double>> values, int k) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<Double> v : values) {
            lo = Math.min(lo, v.get(k));
            hi = Math.max(hi, v.get(k));
        }
        return new Distribution.Uniform(lo, hi);
    }

    private static void checkHeader(Path file, int n, List<String> columns, int weight) {
        if (weight < 0) {
            throw error(file, n, "no '" + WEIGHT + "' column in the header " + String.join(",", columns));
        }
        List<String> seen = new ArrayList<>();
        for (String c : columns) {
            if (c.isEmpty()) {
                throw error(file, n, "an empty column name in the header");
            }
            if (seen.contains(c)) {
                throw error(file, n, "the column '" + c + "' is named twice");
            }
            seen.add(c);
        }
        if (columns.size() == 1 + (columns.contains(DISTANCE) ? 1 : 0)) {
            throw error(file, n, "no parameter column: name one parameter path per column besides " + WEIGHT);
        }
    }

    private static Prior prior(Path file, int n, String spec) {
        try {
            return Prior.parse(spec);
        } catch (IllegalArgumentException e) {
            throw error(file, n, e.getMessage());
        }
    }

    private static double number(Path file, int n, String column, String cell) {
        try {
            double x = Double.parseDouble(cell);
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below, with the place
        }
        throw error(file, n, "'" + cell + "' in column " + column + " is not a finite number");
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            String t = c.strip();
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1).strip();
            }
            out.add(t);
        }
        return out;
    }

    /**
     * A malformed file, named by its place.
     *
     * @param file the file
     * @param line the line, from 1
     * @param what what is wrong there
     * @return the exception, exit code 2
     */
    static CliException error(Path file, int line, String what) {
        return CliException.usage("--posterior " + file + ":" + line + ": " + what);
    }
}
