package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point of a {@link Sweep}'s design, before it is run: its index and the value of every swept
 * parameter. Its Monte Carlo is {@link Sweep#monteCarlo(SweepPoint)}.
 *
 * @param index  the point's index in the design, from 0
 * @param values the value of every swept parameter by path, in the order the parameters were
 *               added (types as in {@link SweepRow#values()})
 */
public record SweepPoint(int index, Map<String, Object> values) {

    /**
     * Copies the values, keeping their order.
     *
     * @param index see {@link #index()}
     * @param values see {@link #values()}
     */
    public SweepPoint {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    }

    /**
     * The scenario at this point: {@code base} with every value set, in order, by
     * {@link ParameterPath#set}.
     *
     * @param base the sweep's {@link Sweep#scenario() base scenario}
     * @return the point's scenario
     * @throws IllegalArgumentException if the scenario refuses a value
     */
    public Scenario applyTo(Scenario base) {
        Scenario s = base;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            s = ParameterPath.set(s, e.getKey(), e.getValue());
        }
        return s;
    }
}
