package io.github.bitforbit.cli.explore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.model.ParameterPath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything one explorer request asks for, parsed from its JSON body and checked against the
 * server's bounds. The page sends its whole state with every request, so the server keeps none.
 *
 * <pre>{@code
 * {"client": "3f9c...", "scenario": "dprk-2018",            // or "upload": {"name": "my.yaml", "text": "..."}
 *  "set": {"parties.DPRK.trust.initial": 0.3},               // overrides, applied in order
 *  "designs": ["all-or-nothing", "bit-for-bit"], "runs": 2000, "precision": 0.01, "seed": 0,
 *  "trace": {"design": 0, "run": 0},
 *  "sweep": {"x": {"path": "...", "low": 0.1, "high": 0.9, "levels": 6}, "y": {...}, "runsPerPoint": 300}}
 * }</pre>
 *
 * @param client    the page's random id, so that its newer request cancels its older one (null: none)
 * @param builtIn   the built-in scenario's name, or null for an upload
 * @param upload    the uploaded scenario, or null for a built-in
 * @param overrides {@code path -> value} overrides in order (values as text; {@code ruleSet} takes a name)
 * @param designs   the designs to compare, 1 to {@link #MAX_DESIGNS} distinct names (empty: the defaults)
 * @param runs      runs per design, 1 to {@link #MAX_RUNS} (with a precision target: the most allowed)
 * @param precision the target half-width of the collapse share's interval, in (0, 0.5), or NaN for none
 * @param seed      the master seed
 * @param traceDesign which design's run is told as a timeline (its position in {@code designs})
 * @param traceRun  which run (from 0) is told: run k of the Monte Carlo, seed {@code RunSeeds.seed(seed, k)}
 * @param sweep     the heatmap's sweep, or null
 */
public record ExplorerRequest(String client, String builtIn, Upload upload, Map<String, String> overrides,
                              List<String> designs, long runs, double precision, long seed, int traceDesign,
                              long traceRun, SweepSpec sweep) {

    /** The largest request body accepted, in bytes (an upload's text, JSON-escaped, fits). */
    public static final int MAX_BODY_BYTES = 3 << 20;
    /** The largest uploaded scenario, in bytes of UTF-8 (the scenario loader's own limit). */
    public static final int MAX_UPLOAD_BYTES = 1 << 20;
    /** The most runs per design in one comparison. */
    public static final long MAX_RUNS = 50_000;
    /** The most designs in one comparison. */
    public static final int MAX_DESIGNS = 6;
    /** The most overrides in one request. */
    public static final int MAX_OVERRIDES = 64;
    /** The most levels of one heatmap axis. */
    public static final int MAX_LEVELS = 12;
    /** The most runs per point and design of a heatmap sweep. */
    public static final long MAX_RUNS_PER_POINT = 2_000;
    /** The most runs of a whole heatmap sweep (levels x levels x designs x runs per point). */
    public static final long MAX_SWEEP_RUNS = 300_000;
    /** Runs per design when a request gives none. */
    public static final long DEFAULT_RUNS = 2_000;

    private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,79}");
    /** A design's name: a template's, or any name an uploaded scenario gives its own rule set. */
    private static final Pattern DESIGN = Pattern.compile("[^\\p{Cntrl}]{1,80}");
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,200}");
    private static final Set<String> FIELDS = Set.of("client", "scenario", "upload", "set", "designs", "runs",
            "precision", "seed", "trace", "sweep");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                    .maxStringLength(MAX_BODY_BYTES).maxNumberLength(40).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /**
     * An uploaded scenario.
     *
     * @param name the file's own name, for messages and to tell YAML from JSON
     * @param text the file's text, at most {@link #MAX_UPLOAD_BYTES} bytes of UTF-8
     */
    public record Upload(String name, String text) {
    }

    /**
     * One axis of a heatmap: a numeric path from {@code low} to {@code high} in {@code levels} levels.
     *
     * @param path   a numeric parameter path
     * @param low    the first level, in the parameter's unit
     * @param high   the last level
     * @param levels evenly spaced levels, 2 to {@link #MAX_LEVELS}
     */
    public record Axis(String path, double low, double high, int levels) {
        /** {@return the axis as {@code Sweep.vary} takes it: {@code low..high:levels}} */
        public String spec() {
            return low + ".." + high + ":" + levels;
        }
    }

    /**
     * A heatmap's sweep.
     *
     * @param x            the horizontal axis
     * @param y            the vertical axis
     * @param runsPerPoint runs per point and design, 1 to {@link #MAX_RUNS_PER_POINT}
     */
    public record SweepSpec(Axis x, Axis y, long runsPerPoint) {
    }

    /**
     * Copies the collections; {@link #parse} does the checking.
     *
     * @param client      the page's id (null: none)
     * @param builtIn     the built-in scenario's name, or null
     * @param upload      the uploaded scenario, or null
     * @param overrides   overrides in order (copied)
     * @param designs     design names (copied)
     * @param runs        runs per design
     * @param precision   target half-width, or NaN
     * @param seed        the master seed
     * @param traceDesign the traced design's position
     * @param traceRun    the traced run, from 0
     * @param sweep       the heatmap's sweep, or null
     */
    public ExplorerRequest {
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        designs = List.copyOf(designs);
    }

    /**
     * Parses and checks a request body.
     *
     * @param body the body's bytes (UTF-8 JSON), at most {@link #MAX_BODY_BYTES}
     * @return the request, every field within the server's bounds
     * @throws BadRequest naming the field and what is wrong with it
     */
    public static ExplorerRequest parse(byte[] body) {
        if (body.length > MAX_BODY_BYTES) {
            throw new BadRequest(413, "the request is " + body.length + " bytes, over the " + MAX_BODY_BYTES
                    + "-byte limit", List.of());
        }
        JsonNode root;
        try (JsonParser p = JSON.createParser(new String(body, StandardCharsets.UTF_8))) {
            root = JSON.readTree(p);
            if (p.nextToken() != null) {
                throw new BadRequest("the request body holds more than one JSON value");
            }
        } catch (IOException e) {
            throw new BadRequest("the request body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (!(root instanceof ObjectNode o)) {
            throw new BadRequest("the request body must be a JSON object");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new BadRequest("unknown field '" + clip(f) + "' (fields: " + String.join(", ", FIELDS) + ")");
            }
        }
        String client = o.has("client") ? text(o.get("client"), "client", CLIENT, "8 to 64 letters, digits, - or _")
                : null;
        String builtIn = null;
        Upload upload = null;
        if (o.has("upload") && !o.get("upload").isNull()) {
            upload = upload(o.get("upload"));
        } else {
            builtIn = o.has("scenario") ? text(o.get("scenario"), "scenario", NAME, "a built-in scenario's name")
                    : io.github.bitforbit.scenario.Scenarios.DEFAULT;
        }
        Map<String, String> overrides = overrides(o.get("set"));
        List<String> designs = designs(o.get("designs"));
        long runs = o.has("runs") ? whole(o.get("runs"), "runs", 1, MAX_RUNS) : DEFAULT_RUNS;
        double precision = Double.NaN;
        if (o.has("precision") && !o.get("precision").isNull()) {
            precision = number(o.get("precision"), "precision");
            if (!(precision > 0 && precision < 0.5)) {
                throw new BadRequest("precision must be a half-width between 0 and 0.5 (e.g. 0.01): " + precision);
            }
        }
        long seed = o.has("seed") ? whole(o.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE) : 0;
        int traceDesign = 0;
        long traceRun = 0;
        JsonNode trace = o.get("trace");
        if (trace != null && !trace.isNull()) {
            if (!trace.isObject()) {
                throw new BadRequest("trace must be an object like {\"design\": 0, \"run\": 0}");
            }
            int count = Math.max(1, designs.size());
            traceDesign = trace.has("design") ? (int) whole(trace.get("design"), "trace.design", 0, count - 1) : 0;
            traceRun = trace.has("run") ? whole(trace.get("run"), "trace.run", 0, runs - 1) : 0;
        }
        SweepSpec sweep = o.has("sweep") && !o.get("sweep").isNull() ? sweep(o.get("sweep"), designs.size()) : null;
        return new ExplorerRequest(client, builtIn, upload, overrides, designs, runs, precision, seed, traceDesign,
                traceRun, sweep);
    }

    private static Upload upload(JsonNode n) {
        if (!n.isObject() || !n.has("text") || !n.get("text").isTextual()) {
            throw new BadRequest("upload must be an object like {\"name\": \"my.yaml\", \"text\": \"...\"}");
        }
        String text = n.get("text").asText();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_UPLOAD_BYTES) {
            throw new BadRequest(413, "the uploaded scenario is " + bytes + " bytes, over the " + MAX_UPLOAD_BYTES
                    + "-byte limit", List.of());
        }
        String name = n.has("name") && n.get("name").isTextual() ? n.get("name").asText() : "upload.yaml";
        return new Upload(safeName(name), text);
    }

    /** The file's own name without any directory, in safe characters, ending .yaml, .yml or .json. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.length() > 64) {
            base = base.substring(base.length() - 64);
        }
        if (!base.matches(".*\\.(ya?ml|json)$")) {
            base = (base.isEmpty() ? "upload" : base) + ".yaml";
        }
        return base.startsWith(".") ? "upload" + base : base;
    }

    private static Map<String, String> overrides(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw new BadRequest("set must be an object of parameter paths to values, e.g. "
                    + "{\"parties.DPRK.trust.initial\": 0.3}");
        }
        if (n.size() > MAX_OVERRIDES) {
            throw new BadRequest("set holds " + n.size() + " overrides, over the limit of " + MAX_OVERRIDES);
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String path = e.getKey();
            if (!PATH.matcher(path).matches()) {
                throw new BadRequest("set: '" + clip(path) + "' is not a parameter path (e.g. parties.DPRK.trust.initial)");
            }
            JsonNode v = e.getValue();
            String value;
            if (ParameterPath.RULE_SET.equals(path)) {
                value = text(v, "set." + path, DESIGN, "a design's name");
            } else if (v.isNumber()) {
                value = Double.toString(v.asDouble());
            } else if (v.isTextual()) {
                value = v.asText().trim();
                double d;
                try {
                    d = Double.parseDouble(value);
                } catch (NumberFormatException x) {
                    throw new BadRequest("set." + path + ": '" + clip(value) + "' is not a number");
                }
                if (!Double.isFinite(d)) {
                    throw new BadRequest("set." + path + ": '" + clip(value) + "' is not a finite number");
                }
            } else {
                throw new BadRequest("set." + path + ": expected a number, found " + kind(v));
            }
            out.put(path, value);
        }
        return out;
    }

    private static List<String> designs(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new BadRequest("designs must be a list of design names, e.g. [\"all-or-nothing\", \"bit-for-bit\"]");
        }
        if (n.size() > MAX_DESIGNS) {
            throw new BadRequest("designs names " + n.size() + " designs, over the limit of " + MAX_DESIGNS);
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode d : n) {
            String name = text(d, "designs", DESIGN, "a design's name");
            if (!out.add(name)) {
                throw new BadRequest("designs names '" + name + "' twice");
            }
        }
        return new ArrayList<>(out);
    }

    private static SweepSpec sweep(JsonNode n, int designs) {
        if (!n.isObject()) {
            throw new BadRequest("sweep must be an object with x, y and runsPerPoint");
        }
        Axis x = axis(n.get("x"), "sweep.x");
        Axis y = axis(n.get("y"), "sweep.y");
        if (x.path().equals(y.path())) {
            throw new BadRequest("sweep.x and sweep.y vary the same parameter: " + x.path());
        }
        long rpp = n.has("runsPerPoint") ? whole(n.get("runsPerPoint"), "sweep.runsPerPoint", 1, MAX_RUNS_PER_POINT)
                : 300;
        long total = (long) x.levels() * y.levels() * Math.max(1, designs == 0 ? 2 : designs) * rpp;
        if (total > MAX_SWEEP_RUNS) {
            throw new BadRequest("the sweep needs " + total + " runs (levels x levels x designs x runs per point), "
                    + "over the limit of " + MAX_SWEEP_RUNS);
        }
        return new SweepSpec(x, y, rpp);
    }

    private static Axis axis(JsonNode n, String field) {
        if (n == null || !n.isObject()) {
            throw new BadRequest(field + " must be an object like {\"path\": \"parties.DPRK.trust.initial\", "
                    + "\"low\": 0.1, \"high\": 0.9, \"levels\": 6}");
        }
        String path = text(n.get("path"), field + ".path", PATH, "a parameter path");
        double low = number(n.get("low"), field + ".low");
        double high = number(n.get("high"), field + ".high");
        if (!(low < high)) {
            throw new BadRequest(field + ": low must be below high: " + low + " .. " + high);
        }
        int levels = (int) whole(n.get("levels"), field + ".levels", 2, MAX_LEVELS);
        return new Axis(path, low, high, levels);
    }

    private static String text(JsonNode n, String field, Pattern allowed, String what) {
        if (n == null || !n.isTextual()) {
            throw new BadRequest(field + " must be " + what + ", found " + kind(n));
        }
        String s = n.asText().trim();
        if (!allowed.matcher(s).matches()) {
            throw new BadRequest(field + ": '" + clip(s) + "' is not " + what);
        }
        return s;
    }

    private static double number(JsonNode n, String field) {
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new BadRequest(field + " must be a finite number, found " + kind(n));
        }
        return n.asDouble();
    }

    private static long whole(JsonNode n, String field, long min, long max) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new BadRequest(field + " must be a whole number from " + min + " to " + max + ", found " + kind(n));
        }
        long v = n.asLong();
        if (v < min || v > max) {
            throw new BadRequest(field + " must be from " + min + " to " + max + ": " + v);
        }
        return v;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return "'" + clip(n.asText()) + "'";
        }
        return n.isContainerNode() ? (n.isArray() ? "a list" : "an object") : clip(n.toString());
    }

    /** At most 60 characters of user text, for messages. */
    static String clip(String s) {
        return shorten(s, 60);
    }

    /** A library's message on one line, at most 400 characters (it may quote user text). */
    static String line(String s) {
        return shorten(s == null ? "" : s, 400);
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("[\\p{Cntrl}]", " ");
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String line = s.split("\\R", 2)[0];
        return clip(line.replaceAll(" at \\[Source.*", ""));
    }
}
