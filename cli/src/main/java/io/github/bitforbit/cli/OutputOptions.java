package io.github.bitforbit.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Where and how {@code run} and {@code compare} write their results and plot. */
public final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table, csv, json or markdown (default: from the --output extension "
                    + ".csv/.json/.md, else table)")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the results to FILE (atomically) instead of stdout")
    Path output;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "also draw a chart to FILE.png or FILE.svg")
    Path plot;

    /** {@return the format: as given, else from the output file's name, else the table} */
    public OutputFormat format() {
        if (format != null) {
            return format;
        }
        return output != null ? OutputFormat.forFile(output) : OutputFormat.TABLE;
    }

    /**
     * Checks, before any work, that the files can be written and the plot has a known extension.
     *
     * @throws CliException (exit 2) otherwise
     */
    public void check() {
        if (output != null) {
            AtomicOutput.checkWritable(output, "--output");
        }
        checkPlot(plot);
    }

    /** Checks a plot file name: {@code .png} or {@code .svg} in a writable directory. */
    static void checkPlot(Path plot) {
        if (plot == null) {
            return;
        }
        String n = plot.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!n.endsWith(".png") && !n.endsWith(".svg")) {
            throw CliException.usage("--plot " + plot + ": the file name must end in .png or .svg");
        }
        AtomicOutput.checkWritable(plot, "--plot");
    }

    /**
     * Writes the results to the output file, or to stdout.
     *
     * @param quiet true to print no note
     * @param stderr the error stream, for the note
     * @param stdout the output stream
     * @param text the text
     */
    public void emit(String text, PrintWriter stdout, PrintWriter stderr, boolean quiet) {
        if (output == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            AtomicOutput.write(output, text);
            if (!quiet) {
                stderr.println("bitforbit: wrote " + output);
                stderr.flush();
            }
        }
    }
}
