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
            description = "write the results to FILE (atomically) instead of stdout; - is stdout")
    Path output;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "also draw a chart to FILE.png or FILE.svg")
    Path plot;

    /** {@return the format: as given, else from the output file's name, else the table} */
    public OutputFormat format() {
        if (format != null) {
            return format;
        }
        return output != null && !AtomicOutput.isStdout(output) ? OutputFormat.forFile(output) : OutputFormat.TABLE;
    }

    /**
     * Checks, before any work, that the files can be written, that the output's name tells its
     * format (or {@code --format} does), and that the plot has a known extension.
     *
     * @throws CliException (exit 2) otherwise
     */
    public void check() {
        checkTarget(output, "--output");
        if (output != null && format == null && !AtomicOutput.isStdout(output) && OutputFormat.misnamed(output)) {
            // e.g. out.yaml: guessing the table would write a file that its name misdescribes
            throw CliException.usage("--output " + output + ": the name does not tell the format (.csv, .json, .md "
                    + "or .txt); give --format table, csv, json or markdown");
        }
        checkPlot(plot);
        if (toFile() && plot != null && AtomicOutput.target(output).equals(AtomicOutput.target(plot))) {
            throw CliException.usage("--output and --plot name the same file, " + plot);
        }
    }

    /**
     * Checks, before the scenario runs, that neither the output nor the plot is a file the scenario
     * was read from.
     *
     * @param s the scenario, with the files it was read from
     * @throws CliException (exit 2) otherwise
     */
    public void checkNotInput(LoadedScenario s) {
        s.checkNotInput(output, "--output");
        s.checkNotInput(plot, "--plot");
    }

    /**
     * Checks an output option before any work: {@code -} (stdout), or a file that can be written.
     *
     * @throws CliException (exit 2) otherwise
     */
    static void checkTarget(Path file, String option) {
        if (file != null && !AtomicOutput.isStdout(file)) {
            AtomicOutput.checkWritable(file, option);
        }
    }

    /**
     * Writes text to stdout (no file, or {@code -}) or atomically to the file.
     *
     * @return whether it went to a file
     */
    static boolean emit(Path file, String text, PrintWriter stdout) {
        if (file == null || AtomicOutput.isStdout(file)) {
            stdout.print(text);
            stdout.flush();
            return false;
        }
        AtomicOutput.write(file, text);
        return true;
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
     * @param text   the results, formatted
     * @param stdout the output stream, used without {@code --output} or with {@code -}
     * @param stderr the error stream, for the "wrote FILE" note
     * @param quiet  true to print no note
     */
    public void emit(String text, PrintWriter stdout, PrintWriter stderr, boolean quiet) {
        if (emit(output, text, stdout) && !quiet) {
            stderr.println("bitforbit: wrote " + output);
            stderr.flush();
        }
    }

    /** {@return whether the results go to a file rather than stdout} */
    public boolean toFile() {
        return output != null && !AtomicOutput.isStdout(output);
    }
}
