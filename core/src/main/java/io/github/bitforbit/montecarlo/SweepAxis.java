package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One swept parameter: either a numeric range {@code [low, high]} with {@code levels} grid
 * levels, or a list of values (numbers, or design names for {@code ruleSet}).
 *
 * @param path   the parameter path
 * @param low    lower end of a range (NaN for a value list)
 * @param high   upper end of a range, {@code >= low} (NaN for a value list)
 * @param levels grid levels of a range ({@code >= 1}; 0 if given without {@code :n}, usable
 *               only by Latin hypercube and Sobol designs), or the number of values of a list
 * @param values the entries of a value list, in order (empty for a range)
 */
public record SweepAxis(String path, double low, double high, int levels, List<Object> values) {

    /**
     * Checks the fields and copies the list.
     *
     * @param path see {@link #path()}
     * @param low see {@link #low()}
     * @param high see {@link #high()}
     * @param levels see {@link #levels()}
     * @param values see {@link #values()}
     */
    public SweepAxis {
        Objects.requireNonNull(path, "path");
        values = Collections.unmodifiableList(new ArrayList<>(values));
        if (values.isEmpty()) {
            if (!(Double.isFinite(low) && Double.isFinite(high) && low <= high)) {
                throw new IllegalArgumentException(path + ": need finite low <= high: " + low + ".." + high);
            }
            if (levels < 0) {
                throw new IllegalArgumentException(path + ": levels must be >= 0: " + levels);
            }
        } else {
            if (levels != values.size()) {
                throw new IllegalArgumentException(path + ": levels must equal the number of values: " + levels);
            }
            for (Object v : values) {
                Objects.requireNonNull(v, "values");
            }
        }
    }

    /**
     * A range of numbers.
     *
     * @param path   the parameter path
     * @param low    lower end, finite
     * @param high   upper end, {@code >= low}
     * @param levels grid levels ({@code low} and {@code high} included when {@code >= 2}; one
     *               level is the midpoint), {@code >= 1}
     * @return the axis
     */
    public static SweepAxis range(String path, double low, double high, int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException(path + ": levels must be >= 1: " + levels);
        }
        return new SweepAxis(path, low, high, levels, List.of());
    }

    /**
     * A list of values: numbers, or design names for {@code ruleSet}.
     *
     * @param path   the parameter path
     * @param values at least one value
     * @return the axis
     */
    public static SweepAxis values(String path, Object... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(path + ": values must not be empty");
        }
        return new SweepAxis(path, Double.NaN, Double.NaN, values.length, List.of(values));
    }

    /**
     * Parses a spec: {@code "lo..hi:n"} (n evenly spaced levels from lo to hi), {@code "lo..hi"}
     * (a continuous range, for Latin hypercube and Sobol designs only) or {@code "a,b,c"} (a
     * list; entries that parse as numbers become numbers, others stay strings, such as design
     * names). Whitespace around parts is ignored.
     *
     * @param path the parameter path
     * @param spec the spec, e.g. {@code "0.1..0.9:5"} or {@code "all-or-nothing,bit-for-bit"}
     * @return the axis: levels, or a continuous range with NaN levels
     * @throws IllegalArgumentException naming the spec if it cannot be parsed
     */
    public static SweepAxis parse(String path, String spec) {
        Objects.requireNonNull(path, "path");
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("spec for '" + path + "' must not be empty");
        }
        String s = spec.trim();
        int dots = s.indexOf("..");
        if (dots >= 0) {
            try {
                String rest = s.substring(dots + 2);
                int colon = rest.indexOf(':');
                double lo = Double.parseDouble(s.substring(0, dots).trim());
                double hi = Double.parseDouble((colon >= 0 ? rest.substring(0, colon) : rest).trim());
                int n = colon >= 0 ? Integer.parseInt(rest.substring(colon + 1).trim()) : 0;
                if (colon >= 0 && n < 1) {
                    throw new IllegalArgumentException("spec '" + spec + "' for '" + path
                            + "': the number of levels must be >= 1");
                }
                if (!(lo <= hi)) {
                    throw new IllegalArgumentException("spec '" + spec + "' for '" + path
                            + "': lo must not exceed hi");
                }
                return new SweepAxis(path, lo, hi, n, List.of());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("spec '" + spec + "' for '" + path
                        + "' is not lo..hi:n (e.g. 0.1..0.9:5)", e);
            }
        }
        List<Object> values = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            String p = part.trim();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("spec '" + spec + "' for '" + path + "' has an empty entry");
            }
            Object v;
            try {
                v = ParameterPath.number(p);
            } catch (NumberFormatException e) {
                v = p;
            }
            values.add(v);
        }
        return new SweepAxis(path, Double.NaN, Double.NaN, values.size(), values);
    }

    /**
     * Level {@code i} of a range's grid, computed in decimal from the ends as given, so that
     * {@code 0.1..0.9:9} has the level 0.3, not 0.30000000000000004: the midpoint for one level,
     * else {@code low + i (high - low) / (levels - 1)}, rounded once to the nearest double.
     *
     * @param i the level, in {@code [0, levels)}
     * @return its value
     */
    public double level(int i) {
        if (!isRange() || i < 0 || i >= levels) {
            throw new IllegalArgumentException(path + ": no grid level " + i);
        }
        java.math.BigDecimal lo = new java.math.BigDecimal(Double.toString(low));
        java.math.BigDecimal hi = new java.math.BigDecimal(Double.toString(high));
        if (levels == 1) {
            return lo.add(hi).divide(java.math.BigDecimal.valueOf(2), java.math.MathContext.DECIMAL128).doubleValue();
        }
        java.math.BigDecimal step = hi.subtract(lo).multiply(java.math.BigDecimal.valueOf(i))
                .divide(java.math.BigDecimal.valueOf(levels - 1), java.math.MathContext.DECIMAL128);
        return lo.add(step).doubleValue();
    }

    /** {@return whether this is a numeric range (rather than a value list)} */
    public boolean isRange() {
        return values.isEmpty();
    }

    /**
     * The value at unit coordinate {@code u} of a space-filling design, as documented on
     * {@link Sweep}: {@code low + u (high - low)} for a range, one of the whole numbers in the
     * range for a whole-number parameter, entry {@code min(floor(u m), m - 1)} of a list of m.
     *
     * @param u           the coordinate, in [0, 1]
     * @param wholeNumber whether the parameter takes whole numbers only
     * @return the value: a Double, an Integer for a whole number, or a list entry
     */
    public Object at(double u, boolean wholeNumber) {
        if (!isRange()) {
            int i = (int) Math.min(Math.floor(u * values.size()), values.size() - 1);
            Object v = values.get(Math.max(0, i));
            return wholeNumber ? (Object) (int) Math.round(((Number) v).doubleValue()) : v;
        }
        if (wholeNumber) {
            double lo = Math.ceil(low);
            double count = Math.floor(high) - lo + 1;
            double i = Math.max(0, Math.min(Math.floor(u * count), count - 1));
            return (int) (lo + i);
        }
        return low + u * (high - low);
    }

    /**
     * Checks, before any run, that the scenario accepts this axis's values: a range at its two ends
     * (rounded inwards on a whole-number parameter), a list at every entry. A bad axis is then named
     * by its bad end or entry, by a sweep and a robust comparison alike, rather than by the first
     * point that falls past it.
     *
     * @param scenario the scenario the axis varies
     * @return whether the path is a whole-number parameter (its values are then rounded)
     * @throws IllegalArgumentException naming the path and the value refused
     */
    public boolean checkIn(Scenario scenario) {
        boolean whole = !ParameterPath.RULE_SET.equals(path) && ParameterPath.isWholeNumber(scenario, path);
        if (isRange()) {
            double lo = whole ? Math.ceil(low) : low;
            double hi = whole ? Math.floor(high) : high;
            if (lo > hi) {
                throw new IllegalArgumentException(path + ": the range " + low + ".." + high + " holds no whole number");
            }
            ParameterPath.set(scenario, path, lo);
            ParameterPath.set(scenario, path, hi);
        } else {
            for (Object v : values) {
                ParameterPath.set(scenario, path, whole ? (Object) (int) Math.round(((Number) v).doubleValue()) : v);
            }
        }
        return whole;
    }
}
