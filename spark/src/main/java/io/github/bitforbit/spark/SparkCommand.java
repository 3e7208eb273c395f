package io.github.bitforbit.spark;

import io.github.bitforbit.cli.CliException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * The {@code bitforbit-spark} command: the command line's {@code run}, {@code compare} and
 * {@code sweep}, their Monte Carlos on Spark, and the options that say how.
 */
@Command(name = "bitforbit-spark", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = io.github.bitforbit.cli.Version.class,
        description = "The bitforbit command line's run, compare and sweep on Apache Spark: the same options, the "
                + "same reports and sweep files, every figure identical to the local runner's. Submit with "
                + "spark-submit --class io.github.bitforbit.spark.Main bitforbit-spark.jar COMMAND ...",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  spark-submit --master spark://host:7077 --class io.github.bitforbit.spark.Main \\",
                "      bitforbit-spark.jar run dprk-2018 --runs 1000000 -o run.json",
                "  spark-submit ... bitforbit-spark.jar --partitions 64 sweep dprk-2018 \\",
                "      --vary parties.DPRK.trust.initial=0.1..0.9:9 -o trust.csv --resume",
                "",
                "Exit codes: 0 success, 1 failure while running, 2 bad usage or invalid input.",
                "Documentation: docs/SPARK.md"})
final class SparkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL",
            description = "the Spark master, e.g. local[2] or spark://host:7077 (default: spark-submit's --master)")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spark tasks per job (default: 4 per executor core); changes no figure")
    int partitions;

    @Option(names = "--runs-per-block", paramLabel = "N",
            description = "runs per block, the unit a task returns (default: ${DEFAULT-VALUE}); changes no figure")
    int runsPerBlock = BlockSizing.DEFAULT.runsPerBlock();

    @Option(names = "--runs-per-job", paramLabel = "N",
            description = "the most runs in one Spark job; a job's results wait on the driver until folded "
                    + "(default: ${DEFAULT-VALUE}); changes no figure")
    long runsPerJob = BlockSizing.DEFAULT.runsPerJob();

    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "Spark's log level on this driver: WARN, INFO, ERROR... (default: ${DEFAULT-VALUE})")
    String logLevel = "WARN";

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "show the stack trace of an error (also BITFORBIT_DEBUG=1)")
    boolean stacktrace;

    /** Without a command: the usage, on stderr, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return io.github.bitforbit.cli.BitForBit.USAGE;
    }

    /** The sizes the options give; a bad value is a usage error naming the option. */
    BlockSizing sizing() {
        if (partitions < 0) {
            throw CliException.usage("--partitions must be at least 1: " + partitions);
        }
        if (runsPerBlock < 1) {
            throw CliException.usage("--runs-per-block must be at least 1: " + runsPerBlock);
        }
        if (runsPerJob < 1) {
            throw CliException.usage("--runs-per-job must be at least 1: " + runsPerJob);
        }
        return new BlockSizing(partitions, runsPerBlock, runsPerJob);
    }
}
