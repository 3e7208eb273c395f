package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.MonteCarlo;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of every command that runs Monte Carlos ({@code run},
 * {@code compare}, {@code sweep}, {@code explore}): how many worker threads, which changes no
 * figure. One definition, so every command checks it against the same bound.
 */
public final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of processors); changes no figure")
    Integer threads;

    /**
     * Checks the value.
     *
     * @throws CliException (exit 2) outside 1..{@link MonteCarlo#MAX_THREADS}
     */
    public void check() {
        if (threads != null && (threads < 1 || threads > MonteCarlo.MAX_THREADS)) {
            throw CliException.usage("--threads must be between 1 and " + MonteCarlo.MAX_THREADS + ": " + threads);
        }
    }

    /** {@return the threads to use: the option's value, or the number of processors} */
    public int count() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
