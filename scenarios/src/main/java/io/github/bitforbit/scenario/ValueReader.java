package io.github.bitforbit.scenario;

import io.github.bitforbit.scenario.Node.ListNode;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;
import io.github.bitforbit.validation.Suggestions;
import io.github.bitforbit.validation.Validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the keys of one mapping of the format by their {@link Field} descriptors: which keys a
 * mapping may have, and each value as what its field says it is (a nested mapping, a list of
 * them, a number or a distribution, a whole number, a text, an identifier, a boolean, one of a
 * set of words, a list of ids or texts). A value that is not what its field says is recorded as
 * a problem where it is written; the reader then goes on with the field's default or null.
 */
final class ValueReader {
    private final FileProblems problems;
    private final UncertainReader uncertain;

    /**
     * @param problems  where problems are recorded
     * @param uncertain what reads a distribution written in place of a number
     */
    ValueReader(FileProblems problems, UncertainReader uncertain) {
        this.problems = problems;
        this.uncertain = uncertain;
    }

    /** {@return where problems are recorded} */
    FileProblems problems() {
        return problems;
    }

    /**
     * Records every key of {@code m} that {@code spec} (for {@code variant}, its discriminator's
     * value, if it has one) does not have, and every required key that is missing.
     */
    void checkKeys(MapNode m, ObjectSpec spec, String variant, String path) {
        boolean unknownVariant = !spec.discriminator().isEmpty() && variant == null;
        if (unknownVariant && m.get(spec.discriminator()) == null) {
            // without it the entry could only be dropped, and everything else would run without it
            problems.add(m, path, "missing required key '" + spec.discriminator() + "'");
        }
        List<Field> applicable = unknownVariant ? spec.fields() : spec.applicable(variant);
        List<String> names = applicable.stream().map(Field::name).distinct().toList();
        for (String key : m.entries().keySet()) {
            if (names.contains(key)) {
                continue;
            }
            String at = join(path, key);
            Optional<Field> other = spec.field(key);
            if (other.isPresent() && variant != null) {
                String owners = String.join(" or ", other.get().variants().stream().sorted().toList());
                problems.add(m.keyAt(key), at, "'" + key + "' is a key of " + article(owners) + ", not of "
                        + article(variant));
            } else {
                problems.add(m.keyAt(key), at, "unknown key '" + Node.excerpt(key) + "'" + Suggestions.didYouMean(key, names)
                        + (Suggestions.closest(key, names).isPresent() ? "" : " (expected one of " + String.join(", ", names) + ")"));
            }
        }
        for (Field f : applicable) {
            if (f.required() && !unknownVariant && !m.entries().containsKey(f.name()) && !(spec == Format.SCENARIO && f.name().equals("name"))
                    && !(spec == Format.RULE_SET && f.name().equals("name"))) {
                problems.add(m, path, "missing required key '" + f.name() + "'");
            }
        }
    }

    /** The mapping under {@code key}, or null if there is none or it is not a mapping (a problem). */
    MapNode object(MapNode parent, String key, String path) {
        if (parent == null) {
            return null;
        }
        Node n = parent.get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof MapNode m) {
            return m;
        }
        problems.add(n, join(path, key), "expected a mapping, found " + n.describe());
        return null;
    }

    /** The mapping under {@code key} with its keys checked against {@code spec}, or null as {@link #object}. */
    MapNode section(MapNode parent, String key, ObjectSpec spec, String path) {
        MapNode m = object(parent, key, path);
        if (m != null) {
            checkKeys(m, spec, null, join(path, key));
        }
        return m;
    }

    /** The mappings of a list of objects; an item that is not a mapping is a problem, and null in the list. */
    List<MapNode> objects(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        String at = join(path, f.name());
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof ListNode l)) {
            problems.add(n, at, "expected a list, found " + n.describe());
            return List.of();
        }
        List<MapNode> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            Node item = l.items().get(i);
            if (item instanceof MapNode m) {
                out.add(m);
            } else {
                problems.add(item, at + "[" + i + "]", "expected a mapping (one " + f.object().name() + "), found "
                        + item.describe());
                out.add(null);
            }
        }
        return out;
    }

    /**
     * A number, or the default if it is absent or wrong (a problem is then recorded). With a
     * {@code parameterPath}, a field that may be uncertain may hold a distribution instead.
     */
    double number(MapNode parent, Field f, String path, String parameterPath) {
        Node n = parent == null ? null : parent.get(f.name());
        String at = join(path, f.name());
        double def = f.defaultValue() == null ? 0.0 : f.defaultNumber();
        if (n == null) {
            return def;
        }
        if (n instanceof MapNode d && f.distributable() && parameterPath != null) {
            Double v = uncertain.inPlace(parameterPath, d, at, f.range());
            return v == null ? def : v;
        }
        if (n instanceof Scalar t && !t.isNumber() && f.range().infinite() && isInfinity(t.text())) {
            // infinity written as text: JSON has no infinity, and a writer may spell it Infinity
            return Double.POSITIVE_INFINITY;
        }
        if (!(n instanceof Scalar s) || !s.isNumber()) {
            problems.add(n, at, "expected a number" + (f.distributable() && parameterPath != null
                    ? " or a distribution such as {uniform: [low, high]}" : "") + ", found " + n.describe());
            return def;
        }
        double v = ((Number) s.value()).doubleValue();
        if (!Double.isFinite(v) && !(v == Double.POSITIVE_INFINITY && f.range().infinite())) {
            problems.add(n, at, s.text() + " is not a finite number");
            return def;
        }
        if (!f.range().contains(v)) {
            problems.add(n, at, f.range().violation(s.text()));
            return def;
        }
        return v;
    }

    /** "a tranche", "an aid", "an exercise-suspension". */
    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    private static boolean isInfinity(String text) {
        try {
            return io.github.bitforbit.model.ParameterPath.number(text) == Double.POSITIVE_INFINITY;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A whole number in the field's range, its default if absent, or null if it is wrong (a problem). */
    Integer integer(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        String at = join(path, f.name());
        if (n == null) {
            return f.defaultValue() == null ? null : f.defaultInteger();
        }
        if (!(n instanceof Scalar s) || s.type() != ScalarType.INTEGER) {
            problems.add(n, at, "expected a whole number, found " + n.describe());
            return null;
        }
        Number v = (Number) s.value();
        boolean fits = (v instanceof Integer || v instanceof Long) && v.longValue() <= Integer.MAX_VALUE - 1
                && v.longValue() >= Integer.MIN_VALUE;
        if (!fits && Double.isInfinite(f.range().max()) && !s.text().trim().startsWith("-")) {
            problems.add(n, at, Node.excerpt(s.text()) + " is too large (at most " + (Integer.MAX_VALUE - 1) + ")");
            return null;
        }
        if (!fits || !f.range().contains(v.doubleValue())) {
            problems.add(n, at, f.range().violation(Node.excerpt(s.text())).replace("a finite number ", ""));
            return null;
        }
        return v.intValue();
    }

    /** A printable text (a title on one line), its default if absent, or null if it is wrong (a problem). */
    String text(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        if (n == null) {
            return (String) f.defaultValue();
        }
        if (!(n instanceof Scalar s) || s.type() == ScalarType.NULL) {
            problems.add(n, join(path, f.name()), "expected a text, found " + n.describe());
            return null;
        }
        // a title is printed as one line (a trace's header); a description may have several
        String bad = Validate.unprintable(s.text(), !f.name().equals("title"));
        if (bad != null) {
            problems.add(n, join(path, f.name()), bad);
            return null;
        }
        return s.text();
    }

    /** An identifier: a text on one line, not blank; null if absent or wrong (a problem). */
    String id(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        if (n instanceof Scalar s && s.type() != ScalarType.NULL && !s.text().isBlank() && unprintableId(n, s.text(),
                join(path, f.name()))) {
            return null;
        }
        String t = text(parent, f, path);
        if (t != null && t.isBlank()) {
            problems.add(parent.get(f.name()), join(path, f.name()), "an identifier cannot be blank");
            return null;
        }
        return t;
    }

    /** Records a problem if an id or name is not printable text on one line. */
    private boolean unprintableId(Node n, String id, String path) {
        String bad = Validate.unprintable(id, false);
        if (bad != null) {
            problems.add(n, path, "'" + Node.excerpt(id) + "' is not a valid identifier: " + bad);
        }
        return bad != null;
    }

    /** True or false; {@code def} if absent or wrong (a problem). */
    boolean bool(MapNode parent, Field f, String path, boolean def) {
        Node n = parent.get(f.name());
        if (n == null) {
            return def;
        }
        if (!(n instanceof Scalar s) || s.type() != ScalarType.BOOLEAN) {
            problems.add(n, join(path, f.name()), "expected true or false, found " + n.describe());
            return def;
        }
        return (Boolean) s.value();
    }

    /** One of the field's words, its default if absent, or null if it is another (a problem, with a suggestion). */
    String choice(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        if (n == null) {
            return (String) f.defaultValue();
        }
        if (!(n instanceof Scalar s) || s.type() != ScalarType.STRING || !f.choices().contains(s.text())) {
            String found = n instanceof Scalar s ? "'" + s.text() + "'" : n.describe();
            String hint = n instanceof Scalar s ? Suggestions.didYouMean(s.text(), f.choices()) : "";
            problems.add(n, join(path, f.name()), found + " is not one of " + String.join(", ", f.choices()) + hint);
            return null;
        }
        return s.text();
    }

    /** A list of identifiers; an item that is not one is a problem and left out. */
    List<String> ids(MapNode parent, Field f, String path) {
        return strings(parent, f, path, true);
    }

    /** A list of printable texts; an item that is not one is a problem and left out. */
    List<String> texts(MapNode parent, Field f, String path) {
        return strings(parent, f, path, false);
    }

    private List<String> strings(MapNode parent, Field f, String path, boolean ids) {
        Node n = parent.get(f.name());
        String at = join(path, f.name());
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof ListNode l)) {
            problems.add(n, at, "expected a list" + (ids ? " of ids" : " of texts") + ", found " + n.describe());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            Node item = l.items().get(i);
            if (item instanceof Scalar s && s.type() != ScalarType.NULL && !(ids && s.text().isBlank())) {
                String bad = ids ? null : Validate.unprintable(s.text(), true);
                if (bad != null) {
                    problems.add(item, at + "[" + i + "]", bad);
                } else if (!ids || !unprintableId(item, s.text(), at + "[" + i + "]")) {
                    out.add(s.text());
                }
            } else {
                problems.add(item, at + "[" + i + "]", "expected " + (ids ? "an id" : "a text") + ", found " + item.describe());
            }
        }
        return out;
    }

    /** {@return the path of {@code key} within {@code path} (just the key at the top)} */
    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
