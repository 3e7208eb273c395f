package io.github.bitforbit.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.bitforbit.scenario.Node.ListNode;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Position;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bytes of a YAML or JSON file into a located {@link Node} tree, safely: a size limit,
 * a check for binary content, a nesting-depth limit and a limit on how far aliases may expand the
 * document. Uses Jackson's streaming parser only; nothing in the document can name a Java type.
 */
final class TreeReader {
    /** Largest file accepted, in bytes. */
    static final long MAX_BYTES = 1L << 20;
    /** Deepest nesting of mappings and lists accepted. */
    static final int MAX_DEPTH = 64;
    /** Most alias uses ({@code *name}) in one document. */
    static final int MAX_ALIASES = 1000;
    /** Most nodes a document may have once its aliases are expanded. */
    static final int MAX_NODES = 100_000;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 1).maxStringLength((int) MAX_BYTES).maxNumberLength(100).build();
    private static final YAMLFactory YAML;
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    static {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit((int) MAX_BYTES + 1);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        YAML = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS).build();
    }

    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");
    /** A Java class name, which a message from a parser may carry; never shown to a user. */
    private static final Pattern CLASS_NAME = Pattern.compile("(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*(?:\\.\\w+\\(\\))?");

    private final String file;
    private final Map<String, Node> anchors = new HashMap<>();
    private int aliases;
    private long nodes;

    private TreeReader(String file) {
        this.file = file;
    }

    /** Whether the file is read as JSON (by its extension) rather than YAML. */
    static boolean isJson(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /**
     * The document's root mapping.
     *
     * @throws ScenarioException with a single problem if the bytes are not a readable document
     */
    static MapNode read(byte[] bytes, String file) {
        Position start = new Position(file, 1, 1);
        if (bytes.length > MAX_BYTES) {
            throw fail(start, "file is " + bytes.length + " bytes, over the " + MAX_BYTES + "-byte limit");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw fail(start, "binary content (a NUL byte at offset " + i
                        + "): a scenario is a YAML or JSON text file");
            }
        }
        String text = decode(bytes, start);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw fail(start, "the file is empty: a scenario needs at least a name, parties and concessions");
        }
        return new TreeReader(file).parse(text, isJson(file));
    }

    private static String decode(byte[] bytes, Position start) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw fail(start, "not UTF-8 text (an invalid byte at offset " + in.position()
                    + "): a scenario is a YAML or JSON text file");
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    private static ScenarioException fail(Position at, String message) {
        return new ScenarioException(new Problem(at.file(), at.line(), at.column(), "", message));
    }

    private MapNode parse(String text, boolean json) {
        JsonParser p;
        try {
            p = json ? JSON.createParser(text) : YAML.createParser(text);
        } catch (IOException e) {
            throw fail(new Position(file, 1, 1), "cannot be parsed: " + clean(e.getMessage()));
        }
        try (p) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw fail(new Position(file, 1, 1),
                        "the file is empty: a scenario needs at least a name, parties and concessions");
            }
            Node root = value(p, 0);
            if (!(root instanceof MapNode m)) {
                // no excerpt: a file that is not a mapping is not a scenario, and may be anything
                throw fail(root.at(), "not a scenario: a scenario is a mapping of keys to values, found "
                        + (root instanceof ListNode ? "a list" : "a single value"));
            }
            if (!m.entries().isEmpty() && m.entries().keySet().stream().noneMatch(k -> Format.SCENARIO.field(k).isPresent())) {
                // nor its keys: they may be the lines of any text file
                throw fail(m.at(), "not a scenario: none of its " + m.entries().size() + " top-level keys is a "
                        + "scenario key (such as name, parties, concessions)");
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw fail(position(p), "more than one document: a scenario file holds exactly one");
            }
            return m;
        } catch (JsonProcessingException e) {
            throw syntax(e, p);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ScenarioException se) {
                throw se;
            }
            throw fail(new Position(file, 1, 1), "cannot be parsed: " + clean(e.getMessage()));
        }
    }

    private ScenarioException syntax(JsonProcessingException e, JsonParser p) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                Mark mark = m.getProblemMark();
                String context = m.getContext() == null ? "" : " (" + m.getContext()
                        + (m.getContextMark() == null ? "" : " started at line " + (m.getContextMark().getLine() + 1)
                        + ", column " + (m.getContextMark().getColumn() + 1)) + ")";
                return fail(new Position(file, mark.getLine() + 1, mark.getColumn() + 1),
                        "YAML syntax: " + clean(m.getProblem()) + context);
            }
        }
        JsonLocation l = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                : p.currentLocation();
        Position at = l == null ? new Position(file, 1, 1)
                : new Position(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        String kind = e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException ? "" : "syntax: ";
        String message = clean(e.getOriginalMessage())
                .replaceAll("^Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)$",
                        "a number of $1 characters; at most $2 are read")
                .replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
        Matcher dup = Pattern.compile("^Duplicate field '(.*)'$").matcher(message);
        if (dup.matches()) {
            return fail(at, "duplicate key '" + dup.group(1) + "'");
        }
        return fail(at, kind + message);
    }

    static String oneLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /**
     * A parser's message as a user should read it: one line, no Java class or method names (a
     * parser event becomes what it stands for), quoted document text cut to a short excerpt.
     */
    static String clean(String s) {
        String m = oneLine(s)
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.SequenceStartEvent[^>]*>", "a list")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.MappingStartEvent[^>]*>", "a mapping")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event[^>]*>", "a YAML $1")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll(":? ?(?:enable|use) `[^`]*`[^;)]*", "")
                .replaceAll("\\(?`?" + CLASS_NAME.pattern() + "`?\\)?", "")
                .replaceAll("\\s{2,}", " ").trim();
        Matcher q = Pattern.compile("'([^']*)'").matcher(m);
        StringBuilder b = new StringBuilder();
        while (q.find()) {
            q.appendReplacement(b, Matcher.quoteReplacement("'" + Node.excerpt(q.group(1)) + "'"));
        }
        q.appendTail(b);
        return b.toString();
    }

    private Position position(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Position(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private void count(Position at, long n) {
        nodes += n;
        if (nodes > MAX_NODES) {
            throw fail(at, "the document expands to more than " + MAX_NODES
                    + " nodes (an alias bomb?); a scenario is far smaller");
        }
    }

    /** Reads the value whose first token is current. */
    private Node value(JsonParser p, int depth) throws IOException {
        Position at = position(p);
        JsonToken t = p.currentToken();
        String anchor = p instanceof YAMLParser y && !y.isCurrentAlias() ? y.getObjectId() : null;
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            throw fail(at, "nested more than " + MAX_DEPTH + " levels deep");
        }
        Node n;
        switch (t) {
            case START_OBJECT:
                n = object(p, at, depth);
                break;
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, depth + 1));
                }
                n = ListNode.of(at, items);
                count(at, 1);
                break;
            }
            case VALUE_STRING:
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    Node target = anchors.get(p.getText());
                    if (target == null) {
                        throw fail(at, "unknown alias '*" + p.getText() + "'");
                    }
                    if (++aliases > MAX_ALIASES) {
                        throw fail(at, "more than " + MAX_ALIASES + " aliases (an alias bomb?)");
                    }
                    count(at, target.size());
                    return target;
                }
                n = new Scalar(at, ScalarType.STRING, p.getText(), p.getText());
                count(at, 1);
                break;
            case VALUE_NUMBER_INT: {
                n = new Scalar(at, ScalarType.INTEGER, p.getText(), number(p, at, false));
                count(at, 1);
                break;
            }
            case VALUE_NUMBER_FLOAT:
                n = new Scalar(at, ScalarType.FLOAT, p.getText(), number(p, at, true));
                count(at, 1);
                break;
            case VALUE_TRUE:
            case VALUE_FALSE:
                n = new Scalar(at, ScalarType.BOOLEAN, p.getText(), t == JsonToken.VALUE_TRUE);
                count(at, 1);
                break;
            case VALUE_NULL:
                n = new Scalar(at, ScalarType.NULL, "null", null);
                count(at, 1);
                break;
            default:
                throw fail(at, "unsupported value (" + t + ")");
        }
        if (anchor != null) {
            anchors.put(anchor, n);
        }
        return n;
    }

    /** A number's value, located where it is written if it is too long to read. */
    private Object number(JsonParser p, Position at, boolean isFloat) throws IOException {
        try {
            return isFloat ? floatValue(p) : p.getNumberValue();
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw fail(at, "a number of " + p.getTextLength() + " characters; at most "
                    + CONSTRAINTS.getMaxNumberLength() + " are read");
        }
    }

    /**
     * A float's value; YAML's {@code .nan} and {@code .inf} are read as such (Jackson cannot parse
     * them), so that the key they stand at reports them as not finite, like any out-of-range value.
     */
    private static double floatValue(JsonParser p) throws IOException {
        String t = p.getText().trim();
        if (SPECIAL_FLOAT.matcher(t).matches()) {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            return lower.endsWith("nan") ? Double.NaN
                    : lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return p.getDoubleValue();
    }

    private MapNode object(JsonParser p, Position at, int depth) throws IOException {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Position> keys = new LinkedHashMap<>();
        List<Node> merges = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
            Position keyAt = position(p);
            String key = p.currentName();
            p.nextToken();
            Node v = value(p, depth + 1);
            if ("<<".equals(key) && p instanceof YAMLParser) {
                merges.add(v);
                continue;
            }
            if (entries.containsKey(key)) {
                Position first = keys.get(key);
                throw fail(keyAt, "duplicate key '" + key + "' (first at line " + first.line() + ", column "
                        + first.column() + ")");
            }
            entries.put(key, v);
            keys.put(key, keyAt);
        }
        for (Node m : merges) {
            List<Node> sources = m instanceof ListNode l ? l.items() : List.of(m);
            for (Node s : sources) {
                if (!(s instanceof MapNode sm)) {
                    throw fail(s.at(), "a merge key '<<' takes a mapping or a list of mappings, found " + s.describe());
                }
                for (Map.Entry<String, Node> e : sm.entries().entrySet()) {
                    if (!entries.containsKey(e.getKey())) {
                        entries.put(e.getKey(), e.getValue());
                        keys.put(e.getKey(), sm.keyAt(e.getKey()));
                    }
                }
            }
        }
        count(at, 1);
        return MapNode.of(at, entries, keys);
    }
}
