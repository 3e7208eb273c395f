/**
 * The model against the historical record (docs/VALIDATION.md).
 *
 * <ul>
 *   <li>{@link io.github.bitforbit.evidence.ObservedRecord}: what happened in a case, in the
 *       model's terms (a scenario's {@code observed} block), and
 *       {@link io.github.bitforbit.evidence.RecordLikelihood}: how likely the model finds it,
 *       at three levels, with Monte Carlo intervals and a pooled log score.</li>
 *   <li>{@link io.github.bitforbit.evidence.AbcSmc}: calibration by approximate Bayesian
 *       computation (the adaptive population Monte Carlo of Lenormand et al. 2013) of any
 *       {@link io.github.bitforbit.evidence.Simulator} under
 *       {@link io.github.bitforbit.evidence.Prior}s over parameter paths, giving a weighted
 *       {@link io.github.bitforbit.evidence.Posterior}.</li>
 * </ul>
 *
 * <p>Every figure is a function of the inputs and the master seed, independent of the number of
 * threads. Nothing here writes to the console or to files.
 */
package io.github.bitforbit.evidence;
