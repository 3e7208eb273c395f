package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.PointRunner;
import io.github.bitforbit.rules.AgreementDesign;

/**
 * Where {@code run}, {@code compare} and {@code sweep} run their Monte Carlos: {@link #LOCAL} on
 * this machine's threads (the {@code bitforbit} command), or elsewhere, such as a Spark cluster
 * (bitforbit-spark's entry, which reuses these commands, so its reports and sweep files are the
 * command line's). An engine must give exactly the figures of the local runner for the same
 * settings.
 */
public interface MonteCarloEngine {

    /** This machine's threads: the core runner. */
    MonteCarloEngine LOCAL = new MonteCarloEngine() {
    };

    /**
     * Runs a Monte Carlo of its chosen design.
     *
     * @param monteCarlo the Monte Carlo, with its runs, seed and options set
     * @return its summary, equal to {@code monteCarlo.run()}
     */
    default MonteCarloResult run(MonteCarlo monteCarlo) {
        return monteCarlo.run();
    }

    /**
     * Runs several designs on the same run seeds.
     *
     * @param monteCarlo the Monte Carlo, with its runs, seed and options set
     * @param designs    two or more designs with distinct names
     * @return the comparison, equal to {@code monteCarlo.compare(designs)}
     */
    default Comparison compare(MonteCarlo monteCarlo, AgreementDesign... designs) {
        return monteCarlo.compare(designs);
    }

    /** {@return what runs a sweep's points} */
    default PointRunner points() {
        return PointRunner.LOCAL;
    }
}
