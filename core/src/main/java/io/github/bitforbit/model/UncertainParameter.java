package io.github.bitforbit.model;

import io.github.bitforbit.validation.Validate;

/**
 * A numeric scenario parameter that is drawn per run instead of fixed (docs/ODD.md section 5):
 * run k takes the quantile of one uniform number from run k's own stream, so that results stay
 * a function of the seed.
 *
 * @param path         the parameter's path, e.g. {@code parties.DPRK.trust.initial}
 *                     (see {@link ParameterPath})
 * @param distribution what it is drawn from
 */
public record UncertainParameter(String path, Distribution distribution) {
    /**
     * Checks that both parts are present; whether the path exists is checked by the scenario.
     *
     * @param path         the parameter's path (printable text on one line)
     * @param distribution what it is drawn from (not null)
     * @throws IllegalArgumentException if either is missing
     */
    public UncertainParameter {
        Validate.id("uncertain.path", path);
        Validate.notNull("uncertain." + path, distribution);
    }
}
