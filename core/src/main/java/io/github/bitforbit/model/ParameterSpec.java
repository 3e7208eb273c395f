package io.github.bitforbit.model;

import io.github.bitforbit.validation.Problem;
import io.github.bitforbit.validation.Validate;

/**
 * The descriptor of one numeric parameter of an agent type (docs/ODD.md section 9): what the file
 * format, the JSON Schema, validation, sweep and uncertain paths and the parameter table know
 * about it.
 *
 * @param name         its key, e.g. {@code "vetoLift"} (path {@code parties.ID.vetoLift})
 * @param unit         its unit, e.g. {@code "probability"}, {@code "share"}, {@code "steps"}
 * @param min          smallest allowed value (may be {@code -Infinity})
 * @param minOpen      whether {@code min} itself is excluded
 * @param max          largest allowed value (may be {@code +Infinity})
 * @param maxOpen      whether {@code max} itself is excluded
 * @param defaultValue its value when a file leaves it out, within the range
 * @param whole        whether it takes whole numbers only (steps, counts)
 * @param doc          one line saying what it means in the model
 * @param infinite     whether {@code +Infinity} itself is allowed (a limit with a meaning, such as
 *                     the best response of an infinite decision precision); requires {@code max}
 *                     to be {@code +Infinity}
 */
public record ParameterSpec(String name, String unit, double min, boolean minOpen, double max, boolean maxOpen,
                            double defaultValue, boolean whole, String doc, boolean infinite) {

    /**
     * Checks that the descriptor is complete and its default is allowed.
     *
     * @param name         its key
     * @param unit         its unit (empty for a pure number)
     * @param min          smallest allowed value
     * @param minOpen      whether {@code min} is excluded
     * @param max          largest allowed value (&gt;= min)
     * @param maxOpen      whether {@code max} is excluded
     * @param defaultValue its default, within the range
     * @param whole        whether it takes whole numbers only
     * @param doc          what it means
     * @param infinite     whether {@code +Infinity} is allowed
     * @throws IllegalArgumentException if a text is missing, the default is outside the range, or
     *                                  infinity is allowed below a finite maximum
     */
    public ParameterSpec {
        Validate.notNull("parameter name", name);
        Validate.notNull("unit of " + name, unit);
        Validate.notNull("doc of " + name, doc);
        if (infinite && max != Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("parameter " + name + ": infinity allowed above a finite maximum " + max);
        }
        if (!(min <= max) || !(allows(min, minOpen, max, maxOpen, defaultValue)
                || infinite && defaultValue == Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue + " outside "
                    + range(min, minOpen, max, maxOpen));
        }
    }

    /**
     * A parameter of finite values only (the descriptor of versions before {@code infinite}).
     *
     * @param name         its key
     * @param unit         its unit (empty for a pure number)
     * @param min          smallest allowed value
     * @param minOpen      whether {@code min} is excluded
     * @param max          largest allowed value (&gt;= min)
     * @param maxOpen      whether {@code max} is excluded
     * @param defaultValue its default, within the range
     * @param whole        whether it takes whole numbers only
     * @param doc          what it means
     * @throws IllegalArgumentException if a text is missing or the default is outside the range
     */
    public ParameterSpec(String name, String unit, double min, boolean minOpen, double max, boolean maxOpen,
                         double defaultValue, boolean whole, String doc) {
        this(name, unit, min, minOpen, max, maxOpen, defaultValue, whole, doc, false);
    }


    /**
     * A parameter with real values in the closed interval [min, max].
     *
     * @param name         its key, e.g. {@code "vetoLift"}
     * @param unit         its unit, e.g. {@code "probability"}
     * @param min          smallest allowed value
     * @param max          largest allowed value
     * @param defaultValue its default, within [min, max]
     * @param doc          one line saying what it means in the model
     * @throws IllegalArgumentException if the default is outside [min, max]
     */
    public ParameterSpec(String name, String unit, double min, double max, double defaultValue, String doc) {
        this(name, unit, min, false, max, false, defaultValue, false, doc);
    }

    /**
     * A probability: unit {@code "probability"}, values in [0, 1].
     *
     * @param name         its key
     * @param defaultValue its default, 0 to 1
     * @param doc          one line saying what it is the probability of
     * @return the descriptor
     * @throws IllegalArgumentException if the default is outside [0, 1]
     */
    public static ParameterSpec probability(String name, double defaultValue, String doc) {
        return new ParameterSpec(name, "probability", 0, 1, defaultValue, doc);
    }

    /**
     * Whether a value is allowed.
     *
     * @param value a candidate value
     * @return true if it is finite, in range and, if it must be, whole; or it is {@code +Infinity}
     *         and {@link #infinite()} allows that
     */
    public boolean allows(double value) {
        if (value == Double.POSITIVE_INFINITY && infinite) {
            return true;
        }
        return allows(min, minOpen, max, maxOpen, value) && (!whole || value == Math.rint(value));
    }

    private static boolean allows(double min, boolean minOpen, double max, boolean maxOpen, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return false;
        }
        return (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
    }

    /**
     * The range in words, for messages and tables.
     *
     * @return e.g. {@code [0, 1]}, {@code >= 0}, {@code (0, 1]} or {@code any}
     */
    public String range() {
        return range(min, minOpen, max, maxOpen) + (infinite ? " or .inf" : "");
    }

    private static String range(double min, boolean minOpen, double max, boolean maxOpen) {
        if (Double.isInfinite(min) && Double.isInfinite(max)) {
            return "any";
        }
        if (Double.isInfinite(max)) {
            return (minOpen ? "> " : ">= ") + text(min);
        }
        return (minOpen ? "(" : "[") + text(min) + ", " + text(max) + (maxOpen ? ")" : "]");
    }

    /**
     * Checks a value read for this parameter.
     *
     * @param path  where it was read, e.g. {@code parties.Congress.vetoLift}
     * @param value the value read
     * @return the problem (range, unit and value in words), or null if it is allowed
     */
    public Problem check(String path, double value) {
        if (!allows(value)) {
            return new Problem(path, "must be " + (whole ? "a whole number " : "") + "in " + range() + " (" + unit
                    + "), got " + text(value));
        }
        return null;
    }

    /** A number as people write it: {@code 1}, {@code 0.25}. */
    static String text(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
