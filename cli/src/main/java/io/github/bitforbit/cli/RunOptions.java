package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.MonteCarlo;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The Monte Carlo options of {@code run} and {@code compare}: runs or precision, seed, threads, quiet. */
public final class RunOptions {

    /** Runs when neither {@code --runs} nor {@code --precision} is given. */
    public static final long DEFAULT_RUNS = 10_000;
    /** The most runs with {@code --precision} and no {@code --runs}. */
    public static final long PRECISION_CAP = 1_000_000;

    @Option(names = {"-n", "--runs"}, paramLabel = "N",
            description = "number of runs (default " + DEFAULT_RUNS + "); with --precision, the most runs allowed "
                    + "(default " + PRECISION_CAP + ")")
    Long runs;

    @Option(names = "--precision", paramLabel = "E",
            description = "stop once the 95%% interval of the collapse share is at most +-E (e.g. 0.005 for "
                    + "half a point), checked every 1,000 runs")
    Double precision;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "master seed; the same seed gives the same figures on any number of threads "
                    + "(default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = {"-q", "--quiet"}, description = "no progress bar or notes on stderr")
    boolean quiet;

    /** {@return the runs asked for (or the cap with a precision target)} */
    public long runs() {
        if (runs != null) {
            return runs;
        }
        return precision != null ? PRECISION_CAP : DEFAULT_RUNS;
    }

    /** {@return the threads to use} */
    public int threads() {
        return threads.count();
    }

    /**
     * Checks the values.
     *
     * @throws CliException (exit 2) for a value out of range
     */
    public void check() {
        if (runs != null && runs < 1) {
            throw CliException.usage("--runs must be at least 1: " + runs);
        }
        if (precision != null && !(precision > 0 && precision < 0.5)) {
            throw CliException.usage("--precision must be between 0 and 0.5 (a half-width as a share, e.g. 0.01): "
                    + precision);
        }
        threads.check();
    }

    /**
     * Applies runs, precision, seed and threads to a Monte Carlo builder.
     *
     * @param mc the Monte Carlo builder
     * @return {@code mc}
     */
    public MonteCarlo apply(MonteCarlo mc) {
        mc.runs(runs()).seed(seed).threads(threads());
        if (precision != null) {
            mc.precision(precision);
        }
        return mc;
    }

    /**
     * Adds seed, runs, precision and threads to a provenance.
     *
     * @param p the provenance written with the results
     * @param runsDone the runs actually summarised
     * @return {@code p}
     */
    public Provenance describe(Provenance p, long runsDone) {
        p.with("seed", seed).with("runs", runsDone).with("requestedRuns", runs());
        p.with("precision", precision == null ? null : (Object) precision);
        return p.with("threads", threads());
    }
}
