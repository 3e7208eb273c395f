package io.github.bitforbit.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** The base of every subcommand: its streams (stdout for results, stderr for notes) and exit code. */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Results go here. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Progress, notes, warnings and errors go here. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints a note on stderr, {@code bitforbit: } first. */
    void note(String text) {
        err().println("bitforbit: " + text);
        err().flush();
    }

    @Override
    public final Integer call() throws Exception {
        execute();
        return BitForBit.OK;
    }

    /** Does the work; failures are {@link CliException}s (or anything else, exit 1). */
    abstract void execute() throws Exception;
}
