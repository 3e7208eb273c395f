package io.github.bitforbit.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The formats of {@code run} and {@code compare} results. */
public enum OutputFormat {
    /** Aligned tables for a terminal (the default). */
    TABLE,
    /** One tidy CSV table after {@code #} provenance comments. */
    CSV,
    /** One JSON object. */
    JSON,
    /** Markdown tables. */
    MARKDOWN;

    /** {@return the lower-case name used on the command line} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the file name has an extension that names no format of these (e.g. {@code .yaml}):
     * not {@code .csv}, {@code .json}, {@code .md}, {@code .markdown} or {@code .txt}.
     *
     * @param file an output file name
     * @return true if its extension names none of these formats (a warning is due)
     */
    public static boolean misnamed(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && forFile(file) == TABLE && !n.endsWith(".txt");
    }

    /**
     * The format for an output file name: {@code .csv}, {@code .json}, {@code .md}/{@code .markdown},
     * otherwise the table format.
     *
     * @param file an output file name
     * @return the format the file name asks for
     */
    public static OutputFormat forFile(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return MARKDOWN;
        }
        return TABLE;
    }
}
