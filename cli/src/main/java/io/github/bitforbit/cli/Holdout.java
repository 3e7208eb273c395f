package io.github.bitforbit.cli;

import io.github.bitforbit.evidence.Posterior;
import io.github.bitforbit.evidence.Prior;
import io.github.bitforbit.evidence.RecordCalibration;
import io.github.bitforbit.montecarlo.RunSeeds;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The record likelihood of a case left out of a calibration, under its posterior: the weighted
 * mean over the posterior's particles of the share of the case's runs that match its record
 * (the posterior predictive probability of the record).
 *
 * @param name        the case's scenario name
 * @param probability the weighted mean share, in [0, 1]
 * @param matches     the runs that matched, over all particles
 * @param runs        the runs, over all particles
 */
record Holdout(String name, double probability, long matches, long runs) {
    /** Separates the holdout's run seeds from the calibration's. */
    private static final long SALT = 0x484F4C444F55544CL;

    /**
     * Runs the case at every particle, {@code runsPerParticle} runs each, particle i on the master
     * seed {@code RunSeeds.seed(seed ^ SALT, i)}; threads change no figure.
     */
    static Holdout of(RecordCalibration.Case c, List<Prior> priors, Posterior posterior, int runsPerParticle,
                      long seed, int threads) {
        RecordCalibration single = new RecordCalibration(List.of(c), priors, runsPerParticle);
        List<Posterior.Particle> particles = posterior.particles();
        double[] shares = new double[particles.size()];
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, particles.size()).parallel().forEach(i -> {
                double[] theta = particles.get(i).values().stream().mapToDouble(Double::doubleValue).toArray();
                shares[i] = single.summaries(theta, RunSeeds.seed(seed ^ SALT, i))[0];
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.interrupted("interrupted: no output written");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double weighted = 0;
        double total = 0;
        long matches = 0;
        for (int i = 0; i < shares.length; i++) {
            weighted += particles.get(i).weight() * shares[i];
            total += particles.get(i).weight();
            matches += Math.round(shares[i] * runsPerParticle);
        }
        return new Holdout(c.scenario().name(), weighted / total, matches, (long) runsPerParticle * shares.length);
    }

    /** {@return the line for the summary and the CSV comments} */
    String line() {
        return "holdout " + name + ": posterior predictive P(record) " + HistoryReport.share(probability) + " ("
                + Numbers.count(matches) + " of " + Numbers.count(runs) + " runs matched over the particles)";
    }
}
