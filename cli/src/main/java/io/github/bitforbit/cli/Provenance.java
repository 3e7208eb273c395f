package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an output comes from: the tool's version, the command, the scenario (name, where it came
 * from, the SHA-256 of its canonical form, the {@code --set} overrides), the rule set(s), seed,
 * runs, threads and time. Written as a {@code provenance} object in JSON and as {@code # key: value}
 * comment lines in CSV and text; the same keys in every format.
 */
public final class Provenance {

    /** The keys whose values may differ between runs that give identical figures. */
    public static final List<String> VOLATILE = List.of("threads", "time");

    private final Map<String, Object> entries = new LinkedHashMap<>();

    private Provenance() {
    }

    /**
     * The provenance of a command on a scenario, with the version, command, scenario, source,
     * hash, overrides and the current time.
     *
     * @param command the command, e.g. run
     * @param s the loaded scenario
     * @return a new provenance
     */
    public static Provenance of(String command, LoadedScenario s) {
        Provenance p = new Provenance();
        p.entries.put("tool", "bitforbit");
        p.entries.put("version", Version.version());
        p.entries.put("command", command);
        p.entries.put("scenario", s.scenario().name());
        p.entries.put("source", s.builtIn() ? "built-in" : s.argument());
        p.entries.put("scenarioSha256", s.sha256());
        if (!s.overrides().isEmpty()) {
            p.entries.put("set", s.overrides());
        }
        return p;
    }

    /**
     * Adds (or replaces) an entry; a value is a string, a number, a boolean or a list of strings.
     * A null value removes the entry: an absent value is not written at all.
     *
     * @param key the entry's key, lowerCamelCase
     * @param value a string, number, boolean or list of strings; null removes the entry
     * @return this builder
     */
    public Provenance with(String key, Object value) {
        entries.remove("time");
        if (value == null) {
            entries.remove(key);
        } else {
            entries.put(key, value);
        }
        return this;
    }

    /** Whether an entry has something to show: present, and not an empty string or list. */
    private boolean shown(String key) {
        return !text(key).isEmpty();
    }

    /** {@return the keys of the entries that have something to show, in order} */
    public List<String> shownKeys() {
        return entries.keySet().stream().filter(this::shown).toList();
    }

    /**
     * Stamps the current time (UTC, whole seconds) as the last entry.
     *
     * @return this builder
     */
    public Provenance stamped() {
        entries.remove("time");
        entries.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return this;
    }

    /** {@return the entries in order (read-only)} */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /**
     * One entry as text, as in a comment line ({@code ""} if absent; lists joined with {@code "; "}).
     *
     * @param key the entry's key, lowerCamelCase
     * @return the value as text
     */
    public String text(String key) {
        return text(entries.get(key));
    }

    /** {@return the entries as a JSON object} */
    public ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        entries.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                ArrayNode a = o.putArray(k);
                list.forEach(x -> a.add(String.valueOf(x)));
            } else if (v instanceof Long || v instanceof Integer) {
                o.put(k, ((Number) v).longValue());
            } else if (v instanceof Double d) {
                if (Double.isFinite(d)) {
                    o.put(k, d);
                } else {
                    o.putNull(k);
                }
            } else if (v instanceof Boolean b) {
                o.put(k, b);
            } else if (v == null) {
                o.putNull(k);
            } else {
                o.put(k, v.toString());
            }
        });
        return o;
    }

    /**
     * The entries on one comment line, e.g. {@code # bitforbit 0.1.0 trace | scenario demo
     * (built-in, sha256 1b886d7c...) | ruleSet bit-for-bit | seed 3 | time ...}.
     *
     * @return the line, entries separated by {@code " | "}
     */
    public String line() {
        StringBuilder b = new StringBuilder("# bitforbit ").append(text("version")).append(' ').append(text("command"))
                .append(" | scenario ").append(text("scenario"));
        b.append(" (").append(text("source")).append(", sha256 ").append(text("scenarioSha256")).append(')');
        entries.forEach((k, v) -> {
            if (!List.of("tool", "version", "command", "scenario", "source", "scenarioSha256").contains(k)) {
                String t = text(v);
                if (!t.isEmpty()) {
                    b.append(" | ").append(k).append(' ').append(t);
                }
            }
        });
        return b.append('\n').toString();
    }

    /** {@return the entries as {@code # key: value} lines, each ending in a newline; empty values are left out} */
    public String comments() {
        StringBuilder out = new StringBuilder();
        shownKeys().forEach(k -> out.append("# ").append(k).append(": ").append(text(k)).append('\n'));
        return out.toString();
    }

    /**
     * Parses the {@code # key: value} lines written by {@link #comments()}.
     *
     * @param lines lines starting with {@code #}; others are ignored
     * @return the values as text, in order
     */
    public static Map<String, String> parseComments(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                continue;
            }
            String body = line.substring(1).trim();
            int colon = body.indexOf(':');
            if (colon > 0) {
                out.put(body.substring(0, colon).trim(), body.substring(colon + 1).trim());
            }
        }
        return out;
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder();
            for (Object x : list) {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(x);
            }
            return oneLine(b.toString());
        }
        if (v instanceof Double d) {
            return Numbers.exact(d);
        }
        return oneLine(v.toString());
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
