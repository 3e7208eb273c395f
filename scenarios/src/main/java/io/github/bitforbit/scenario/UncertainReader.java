package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.scenario.Node.ListNode;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.validation.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a scenario leaves uncertain: a distribution written in place of a number
 * ({@code discount: {uniform: [0.8, 0.95]}}) and the {@code uncertain} block of parameter paths
 * to distributions, each parameter once; then checks that every parameter stays valid over its
 * distribution's whole range.
 */
final class UncertainReader {
    private final List<UncertainParameter> uncertain = new ArrayList<>();
    /** Parameter path to the distribution's node. */
    private final Map<String, Node> uncertainAt = new LinkedHashMap<>();
    /** Parameter path to where the distribution is in the file. */
    private final Map<String, String> uncertainFilePath = new LinkedHashMap<>();
    private final FileProblems problems;

    UncertainReader(FileProblems problems) {
        this.problems = problems;
    }

    /** {@return the uncertain parameters read so far, in the order they were written} */
    List<UncertainParameter> parameters() {
        return uncertain;
    }

    /**
     * A distribution written in place of the number of {@code parameterPath}.
     *
     * @param d     the distribution's mapping
     * @param at    its path in the file
     * @param range what the number may be
     * @return the value the parameter takes when it is not drawn (the distribution's mean, within
     *         its range), or null if the distribution cannot be read (a problem is then recorded)
     */
    Double inPlace(String parameterPath, MapNode d, String at, Range range) {
        Distribution dist = distribution(d, at, range);
        if (dist == null) {
            return null;
        }
        if (uncertainAt.containsKey(parameterPath)) {
            problems.add(d, at, "already uncertain");
            return null;
        }
        declare(parameterPath, dist, d, at);
        double[] s = support(dist);
        return Math.max(s[0], Math.min(s[1], dist.mean()));
    }

    /** Reads the {@code uncertain} block, if there is one. */
    void block(Node n, SourceLocations where) {
        if (n == null) {
            return;
        }
        if (!(n instanceof MapNode m)) {
            problems.add(n, "uncertain", "expected a mapping of parameter paths to distributions, found " + n.describe());
            return;
        }
        where.put("uncertain", "uncertain", m);
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            String path = e.getKey();
            String at = "uncertain." + path;
            if (uncertainAt.containsKey(path)) {
                problems.add(m.keyAt(path), at, "already uncertain where it is written (" + uncertainFilePath.get(path) + ")");
                continue;
            }
            if (!(e.getValue() instanceof MapNode d)) {
                problems.add(e.getValue(), at, "expected a distribution such as {uniform: [low, high]}, found "
                        + e.getValue().describe());
                continue;
            }
            Distribution dist = distribution(d, at, Range.ANY);
            if (dist != null) {
                declare(path, dist, d, at);
            }
        }
    }

    private void declare(String parameterPath, Distribution dist, MapNode d, String at) {
        uncertain.add(new UncertainParameter(parameterPath, dist));
        uncertainAt.put(parameterPath, d);
        uncertainFilePath.put(parameterPath, at);
    }

    /** Every uncertain parameter must stay valid at both ends of its distribution's range. */
    void checkDraws(Scenario s) {
        for (UncertainParameter u : s.uncertainties()) {
            double[] ends = support(u.distribution());
            for (double v : ends) {
                try {
                    ParameterPath.set(s.withUncertainties(List.of()), u.path(), v);
                } catch (IllegalArgumentException e) {
                    problems.add(uncertainAt.get(u.path()), uncertainFilePath.getOrDefault(u.path(), "uncertain." + u.path()),
                            "the distribution " + u.distribution() + " reaches " + Range.number(v)
                                    + ", which is not allowed: " + FileProblems.strip(e.getMessage()));
                    break;
                }
            }
        }
    }

    private Distribution distribution(MapNode d, String at, Range range) {
        List<String> keys = Format.DISTRIBUTIONS.stream().map(Format.DistributionForm::key).toList();
        if (d.entries().size() != 1) {
            problems.add(d, at, "a distribution is a mapping with exactly one key, one of " + String.join(", ", keys)
                    + ", found " + d.entries().size());
            return null;
        }
        String key = d.entries().keySet().iterator().next();
        Optional<Format.DistributionForm> form = Format.DISTRIBUTIONS.stream().filter(x -> x.key().equals(key)).findFirst();
        if (form.isEmpty()) {
            problems.add(d.keyAt(key), at + "." + key, "unknown distribution '" + key + "'" + Suggestions.didYouMean(key, keys)
                    + " (known: " + String.join(", ", keys) + ")");
            return null;
        }
        Node v = d.get(key);
        List<String> params = form.get().parameters();
        String expect = key + " takes " + params.size() + " numbers [" + String.join(", ", params) + "]";
        if (!(v instanceof ListNode l) || l.items().size() != params.size()) {
            problems.add(v, at + "." + key, expect + ", found " + (v instanceof ListNode l2 ? l2.items().size() + " items"
                    : v.describe()));
            return null;
        }
        double[] x = new double[params.size()];
        for (int i = 0; i < x.length; i++) {
            Node item = l.items().get(i);
            if (!(item instanceof Scalar s) || !s.isNumber() || !Double.isFinite(((Number) s.value()).doubleValue())) {
                problems.add(item, at + "." + key + "[" + i + "]", expect + "; " + params.get(i) + " is " + item.describe());
                return null;
            }
            x[i] = ((Number) s.value()).doubleValue();
        }
        Distribution dist;
        try {
            switch (key) {
                case "uniform": dist = new Distribution.Uniform(x[0], x[1]); break;
                case "beta": dist = new Distribution.Beta(x[0], x[1]); break;
                case "truncatedNormal": dist = new Distribution.TruncatedNormal(x[0], x[1], x[2], x[3]); break;
                default: dist = new Distribution.Triangular(x[0], x[1], x[2]); break;
            }
        } catch (IllegalArgumentException e) {
            problems.add(v, at + "." + key, TreeReader.oneLine(e.getMessage()));
            return null;
        }
        double[] s = support(dist);
        if (!range.contains(s[0]) || !range.contains(s[1])) {
            problems.add(v, at + "." + key, "the distribution " + dist + " ranges over " + Range.number(s[0]) + ".."
                    + Range.number(s[1]) + ", outside the allowed " + range.describe());
            return null;
        }
        return dist;
    }

    /** {@return the lowest and highest value a distribution draws} */
    private static double[] support(Distribution d) {
        if (d instanceof Distribution.Uniform u) {
            return new double[] {u.low(), u.high()};
        }
        if (d instanceof Distribution.Beta) {
            return new double[] {0, 1};
        }
        if (d instanceof Distribution.TruncatedNormal t) {
            return new double[] {t.low(), t.high()};
        }
        Distribution.Triangular t = (Distribution.Triangular) d;
        return new double[] {t.low(), t.high()};
    }
}
