package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.stats.LatinHypercube;
import io.github.bitforbit.stats.SobolDesign;
import io.github.bitforbit.stats.UnitDesign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a {@link Sweep}'s points lie: the axes' specs parsed and checked, whole-number axes
 * detected, and the parameter values of a grid index or of a unit point of a space-filling
 * design.
 */
final class SweepPoints {
    private SweepPoints() {
    }

    static void check(List<SweepAxis> axes, boolean grid) {
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("axes must not be empty: add a parameter with vary(path, spec)");
        }
        if (grid) {
            for (SweepAxis a : axes) {
                if (a.levels() < 1) {
                    throw new IllegalArgumentException("axis '" + a.path() + "' has no levels for a grid: write "
                            + "lo..hi:n");
                }
            }
        }
    }

    /** Detects whole-number axes and checks every axis's end values and entries; before any run. */
    static List<Boolean> prepare(List<SweepAxis> axes, Scenario scenario) {
        List<Boolean> whole = new ArrayList<>(axes.size());
        for (SweepAxis a : axes) {
            whole.add(a.checkIn(scenario));
        }
        return whole;
    }

    static List<Object> gridValues(List<SweepAxis> axes, int index, List<Boolean> whole) {
        Object[] values = new Object[axes.size()];
        int rest = index;
        for (int d = axes.size() - 1; d >= 0; d--) {
            SweepAxis a = axes.get(d);
            int level = rest % a.levels();
            rest /= a.levels();
            Object v;
            if (a.isRange()) {
                double x = a.level(level);
                v = whole.get(d) ? (Object) (int) Math.round(x) : (Object) x;
            } else {
                v = a.values().get(level);
                if (whole.get(d)) {
                    v = (int) Math.round(((Number) v).doubleValue());
                }
            }
            values[d] = v;
        }
        return List.of(values);
    }

    static List<Object> unitValues(List<SweepAxis> axes, double[] u, List<Boolean> whole) {
        List<Object> values = new ArrayList<>(axes.size());
        for (int d = 0; d < axes.size(); d++) {
            values.add(axes.get(d).at(u[d], whole.get(d)));
        }
        return values;
    }

    /** A point's values by path, in the order of the axes. */
    static SweepPoint named(List<SweepAxis> axes, int index, List<Object> values) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int a = 0; a < axes.size(); a++) {
            named.put(axes.get(a).path(), values.get(a));
        }
        return new SweepPoint(index, named);
    }

    /** The unit design of a Latin hypercube (seeded from the master seed) or Sobol sampling; null for a grid. */
    static UnitDesign unitDesign(boolean latinHypercube, boolean sobol, int points, int dimensions, long seed) {
        if (latinHypercube) {
            return new LatinHypercube(points, dimensions, RunSeeds.mix(seed ^ 0x4C48535F53454544L));
        }
        return sobol ? new SobolDesign(points, dimensions) : null;
    }
}
