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

    /**
     * Its name in files and on the command line.
     *
     * @return e.g. {@code "spiteful"}; it must not clash with a built-in
     */
    String name();

    /**
     * What {@code describe} and listings say about it.
     *
     * @return one line saying what it does
     */
    String summary();

    /**
     * Its numeric parameters: the keys files may set under its name.
     *
     * @return each parameter's default by name, in a fixed order (empty: none)
     */
    Map<String, Double> defaults();

    /**
     * A strategy of this type.
     *
     * @param parameters a value for every key of {@link #defaults()} (missing ones filled with
     *                   the defaults before the call)
     * @return the strategy
     * @throws IllegalArgumentException if a value is out of the parameter's range
     */
    Strategy create(Map<String, Double> parameters);
}
