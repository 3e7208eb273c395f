package io.github.bitforbit.cli.explore;

import io.github.bitforbit.model.Scenario;

import java.util.List;

/**
 * Which parameters of a scenario the explorer offers as sliders, with unit, range and meaning.
 *
 * <p>Today's catalog is {@link DocumentedParameters}, built from the parameter table of
 * docs/ODD.md section 9. When the model carries its own per-agent parameter descriptors, an
 * implementation over them replaces it here and nothing else in the explorer changes.
 */
public interface ParameterCatalog {

    /**
     * The key parameters of this scenario, every one of them a valid path of it, in display order.
     *
     * @param scenario the scenario (after any overrides: the values are its current ones)
     * @return the parameters, possibly empty
     */
    List<KeyParameter> parameters(Scenario scenario);
}
