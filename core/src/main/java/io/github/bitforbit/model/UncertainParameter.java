package io.github.bitforbit.model;

/**
 * A numeric scenario parameter that is drawn per run instead of fixed.
 *
 * @param path         the parameter's path, e.g. {@code parties.DPRK.trust.initial}
 *                     (see {@link ParameterPath})
 * @param distribution what it is drawn from
 */
public record UncertainParameter(String path, Distribution distribution) {
    public UncertainParameter {
        Validate.id("uncertain.path", path);
        Validate.notNull("uncertain." + path, distribution);
    }
}
