package io.github.bitforbit.examples;

import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.agents.StrategyType;

import java.util.Map;

/**
 * A strategy with per-run memory: it accepts what is worth it, counts the steps in which its
 * counterpart had defected, and walks out once it has counted {@code grudges} of them.
 */
public final class Grudging implements Strategy {
    private final int grudges;
    private int counted;

    Grudging(int grudges) {
        this.grudges = grudges;
    }

    @Override
    public String name() {
        return "grudging";
    }

    @Override
    public boolean accepts(Situation s) {
        return s.expectedUtility() > 0;
    }

    @Override
    public boolean walksOut(Situation s) {
        if (s.counterpartDefected()) {
            counted++;
        }
        return counted >= grudges;
    }

    @Override
    public Map<String, Double> parameters() {
        return Map.of("grudges", (double) grudges);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grudging g && g.grudges == grudges;
    }

    @Override
    public int hashCode() {
        return grudges;
    }

    @Override
    public Strategy instance() {
        return new Grudging(grudges);
    }

    @Override
    public void reset() {
        counted = 0;
    }

    /** {@code strategy: {name: grudging, grudges: N}}. */
    public static final class Type implements StrategyType {
        @Override
        public String name() {
            return "grudging";
        }

        @Override
        public String summary() {
            return "accepts what is worth it; walks out after N steps of counterpart defection";
        }

        @Override
        public Map<String, Double> defaults() {
            return Map.of("grudges", 3.0);
        }

        @Override
        public Strategy create(Map<String, Double> parameters) {
            return new Grudging((int) Math.round(parameters.get("grudges")));
        }
    }
}
