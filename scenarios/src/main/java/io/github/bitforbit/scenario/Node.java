package io.github.bitforbit.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed scenario document: a plain tree of mappings, lists and scalars, each node with the
 * file, line and column it was read from. No types are ever instantiated from the document.
 */
sealed interface Node {

    /** Where the node starts. */
    Position at();

    /** Number of nodes in this subtree (for the alias-expansion limit). */
    int size();

    /** What a problem message calls this kind of node. */
    String describe();

    /** The most characters of a document's text a problem message quotes. */
    int EXCERPT = 40;

    /**
     * A short excerpt of text for a problem message: at most {@link #EXCERPT} characters (then
     * {@code ...}), control characters shown as {@code ?}, so that a message never reproduces
     * more than a glimpse of a file that turns out not to be a scenario.
     */
    static String excerpt(String text) {
        String t = text.codePointCount(0, text.length()) > EXCERPT
                ? text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "..." : text;
        return t.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "?");
    }

    /**
     * A place in a file.
     *
     * @param file   the file name as given
     * @param line   1-based line
     * @param column 1-based column
     */
    record Position(String file, int line, int column) {
    }

    /** A mapping; {@code keys} gives where each key was written. */
    record MapNode(Position at, Map<String, Node> entries, Map<String, Position> keys, int size) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        }

        static MapNode of(Position at, Map<String, Node> entries, Map<String, Position> keys) {
            int n = 1;
            for (Node v : entries.values()) {
                n += v.size();
            }
            return new MapNode(at, entries, keys, n);
        }

        Node get(String key) {
            return entries.get(key);
        }

        /** Where the key was written, or where the mapping starts. */
        Position keyAt(String key) {
            return keys.getOrDefault(key, at);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list. */
    record ListNode(Position at, List<Node> items, int size) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        static ListNode of(Position at, List<Node> items) {
            int n = 1;
            for (Node v : items) {
                n += v.size();
            }
            return new ListNode(at, items, n);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** What a scalar holds. */
    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    /**
     * A scalar.
     *
     * @param type  its type as parsed
     * @param text  its text as written (numbers) or its value (strings)
     * @param value a String, Long, Double, Boolean or null
     */
    record Scalar(Position at, ScalarType type, String text, Object value) implements Node {
        @Override
        public int size() {
            return 1;
        }

        boolean isNumber() {
            return type == ScalarType.INTEGER || type == ScalarType.FLOAT;
        }

        @Override
        public String describe() {
            switch (type) {
                case STRING: return "the text '" + excerpt(text) + "'";
                case INTEGER:
                case FLOAT: return "the number " + excerpt(text);
                case BOOLEAN: return "the boolean " + text;
                default: return "nothing (null)";
            }
        }
    }
}
