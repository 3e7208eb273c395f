/**
 * Statistics for the Monte Carlo runner and parameter sweeps: confidence intervals for proportions
 * and means, streaming moments and quantiles, Kaplan-Meier survival curves and Aalen-Johansen
 * cumulative incidence for competing risks ({@link io.github.bitforbit.stats.CumulativeIncidence}),
 * paired comparisons of
 * two scenarios run on common random numbers, Sobol sensitivity indices and unit-cube designs.
 *
 * <p>Accumulators ({@link io.github.bitforbit.stats.RunningMoments},
 * {@link io.github.bitforbit.stats.KaplanMeier}, ...) are mutable and not thread-safe; give each
 * worker its own and combine them with {@code merge}. Values ({@link io.github.bitforbit.stats.Interval},
 * {@link io.github.bitforbit.stats.SurvivalPoint}, ...) are immutable records. Invalid arguments
 * throw {@link java.lang.IllegalArgumentException} with a message naming the argument and value.
 *
 * <p>Nothing here knows the model: {@code io.github.bitforbit.montecarlo} feeds these with the
 * outcomes and metrics of runs.
 */
package io.github.bitforbit.stats;
