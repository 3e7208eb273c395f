package io.github.bitforbit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The {@code --vary PATH=SPEC} syntax shared by {@code sweep} and {@code robust}: one parser, so
 * both commands refuse the same inputs with the same messages.
 */
final class VaryOptions {

    private VaryOptions() {
    }

    /** {@return the path of each {@code PATH=SPEC}, in order (the text itself where there is no '=')} */
    static List<String> paths(List<String> vary) {
        List<String> out = new ArrayList<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            out.add(eq > 0 ? v.substring(0, eq).trim() : v);
        }
        return out;
    }

    /**
     * Hands every {@code PATH=SPEC} to {@code adder} (a sweep's or a robust comparison's
     * {@code vary}), turning its refusal into a usage error that names the option.
     *
     * @throws CliException (exit 2) for text that is not PATH=SPEC, or a spec the adder refuses
     */
    static void add(List<String> vary, BiConsumer<String, String> adder) {
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw CliException.usage("--vary '" + v + "' is not PATH=SPEC (e.g. --vary parties.DPRK.trust.initial=0.1..0.9:5)");
            }
            try {
                adder.accept(v.substring(0, eq).trim(), v.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--vary " + v + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Refuses a {@code --set} of a varied path: the varied value would override it at every point.
     *
     * @throws CliException (exit 2) naming the first such pair
     */
    static void checkNotSet(List<String> vary, List<String> sets) {
        List<String> varied = paths(vary);
        for (String set : sets) {
            int eq = set.indexOf('=');
            String path = eq > 0 ? set.substring(0, eq).trim() : set;
            if (varied.contains(path)) {
                throw CliException.usage("--set " + set + " and --vary " + path + "=... exclude each other: the "
                        + "varied value would override it at every point");
            }
        }
    }
}
