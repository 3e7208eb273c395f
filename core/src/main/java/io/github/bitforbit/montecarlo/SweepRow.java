package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.OutcomeKind;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of a sweep and its Monte Carlo summary.
 *
 * @param index  the point's index in the design, from 0 (rows may be delivered to a sink in
 *               completion order; sort by index to restore design order)
 * @param values the value of every swept parameter at this point, by path, in the order the
 *               parameters were added: a {@link Double} for a continuous parameter, an
 *               {@link Integer} for a whole-number one (such as {@code horizon} or
 *               {@code parties.ID.patience}), a {@link String} for a design name ({@code ruleSet})
 * @param result the Monte Carlo at this point
 */
public record SweepRow(int index, Map<String, Object> values, MonteCarloResult result) {

    /**
     * Copies the values, keeping their order.
     *
     * @param index see {@link #index()}
     * @param values see {@link #values()}
     * @param result see {@link #result()}
     */
    public SweepRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@return the collapse share at this point, in [0, 1]} */
    public double collapseShare() {
        return result.share(OutcomeKind.COLLAPSED).estimate();
    }
}
