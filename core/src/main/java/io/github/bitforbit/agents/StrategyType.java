package io.github.bitforbit.agents;

import java.util.Map;

/**
 * A named kind of {@link Strategy} that scenario files, sweeps and the command line can use
 * (docs/ODD.md section 4, "Extending"). Register one with {@link Strategies#register} or list its
 * class in {@code META-INF/services/io.github.bitforbit.agents.StrategyType}; the name then works
 * as {@code strategy: {name: ..., PARAMETER: ...}} and its parameters as sweep paths
 * {@code parties.ID.strategy.PARAMETER}.
 */
public interface StrategyType {

    /** Its name in files, e.g. {@code "spiteful"}; must not clash with a built-in. */
    String name();

    /** One line saying what it does. */
    String summary();

    /** Its numeric parameters and their defaults (empty: none), in a fixed order. */
    Map<String, Double> defaults();

    /** A strategy with {@code parameters} (every default key present). */
    Strategy create(Map<String, Double> parameters);
}
