package io.github.bitforbit.scenario;

import io.github.bitforbit.scenario.Node.ListNode;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Position;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code extends} merge: a deep merge of mappings in which the extending file wins; lists of
 * parties and concessions are merged by {@code id}, lists of rule sets and phases by
 * {@code name}; any other list is replaced whole; a key set to null is removed. Every node keeps
 * the position of the file it came from.
 */
final class Merge {
    private static final Set<String> BY_ID = Set.of("parties", "concessions");
    private static final Set<String> BY_NAME = Set.of("ruleSets", "phases");

    private Merge() {
    }

    /**
     * One file of an {@code extends} chain applied on top of the scenario it extends. The base's
     * {@code observed} record is dropped: a record is what happened in one historical case, and a
     * file that extends the case is a variant of it, which may not even reach the record's months.
     */
    static MapNode extend(MapNode base, MapNode over) {
        Map<String, Node> entries = new LinkedHashMap<>(base.entries());
        Map<String, Position> keys = new LinkedHashMap<>(base.keys());
        entries.remove(ObservedReader.KEY);
        keys.remove(ObservedReader.KEY);
        return merge(MapNode.of(base.at(), entries, keys), over);
    }

    /** {@code over} applied on top of {@code base}; the {@code extends} key is dropped. */
    static MapNode merge(MapNode base, MapNode over) {
        Map<String, Node> out = new LinkedHashMap<>();
        Map<String, Position> keys = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : base.entries().entrySet()) {
            String k = e.getKey();
            if (k.equals("extends")) {
                continue;
            }
            Node o = over.get(k);
            if (o == null) {
                out.put(k, e.getValue());
                keys.put(k, base.keyAt(k));
            } else if (!isNull(o)) {
                out.put(k, value(k, e.getValue(), o));
                keys.put(k, over.keyAt(k));
            }
        }
        for (Map.Entry<String, Node> e : over.entries().entrySet()) {
            String k = e.getKey();
            if (!k.equals("extends") && !base.entries().containsKey(k) && !isNull(e.getValue())) {
                out.put(k, e.getValue());
                keys.put(k, over.keyAt(k));
            }
        }
        return MapNode.of(over.at(), out, keys);
    }

    private static boolean isNull(Node n) {
        return n instanceof Scalar s && s.type() == ScalarType.NULL;
    }

    private static Node value(String key, Node base, Node over) {
        if (base instanceof MapNode b && over instanceof MapNode o) {
            return merge(b, o);
        }
        if (base instanceof ListNode b && over instanceof ListNode o && (BY_ID.contains(key) || BY_NAME.contains(key))) {
            return byKey(b, o, BY_ID.contains(key) ? "id" : "name");
        }
        return over;
    }

    private static ListNode byKey(ListNode base, ListNode over, String idKey) {
        List<Node> out = new ArrayList<>(base.items());
        for (Node o : over.items()) {
            String id = idOf(o, idKey);
            int match = -1;
            for (int i = 0; id != null && i < out.size(); i++) {
                if (id.equals(idOf(out.get(i), idKey))) {
                    match = i;
                    break;
                }
            }
            if (match >= 0) {
                out.set(match, merge((MapNode) out.get(match), (MapNode) o));
            } else {
                out.add(o);
            }
        }
        return ListNode.of(over.at(), out);
    }

    private static String idOf(Node n, String idKey) {
        if (n instanceof MapNode m && m.get(idKey) instanceof Scalar s && s.type() != ScalarType.NULL) {
            return s.text();
        }
        return null;
    }
}
