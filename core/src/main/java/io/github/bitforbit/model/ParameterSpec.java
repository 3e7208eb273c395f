package io.github.bitforbit.model;

/**
 * The descriptor of one numeric parameter of an agent type (docs/ODD.md section 9): what the file
 * format, the JSON Schema, validation, sweep and uncertain paths and the parameter table know
 * about it.
 *
 * @param name         its key, e.g. {@code "vetoLift"} (path {@code parties.ID.vetoLift})
 * @param unit         its unit, e.g. {@code "probability"}, {@code "share"}, {@code "steps"}
 * @param min          smallest allowed value
 * @param max          largest allowed value
 * @param defaultValue its value when a file leaves it out, in [min, max]
 * @param doc          one line saying what it means in the model
 */
public record ParameterSpec(String name, String unit, double min, double max, double defaultValue, String doc) {

    public ParameterSpec {
        Validate.id("parameter name", name);
        Validate.notNull("unit of " + name, unit);
        Validate.notNull("doc of " + name, doc);
        if (!(min <= max) || !(defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue + " outside ["
                    + min + ", " + max + "]");
        }
    }

    /** A probability in [0, 1]. */
    public static ParameterSpec probability(String name, double defaultValue, String doc) {
        return new ParameterSpec(name, "probability", 0, 1, defaultValue, doc);
    }

    /** The problem with {@code value} at {@code path}, or null if it is allowed. */
    public Problem check(String path, double value) {
        if (Double.isNaN(value) || value < min || value > max) {
            return new Problem(path, "must be in [" + text(min) + ", " + text(max) + "] (" + unit + "), got "
                    + text(value));
        }
        return null;
    }

    private static String text(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
