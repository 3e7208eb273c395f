package io.github.bitforbit.montecarlo;

import java.util.List;

/**
 * Several designs run on the same scenario and the same run seeds (common random numbers).
 *
 * @param results one Monte Carlo summary per design, in the order the designs were given; each is
 *                exactly what {@link MonteCarlo#run()} would return for that design alone
 * @param pairs   every pair {@code (i, j)} with {@code i < j}, in lexicographic order: design i
 *                against design j
 */
public record Comparison(List<MonteCarloResult> results, List<PairedComparison> pairs) {

    /**
     * Copies the lists.
     *
     * @param results see {@link #results()}
     * @param pairs see {@link #pairs()}
     */
    public Comparison {
        results = List.copyOf(results);
        pairs = List.copyOf(pairs);
    }

    /**
     * The summary of one design.
     *
     * @param design the design's name, e.g. {@code "bit-for-bit"}
     * @return its Monte Carlo summary, on the comparison's common run seeds
     * @throws IllegalArgumentException if no design has that name
     */
    public MonteCarloResult result(String design) {
        for (MonteCarloResult r : results) {
            if (r.design().equals(design)) {
                return r;
            }
        }
        throw new IllegalArgumentException("design '" + design + "' is not in this comparison");
    }

    /**
     * The comparison of two designs, as {@code a} minus {@code b}; if the pair was stored the other
     * way round, it is mirrored (differences and intervals negated, onlyA and onlyB swapped).
     *
     * @param a the first design's name
     * @param b the second design's name
     * @return the paired differences {@code a - b} of outcome shares and metric means
     * @throws IllegalArgumentException if either design is not in this comparison
     */
    public PairedComparison pair(String a, String b) {
        for (PairedComparison p : pairs) {
            if (p.designA().equals(a) && p.designB().equals(b)) {
                return p;
            }
            if (p.designA().equals(b) && p.designB().equals(a)) {
                return mirror(p);
            }
        }
        throw new IllegalArgumentException("no comparison of '" + a + "' with '" + b + "'");
    }

    /**
     * The verdict: which designs dominate on completion and collapse together, and where neither
     * of two designs dominates.
     *
     * @return the verdict of this comparison
     */
    public Verdict verdict() {
        return Verdict.of(results, pairs);
    }

    /**
     * A short summary for people: the scenario and runs, each design's outcome shares, then the
     * verdict's sentences, one a line, e.g.
     * <pre>
     * dprk-2018: 10,000 paired runs, seed 0
     *   all-or-nothing  completed 12.0%  collapsed 55.1%  stalled 32.9%
     *   bit-for-bit     completed 53.1%  collapsed 20.2%  stalled 26.7%
     *   bit-for-bit is the better design: ...
     * </pre>
     */
    @Override
    public String toString() {
        MonteCarloResult first = results.get(0);
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%s: %,d paired runs, seed %d",
                first.scenario(), first.runs(), first.seed()));
        int width = results.stream().mapToInt(r -> r.design().length()).max().orElse(0);
        for (MonteCarloResult r : results) {
            b.append(String.format(java.util.Locale.ROOT, "\n  %-" + width + "s", r.design()));
            for (io.github.bitforbit.engine.OutcomeKind k : io.github.bitforbit.engine.OutcomeKind.values()) {
                b.append(String.format(java.util.Locale.ROOT, "  %s %.1f%%", k.label(), 100 * r.share(k).estimate()));
            }
        }
        if (results.size() >= 2) {
            verdict().sentences().forEach(s -> b.append("\n  ").append(s));
        }
        return b.toString();
    }

    private static PairedComparison mirror(PairedComparison p) {
        java.util.Map<io.github.bitforbit.engine.OutcomeKind, ShareDifference> shares =
                new java.util.EnumMap<>(io.github.bitforbit.engine.OutcomeKind.class);
        p.shares().forEach((k, s) -> shares.put(k, new ShareDifference(negate(s.paired()), negate(s.unpaired()),
                s.varianceReduction(), s.onlyB(), s.onlyA())));
        java.util.Map<Metric, MeanDifference> metrics = new java.util.EnumMap<>(Metric.class);
        p.metrics().forEach((m, d) -> metrics.put(m, new MeanDifference(negate(d.paired()), d.varianceReduction())));
        return new PairedComparison(p.designB(), p.designA(), p.runs(), shares, metrics);
    }

    private static io.github.bitforbit.stats.Interval negate(io.github.bitforbit.stats.Interval i) {
        return new io.github.bitforbit.stats.Interval(-i.estimate(), -i.high(), -i.low());
    }
}
