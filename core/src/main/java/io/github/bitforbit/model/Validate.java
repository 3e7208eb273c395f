package io.github.bitforbit.model;

import java.util.List;
import java.util.Objects;

/**
 * Fail-fast argument checks shared by the model's value types. Every message names the field
 * and the offending value, so that a bad scenario is reported where it is wrong.
 */
public final class Validate {
    private Validate() {
    }

    /** Requires {@code value} in [0, 1]. */
    public static double probability(String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + ": " + value + " is not a probability (0..1)");
        }
        return value;
    }

    /** Requires {@code value} in [lo, hi]. */
    public static double inRange(String field, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(field + ": " + value + " is outside " + lo + ".." + hi);
        }
        return value;
    }

    /** Requires a finite {@code value >= 0}. */
    public static double nonNegative(String field, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " must be a finite number >= 0");
        }
        return value;
    }

    /** Requires a finite {@code value > 0}. */
    public static double positive(String field, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " must be a finite number > 0");
        }
        return value;
    }

    /** Requires a finite value. */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " must be a finite number");
        }
        return value;
    }

    /** Requires {@code value >= min}. */
    public static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(field + ": " + value + " must be >= " + min);
        }
        return value;
    }

    /** Requires {@code min <= value <= max}. */
    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": " + value + " must be between " + min + " and " + max);
        }
        return value;
    }

    /** Requires a non-blank identifier. */
    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": an identifier is required");
        }
        return value;
    }

    /** Requires a non-null value. */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": a value is required");
        }
        return value;
    }

    /** An immutable copy of {@code list}, rejecting null elements. */
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
