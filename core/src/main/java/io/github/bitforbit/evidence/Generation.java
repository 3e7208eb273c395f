package io.github.bitforbit.evidence;

/**
 * One generation of an ABC-SMC calibration.
 *
 * @param index       the generation, from 0 (the draws from the prior)
 * @param tolerance   the distance below which particles are kept after this generation (epsilon_t)
 * @param acceptance  the share of this generation's new particles closer than the previous
 *                    tolerance (1 for generation 0), in [0, 1]; the stopping rule compares it
 *                    with the minimum acceptance
 * @param simulations the simulations this generation ran
 * @param ess         the effective sample size of the kept particles, {@code (sum w)^2 / sum w^2}
 */
public record Generation(int index, double tolerance, double acceptance, int simulations, double ess) {
}
