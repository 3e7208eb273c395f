package io.github.bitforbit.scenario;

import io.github.bitforbit.model.ParameterSpec;

import java.util.Objects;

/**
 * One numeric parameter of a scenario with its descriptor (docs/ODD.md section 9,
 * docs/SCENARIOS.md): where it lives, and its unit, valid range, default and meaning. Built by
 * {@link Scenarios#parameters}; tools that present parameters (sliders, tables, forms) take them
 * from here instead of keeping their own list.
 *
 * @param path     its {@link io.github.bitforbit.model.ParameterPath}, e.g.
 *                 {@code parties.DPRK.trust.initial} or {@code concessions.yongbyon.verifiability}
 * @param spec       its descriptor: {@link ParameterSpec#name()} is the key a file writes (e.g.
 *                   {@code trust.initial})
 * @param hasDefault whether a file that leaves the key out gets {@link ParameterSpec#defaultValue()};
 *                   false when a file must give it (a step's verifiability) or when leaving it
 *                   out means something else (a tranche's political cost is then its weight),
 *                   and the descriptor's default is only a placeholder
 */
public record ScenarioParameter(String path, ParameterSpec spec, boolean hasDefault) {

    /**
     * Checks that path and descriptor are there.
     *
     * @param path see {@link #path()}
     * @param spec see {@link #spec()}
     * @param hasDefault see {@link #hasDefault()}
     */
    public ScenarioParameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(spec, "spec");
    }
}
