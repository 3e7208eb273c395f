/**
 * Monte Carlo runs of the negotiation model, paired comparisons of agreement designs and
 * parameter sweeps (docs/ODD.md, section 4, "Observation").
 *
 * <ul>
 *   <li>{@link io.github.bitforbit.montecarlo.MonteCarlo}: N runs of a scenario under a design
 *       on T threads, summarised by streaming statistics into an immutable
 *       {@link io.github.bitforbit.montecarlo.MonteCarloResult}: outcome shares with Wilson
 *       intervals, metric means, standard deviations, t-intervals and quantiles, the cumulative
 *       incidence of collapse and of completion by month (competing risks, Aalen-Johansen) and a
 *       breakdown of collapses by party and cause; for a coalition (several sanctioners), how
 *       often each member left while its side went on
 *       ({@link io.github.bitforbit.montecarlo.MemberDepartures}); optional precision stopping,
 *       per-run sink, progress listener and cancellation.</li>
 *   <li>{@link io.github.bitforbit.montecarlo.MonteCarlo#compare}: several designs on the same
 *       run seeds (common random numbers), with paired differences of outcome shares (Newcombe's
 *       method 10) and of metric means, as a {@link io.github.bitforbit.montecarlo.Comparison},
 *       and its {@link io.github.bitforbit.montecarlo.Verdict}: which designs are better on
 *       completion and collapse together, and where neither of two dominates.</li>
 *   <li>{@link io.github.bitforbit.montecarlo.Sweep}: a Monte Carlo at each point of a grid,
 *       Latin hypercube or Sobol design over parameter paths, and Sobol sensitivity indices of
 *       the collapse share.</li>
 * </ul>
 *
 * <p>Run k's seed is {@link io.github.bitforbit.montecarlo.RunSeeds#seed(long, long)
 * RunSeeds.seed(master, k)} (SplitMix64), and runs are folded into the statistics in run-index
 * order, so every figure is identical on any number of threads. Memory is independent of the
 * number of runs. Nothing here writes to the console or to files.
 */
package io.github.bitforbit.montecarlo;
