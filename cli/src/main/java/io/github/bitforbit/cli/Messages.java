package io.github.bitforbit.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error messages in the command line's own words: picocli's conversion errors
 * ({@code 'abc' is not a long}, {@code expected one of [TABLE, CSV]})
 * said the way the rest of the command line says them.
 */
final class Messages {

    private static final Pattern NOT_A_TYPE = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '([^']+)': '([^']*)' is not an? (long|int|integer|double|float|boolean)");
    private static final Pattern NOT_ONE_OF = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '([^']+)': expected one of \\[([^\\]]*)\\] "
                    + "\\(case-insensitive\\) but was '([^']*)'");

    private Messages() {
    }

    /** Rewrites picocli's type-conversion messages; other messages are returned unchanged. */
    static String plain(String message) {
        Matcher m = NOT_A_TYPE.matcher(message);
        if (m.find()) {
            String kind = m.group(3).startsWith("double") || m.group(3).startsWith("float") ? "a number"
                    : m.group(3).equals("boolean") ? "true or false" : "a whole number";
            return m.group(1) + ": '" + m.group(2) + "' is not " + kind;
        }
        m = NOT_ONE_OF.matcher(message);
        if (m.find()) {
            return m.group(1) + ": '" + m.group(3) + "' is not one of "
                    + m.group(2).toLowerCase(Locale.ROOT).replace("_", "-");
        }
        return message;
    }

}
