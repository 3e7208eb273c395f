package io.github.bitforbit.scenario;

import java.util.List;
import java.util.Set;

/**
 * One key of the scenario format: the single definition that the loader reads by, the writer
 * writes by, and from which the JSON Schema and the field reference of docs/SCENARIOS.md are
 * generated.
 *
 * @param name           the key
 * @param kind           what its value is
 * @param unit           unit or meaning of the number ("" if none)
 * @param range          allowed numbers (numeric kinds only; {@link Range#ANY} otherwise)
 * @param defaultValue   the value when absent (null: required, or absence has a meaning given by
 *                       {@code defaultText})
 * @param defaultText    how the default is shown in the docs when it is not a plain value ("" to
 *                       show {@code defaultValue})
 * @param description    what it means, one sentence
 * @param choices        allowed words of a {@link Kind#CHOICE}
 * @param object         the element of an {@link Kind#OBJECT} or {@link Kind#OBJECTS}
 * @param variants       values of the enclosing object's discriminator for which this key
 *                       applies (empty: all)
 * @param required       whether it must be present
 * @param distributable  whether a distribution may stand for the number
 */
record Field(String name, Kind kind, String unit, Range range, Object defaultValue, String defaultText,
             String description, List<String> choices, ObjectSpec object, Set<String> variants, boolean required,
             boolean distributable) {

    /** What a key holds. */
    enum Kind {
        /** A real number (or, if distributable, a distribution). */
        NUMBER("number"),
        /** A whole number. */
        INTEGER("integer"),
        /** Free text. */
        TEXT("text"),
        /** An identifier. */
        ID("id"),
        /** true or false. */
        BOOLEAN("boolean"),
        /** One word from a fixed list. */
        CHOICE("choice"),
        /** A list of identifiers. */
        IDS("list of ids"),
        /** A list of texts. */
        TEXTS("list of texts"),
        /** A nested mapping. */
        OBJECT("mapping"),
        /** A list of mappings. */
        OBJECTS("list of mappings"),
        /** A whole number of steps >= 1, or the word {@code irreversible}. */
        STEPS("integer or 'irreversible'"),
        /** A strategy name, or a mapping of {@code name} and the strategy's parameters. */
        STRATEGY("strategy"),
        /** A design name (template or own rule set), or an inline rule set. */
        DESIGN("name or rule set"),
        /** A list of triggers, each {@code "when C then A"} or a mapping {@code {when: C, then: A}}. */
        RULES("list of rules"),
        /** A mapping from parameter path to distribution. */
        UNCERTAIN("mapping of path to distribution");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    Field {
        choices = choices == null ? List.of() : List.copyOf(choices);
        variants = variants == null ? Set.of() : Set.copyOf(variants);
        unit = unit == null ? "" : unit;
        defaultText = defaultText == null ? "" : defaultText;
        range = range == null ? Range.ANY : range;
    }

    /** Whether this key applies to an object whose discriminator has value {@code variant}. */
    boolean appliesTo(String variant) {
        return variants.isEmpty() || variant == null || variants.contains(variant);
    }

    /** The default as shown in the docs. */
    String shownDefault() {
        if (!defaultText.isEmpty()) {
            return defaultText;
        }
        if (required) {
            return "required";
        }
        if (defaultValue == null) {
            return "none";
        }
        if ("".equals(defaultValue)) {
            return "\"\"";
        }
        if (defaultValue instanceof Double d) {
            return Range.number(d);
        }
        if (defaultValue instanceof List<?> l) {
            return l.isEmpty() ? "[]" : l.toString();
        }
        return String.valueOf(defaultValue);
    }

    double defaultNumber() {
        return ((Number) defaultValue).doubleValue();
    }

    int defaultInteger() {
        return ((Number) defaultValue).intValue();
    }

    // ---- fluent construction, used by Format only ----

    static Field number(String name, String unit, Range range, double def, String description) {
        return new Field(name, Kind.NUMBER, unit, range, def, "", description, null, null, null, false, true);
    }

    static Field integer(String name, String unit, Range range, Integer def, String description) {
        return new Field(name, Kind.INTEGER, unit, range, def, "", description, null, null, null, false, false);
    }

    static Field of(String name, Kind kind, Object def, String description) {
        return new Field(name, kind, "", Range.ANY, def, "", description, null, null, null, false, false);
    }

    static Field choice(String name, List<String> choices, String def, String description) {
        return new Field(name, Kind.CHOICE, "", Range.ANY, def, "", description, choices, null, null, false, false);
    }

    static Field object(String name, Kind kind, ObjectSpec spec, String description) {
        return new Field(name, kind, "", Range.ANY, null, "", description, null, spec, null, false, false);
    }

    Field mandatory() {
        return new Field(name, kind, unit, range, defaultValue, defaultText, description, choices, object, variants,
                true, distributable);
    }

    Field shownAs(String text) {
        return new Field(name, kind, unit, range, defaultValue, text, description, choices, object, variants,
                required, distributable);
    }

    Field only(Set<String> values) {
        return new Field(name, kind, unit, range, defaultValue, defaultText, description, choices, object, values,
                required, distributable);
    }

    Field fixed() {
        return new Field(name, kind, unit, range, defaultValue, defaultText, description, choices, object, variants,
                required, false);
    }
}
