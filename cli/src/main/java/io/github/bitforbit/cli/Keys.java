package io.github.bitforbit.cli;

import java.util.Locale;

/**
 * The one case convention of data keys in every output (JSON keys, CSV column, section and
 * statistic names, provenance keys): lowerCamelCase, e.g. {@code runsPerPoint},
 * {@code reliefDeliveredMean}. Names of things (scenarios, rule sets, outcomes, metrics, causes,
 * parameter paths) keep their own spelling, e.g. {@code relief-delivered}.
 */
final class Keys {

    private Keys() {
    }

    /**
     * A name in lowerCamelCase: words split at hyphens, underscores and spaces, e.g.
     * {@code relief-delivered} and {@code NO_CLEAR_DIFFERENCE} become {@code reliefDelivered} and
     * {@code noClearDifference}.
     */
    static String camel(String name) {
        String[] words = name.split("[-_ ]+");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            b.append(b.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return b.toString();
    }
}
