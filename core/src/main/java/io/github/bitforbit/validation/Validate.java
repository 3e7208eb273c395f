package io.github.bitforbit.validation;

import java.util.List;
import java.util.Objects;

/**
 * Fail-fast argument checks shared by the model's value types. Every message names the field
 * and the offending value, so that a bad scenario is reported where it is wrong.
 */
public final class Validate {
    private Validate() {
    }

    /**
     * Requires {@code value} in [0, 1].
     *
     * @param field what the message names, e.g. {@code "parties.DPRK.trust.initial"}
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if it is outside [0, 1] or NaN
     */
    public static double probability(String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a probability (0..1)");
        }
        return value;
    }

    /**
     * Requires {@code value} in [lo, hi].
     *
     * @param field what the message names, e.g. {@code "parties.DPRK.trust.initial"}
     * @param value the value to check
     * @param lo the smallest allowed
     * @param hi the largest allowed
     * @return {@code value}
     * @throws IllegalArgumentException if it is outside [lo, hi] or NaN
     */
    public static double inRange(String field, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(field + ": " + value + " is outside " + lo + ".." + hi);
        }
        return value;
    }

    /**
     * Requires a finite {@code value >= 0}.
     *
     * @param field what the message names, e.g. {@code "parties.DPRK.trust.initial"}
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if it is negative, infinite or NaN
     */
    public static double nonNegative(String field, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " must be a finite number >= 0");
        }
        return value;
    }

    /**
     * Requires a finite {@code value > 0}.
     *
     * @param field what the message names, e.g. {@code "parties.DPRK.trust.initial"}
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if it is 0 or less, infinite or NaN
     */
    public static double positive(String field, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " must be a finite number > 0");
        }
        return value;
    }

    /**
     * Requires a finite value.
     *
     * @param field what the message names, e.g. {@code "parties.DPRK.trust.initial"}
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if it is infinite or NaN
     */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " must be a finite number");
        }
        return value;
    }

    /**
     * Requires {@code value >= min}.
     *
     * @param field what the message names, e.g. {@code "parties.DPRK.trust.initial"}
     * @param value the value to check
     * @param min the smallest allowed
     * @return {@code value}
     * @throws IllegalArgumentException if it is below {@code min}
     */
    public static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(field + ": " + value + " must be >= " + min);
        }
        return value;
    }

    /**
     * Requires {@code min <= value <= max}.
     *
     * @param field what the message names, e.g. {@code "parties.DPRK.trust.initial"}
     * @param value the value to check
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return {@code value}
     * @throws IllegalArgumentException if it is outside [min, max]
     */
    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": " + value + " must be between " + min + " and " + max);
        }
        return value;
    }

    /**
     * Requires a non-blank identifier of printable text on one line (see {@link #unprintable}).
     *
     * @param field what the message names, e.g. {@code "parties.DPRK.trust.initial"}
     * @param value the identifier, e.g. a party or concession id
     * @return {@code value}
     * @throws IllegalArgumentException if it is null, blank, or not printable on one line
     */
    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": an identifier is required");
        }
        String bad = unprintable(value, false);
        if (bad != null) {
            throw new IllegalArgumentException(field + ": " + bad);
        }
        return value;
    }

    /**
     * What makes {@code text} unfit to print on a terminal or in a line-oriented output, or null
     * if nothing does: a control character (NUL, escape, ...; a tab or line break only where
     * {@code multiline} allows it), a line or paragraph separator on one line, or an invisible
     * formatting character such as a bidirectional override, which can make printed text read
     * differently from what it is.
     *
     * @param text      text read from a scenario file or given by a user
     * @param multiline whether tabs and line breaks are allowed (free text such as a description)
     * @return e.g. {@code "it contains U+202E (a formatting character) at position 4"}, or null
     */
    public static String unprintable(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            String what = null;
            if (type == Character.CONTROL && !(multiline && (c == '\n' || c == '\t' || c == '\r'))) {
                what = c == '\n' || c == '\r' ? "a line break" : "a control character";
            } else if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                what = multiline ? null : "a line break";
            } else if (type == Character.FORMAT && (!multiline || isBidiControl(c))) {
                what = "an invisible formatting character";
            }
            if (what != null) {
                return "it contains U+" + String.format("%04X", c) + " (" + what + ") at position "
                        + (text.codePointCount(0, i) + 1) + (multiline ? "" : "; it must be printable text on one line");
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Requires a non-null value.
     *
     * @param <T>   its type
     * @param field what the message names
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if it is null
     */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": a value is required");
        }
        return value;
    }

    /**
     * An immutable copy of {@code list}, rejecting null elements.
     *
     * @param <T>   its element type
     * @param field what the message names; an element is named {@code field[i]}
     * @param list  the list (not null)
     * @return a read-only copy
     * @throws IllegalArgumentException if an element is null
     * @throws NullPointerException     if the list itself is null
     */
    public static <T> List<T> list(String field, List<T> list) {
        Objects.requireNonNull(list, field);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "]: a value is required");
            }
        }
        return List.copyOf(list);
    }
}
