package io.github.bitforbit.scenario;

import java.util.Locale;

/**
 * The allowed values of a numeric field, with the one-line message for a value outside them.
 *
 * @param min         lower bound (may be {@code -Infinity})
 * @param minOpen     whether the lower bound itself is excluded
 * @param max         upper bound (may be {@code +Infinity})
 * @param maxOpen     whether the upper bound itself is excluded
 * @param probability whether this is the probability range 0..1 (for the message)
 * @param infinite    whether {@code +Infinity} ({@code .inf}) is allowed as well
 */
record Range(double min, boolean minOpen, double max, boolean maxOpen, boolean probability, boolean infinite) {

    Range(double min, boolean minOpen, double max, boolean maxOpen, boolean probability) {
        this(min, minOpen, max, maxOpen, probability, false);
    }

    static final Range ANY = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, false);
    static final Range PROBABILITY = new Range(0, false, 1, false, true);
    static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, false, false);
    static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, false, false);
    /** [0, 1): a share that cannot be whole. */
    static final Range BELOW_ONE = new Range(0, false, 1, true, false);
    /** (0, 1]. */
    static final Range ABOVE_ZERO_TO_ONE = new Range(0, true, 1, false, false);

    static Range atLeast(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false, false);
    }

    static Range between(double min, double max) {
        return new Range(min, false, max, false, false);
    }

    boolean contains(double v) {
        if (v == Double.POSITIVE_INFINITY && infinite) {
            return true;
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return false;
        }
        boolean lo = minOpen ? v > min : v >= min;
        boolean hi = maxOpen ? v < max : v <= max;
        return lo && hi;
    }

    /** The message for a value outside the range, quoting it as written. */
    String violation(String written) {
        if (probability) {
            return written + " is not a probability (0..1)";
        }
        if (infinite) {
            return written + " must be " + describe();
        }
        if (Double.isInfinite(max)) {
            return written + " must be a finite number " + (Double.isInfinite(min) ? "" : (minOpen ? "> " : ">= ") + number(min)).trim();
        }
        return written + " is outside " + describe();
    }

    /** A short human description: {@code 0..1}, {@code >= 0}, {@code [0, 1)}. */
    String describe() {
        if (probability) {
            return "0..1";
        }
        if (Double.isInfinite(min) && Double.isInfinite(max)) {
            return "any finite number";
        }
        if (Double.isInfinite(max)) {
            return (minOpen ? "> " : ">= ") + number(min) + (infinite ? " or .inf" : "");
        }
        if (!minOpen && !maxOpen) {
            return number(min) + ".." + number(max);
        }
        return (minOpen ? "(" : "[") + number(min) + ", " + number(max) + (maxOpen ? ")" : "]");
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
