package io.github.bitforbit.spark;

import io.github.bitforbit.cli.BitForBit;
import io.github.bitforbit.cli.CompareCommand;
import io.github.bitforbit.cli.RunCommand;
import io.github.bitforbit.cli.SweepCommand;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The spark-submit entry: {@code bitforbit-spark [SPARK OPTIONS] run|compare|sweep ...}, the
 * command line's commands with their Monte Carlos on Spark (see {@link SparkCommand} and
 * docs/SPARK.md).
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int code = execute(args, new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true),
                new PrintWriter(System.err, true));
        System.exit(code);
    }

    /**
     * Runs the command without exiting; Spark, if it was started, is stopped before returning.
     *
     * @param args the arguments
     * @param out  stdout
     * @param err  stderr
     * @return the exit code (as the command line's)
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        SparkCommand root = new SparkCommand();
        try (SparkEngine engine = new SparkEngine(root)) {
            CommandLine cl = new CommandLine(root);
            cl.addSubcommand("run", new RunCommand(engine));
            cl.addSubcommand("compare", new CompareCommand(engine));
            cl.addSubcommand("sweep", new SweepCommand(engine));
            BitForBit.configure(cl);
            return BitForBit.execute(cl, args, out, err, () -> null);
        }
    }
}
