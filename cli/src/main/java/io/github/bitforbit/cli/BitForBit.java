package io.github.bitforbit.cli;

import io.github.bitforbit.scenario.ScenarioException;
import io.github.bitforbit.validation.Suggestions;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The {@code bitforbit} command line: {@code list}, {@code describe}, {@code validate}, {@code run},
 * {@code compare}, {@code sweep}, {@code check-history}, {@code calibrate}, {@code trace}, {@code schema} and {@code generate-completion}.
 * A thin layer over the library: it parses options, calls the public API and formats the results.
 *
 * <p>Exit codes: {@value #OK} success, {@value #FAILURE} failure while running, {@value #USAGE} bad
 * usage or invalid input, {@value #INTERRUPTED} interrupted. Results go to stdout (or
 * {@code --output}); progress, notes and errors to stderr. An error is one line,
 * {@code bitforbit: error: ...}, with a stack trace only with {@code --stacktrace} or
 * {@code BITFORBIT_DEBUG=1}.
 */
@Command(name = "bitforbit", mixinStandardHelpOptions = true, versionProvider = Version.class, scope = ScopeType.INHERIT,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Simulate step-for-step (\"bit-for-bit\") sanctions-relief negotiations: lift sanctions "
                + "step by step, or hold everything until the end?",
        subcommands = {ListCommand.class, DescribeCommand.class, ValidateCommand.class, RunCommand.class,
                CompareCommand.class, SweepCommand.class, RobustCommand.class, CheckHistoryCommand.class, CalibrateCommand.class, TraceCommand.class, ExploreCommand.class, SchemaCommand.class,
                AutoComplete.GenerateCompletion.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  bitforbit list",
                "  bitforbit compare dprk-2018 --rule-sets all-or-nothing,bit-for-bit",
                "  bitforbit run dprk-2018 --rule-set bit-for-bit --runs 20000 --plot run.png",
                "  bitforbit trace demo --seed 3",
                "  source <(bitforbit generate-completion)     # tab completion in bash or zsh",
                "",
                "Exit codes: 0 success, 1 failure while running, 2 bad usage or invalid input,",
                "130 interrupted.",
                "Documentation: docs/CLI.md"})
public final class BitForBit implements Callable<Integer> {

    /** Success. */
    public static final int OK = 0;
    /** A failure while running. */
    public static final int FAILURE = 1;
    /** Bad usage or invalid input. */
    public static final int USAGE = 2;
    /** Interrupted (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "show the stack trace of an error (also BITFORBIT_DEBUG=1)")
    boolean stacktrace;

    /** Without a command: the usage, on stderr, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * Runs the command line and exits with its code (unless a signal is already shutting the JVM down).
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Interrupts.install();
        StdoutStream stdout = new StdoutStream();
        int code = execute(args, new PrintWriter(new OutputStreamWriter(stdout, Charset.defaultCharset()), true),
                new PrintWriter(System.err, true), stdout::failure);
        Interrupts.finished();
        if (Interrupts.signalled()) {
            return;
        }
        Interrupts.exiting();
        System.exit(code);
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the arguments
     * @param out  stdout
     * @param err  stderr
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, () -> null);
    }

    /**
     * Runs the command line; a command whose output could not be written to {@code out} fails
     * (exit 1) with one line, whatever it returned.
     *
     * @param why why writing to {@code out} failed, if it knows (else null)
     */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Supplier<String> why) {
        return execute(commandLine(), args, out, err, why);
    }

    /**
     * Runs a command line built on these commands (another program's, such as bitforbit-spark's
     * entry) with this one's error handling: one-line errors, the same exit codes.
     *
     * @param cl   the command line, configured as {@link #configure} does
     * @param args the arguments
     * @param out  stdout
     * @param err  stderr
     * @param why  why writing to {@code out} failed, if it knows (else null)
     * @return the exit code
     */
    public static int execute(CommandLine cl, String[] args, PrintWriter out, PrintWriter err, Supplier<String> why) {
        boolean debug = Arrays.asList(args).contains("--stacktrace") || "1".equals(System.getenv("BITFORBIT_DEBUG"));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine, debug));
        cl.setParameterExceptionHandler((e, a) -> badUsage(e, debug));
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable e) {
            // an Error (out of memory, no more threads) escapes picocli; it too is one line
            code = failed(e, cl, debug);
        }
        out.flush();
        if (out.checkError()) {
            String reason = why.get();
            err.println("bitforbit: error: cannot write to stdout" + (reason == null ? "" : ": " + reason));
            err.flush();
            return code == OK ? FAILURE : code;
        }
        return code;
    }

    /** {@return the configured picocli command line (for tests and completion)} */
    public static CommandLine commandLine() {
        CommandLine cl = configure(new CommandLine(new BitForBit()));
        CommandLine completion = cl.getSubcommands().get("generate-completion");
        completion.getCommandSpec().usageMessage().hidden(false);
        completion.getCommandSpec().usageMessage().description(
                "Print a bash/zsh completion script for bitforbit: source <(bitforbit generate-completion)");
        return cl;
    }

    /**
     * Sets what every bit-for-bit command line has: case-insensitive enum values, no abbreviated
     * options, the help text's layout.
     *
     * @param cl a command line of these commands
     * @return {@code cl}
     */
    public static CommandLine configure(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        HelpText.install(cl);
        return cl;
    }

    private static int badUsage(ParameterException e, boolean debug) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        if (debug) {
            e.printStackTrace(err);
        }
        if (e instanceof CommandLine.UnmatchedArgumentException && cl.getParent() == null
                && !((CommandLine.UnmatchedArgumentException) e).getUnmatched().isEmpty()
                && !((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0).startsWith("-")) {
            String unknown = ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0);
            err.println("bitforbit: error: unknown command '" + unknown + "'"
                    + Suggestions.didYouMean(unknown, cl.getSubcommands().keySet()) + " (commands: "
                    + String.join(", ", cl.getSubcommands().keySet()) + ")");
        } else {
            err.println("bitforbit: error: " + Messages.plain(oneLine(e.getMessage())));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        }
        String name = cl.getCommandSpec().qualifiedName();
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    static int failed(Throwable e, CommandLine cl, boolean debug) {
        PrintWriter err = cl.getErr();
        ProgressBar.clearCurrent();
        if (debug) {
            e.printStackTrace(err);
        }
        int code;
        String message;
        if (e instanceof CliException) {
            CliException c = (CliException) e;
            c.details().forEach(err::println);
            code = c.exitCode();
            message = c.getMessage();
            if (debug && c.getCause() != null) {
                c.getCause().printStackTrace(err);
            }
        } else if (e instanceof ScenarioException) {
            ((ScenarioException) e).problems().forEach(err::println);
            code = USAGE;
            message = "invalid scenario";
        } else if (Interrupts.cancelled()) {
            code = INTERRUPTED;
            message = "interrupted";
        } else if (cause(e, OutOfMemoryError.class) != null) {
            code = FAILURE;
            String what = oneLine(cause(e, OutOfMemoryError.class).getMessage());
            message = what.contains("native thread")
                    ? "cannot start more threads (" + what + "): give fewer --threads"
                    : "out of memory (" + what + "): ask for less (runs, points, horizon) or give Java more memory "
                            + "(java -Xmx...)";
        } else {
            code = FAILURE;
            message = (e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage()))
                    + (debug ? "" : " (run with --stacktrace for details)");
        }
        err.println((code == INTERRUPTED ? "bitforbit: " : "bitforbit: error: ") + message);
        err.flush();
        return code;
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
