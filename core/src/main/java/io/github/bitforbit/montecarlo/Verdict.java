package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a {@link Comparison}: which agreement designs are better on both things a design
 * is for, completing the agreement more often and collapsing less often, and where neither of two
 * designs dominates the other (docs/ODD.md, section 4, "Observation").
 *
 * <p>Design A <em>dominates</em> design B when, on the paired runs, A is not clearly worse than B
 * on completion or on collapse and is clearly better on at least one; "clearly" means that the
 * paired interval of the difference (Newcombe's method 10, at the comparison's confidence)
 * excludes zero. When A is clearly better on one and clearly worse on the other, it is a
 * <em>trade-off</em>: neither dominates, and the verdict says so rather than ranking by one of the
 * two. Otherwise there is no clear difference. The judgement is pairwise, with no correction for
 * multiple comparisons; with many designs a few spurious "clear" differences are to be expected.
 *
 * @param confidence  the two-sided confidence level of the intervals, in (0, 1)
 * @param designs     the designs' names, in the comparison's order
 * @param undominated the designs that no other design dominates, in the comparison's order;
 *                    empty only if pairwise judgements run in a circle, which differences
 *                    at the edge of their intervals can make happen
 * @param judgements  one judgement per pair of designs, in the order of {@link Comparison#pairs()}
 */
public record Verdict(double confidence, List<String> designs, List<String> undominated, List<Judgement> judgements) {

    /**
     * Copies the lists.
     *
     * @param confidence see {@link #confidence()}
     * @param designs see {@link #designs()}
     * @param undominated see {@link #undominated()}
     * @param judgements see {@link #judgements()}
     */
    public Verdict {
        designs = List.copyOf(designs);
        undominated = List.copyOf(undominated);
        judgements = List.copyOf(judgements);
    }

    /** How two designs compare on completion and collapse together. */
    public enum Relation {
        /** The first design dominates the second. */
        DOMINATES,
        /** The first completes clearly more often and also collapses clearly more often: neither dominates. */
        TRADE_OFF,
        /** Neither is clearly better on either count. */
        NO_CLEAR_DIFFERENCE
    }

    /**
     * Two designs judged on the same run seeds.
     *
     * @param first      the dominant design for {@link Relation#DOMINATES}, the one that completes more
     *                   often for {@link Relation#TRADE_OFF}, else the first in the comparison's order
     * @param second     the other design
     * @param relation   how they compare
     * @param completion the paired difference of the completed share, first minus second, in [-1, 1]
     * @param collapse   the paired difference of the collapsed share, first minus second, in [-1, 1]
     */
    public record Judgement(String first, String second, Relation relation, Interval completion, Interval collapse) {

        /**
         * Checks that nothing is null.
         *
         * @param first see {@link #first()}
         * @param second see {@link #second()}
         * @param relation see {@link #relation()}
         * @param completion see {@link #completion()}
         * @param collapse see {@link #collapse()}
         */
        public Judgement {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(completion, "completion");
            Objects.requireNonNull(collapse, "collapse");
        }
    }

    /**
     * Judges every pair of a comparison ({@code Comparison.verdict()} is the usual way in).
     *
     * @param results each design's result, at least two, in the comparison's order
     * @param pairs   the paired comparisons of every two designs
     * @return the verdict
     */
    public static Verdict of(List<MonteCarloResult> results, List<PairedComparison> pairs) {
        if (results.size() < 2) {
            throw new IllegalArgumentException("a verdict needs at least two designs: " + results.size());
        }
        List<String> names = results.stream().map(MonteCarloResult::design).toList();
        List<Judgement> judgements = new ArrayList<>();
        for (PairedComparison p : pairs) {
            judgements.add(judge(p));
        }
        List<String> undominated = new ArrayList<>();
        for (String n : names) {
            if (judgements.stream().noneMatch(j -> j.relation() == Relation.DOMINATES && j.second().equals(n))) {
                undominated.add(n);
            }
        }
        return new Verdict(results.get(0).confidence(), names, undominated, judgements);
    }

    private static Judgement judge(PairedComparison p) {
        Interval completion = p.share(OutcomeKind.COMPLETED).paired();
        Interval collapse = p.share(OutcomeKind.COLLAPSED).paired();
        // Better for A: completion difference > 0, collapse difference < 0.
        int onCompletion = sign(completion);
        int onCollapse = -sign(collapse);
        if (onCompletion >= 0 && onCollapse >= 0 && onCompletion + onCollapse > 0) {
            return new Judgement(p.designA(), p.designB(), Relation.DOMINATES, completion, collapse);
        }
        if (onCompletion <= 0 && onCollapse <= 0 && onCompletion + onCollapse < 0) {
            return new Judgement(p.designB(), p.designA(), Relation.DOMINATES, negate(completion), negate(collapse));
        }
        if (onCompletion != 0 && onCollapse != 0) {
            return onCompletion > 0
                    ? new Judgement(p.designA(), p.designB(), Relation.TRADE_OFF, completion, collapse)
                    : new Judgement(p.designB(), p.designA(), Relation.TRADE_OFF, negate(completion), negate(collapse));
        }
        return new Judgement(p.designA(), p.designB(), Relation.NO_CLEAR_DIFFERENCE, completion, collapse);
    }

    /** +1 if the interval lies above zero, -1 if below, 0 if it holds zero (or is undefined). */
    private static int sign(Interval i) {
        return i.low() > 0 ? 1 : i.high() < 0 ? -1 : 0;
    }

    private static Interval negate(Interval i) {
        return new Interval(-i.estimate(), -i.high(), -i.low());
    }

    /**
     * The design that dominates every other design, if there is one.
     *
     * @return its name, or empty when no single design is better than all others on both counts
     */
    public Optional<String> best() {
        for (String d : designs) {
            long beaten = judgements.stream()
                    .filter(j -> j.relation() == Relation.DOMINATES && j.first().equals(d)).count();
            if (beaten == designs.size() - 1) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The verdict in words: a headline, then one sentence for every pair that involves an
     * undominated design, with the differences in percentage points and their intervals, printed
     * with enough digits that a bound never reads as zero or as its opposite.
     *
     * @return at least one sentence, none with a line break
     */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        Optional<String> best = best();
        if (best.isPresent()) {
            out.add(best.get() + " is the better design: against every other it completes at least as often and "
                    + "collapses no more often, and is clearly better on at least one");
        } else if (judgements.stream().allMatch(j -> j.relation() == Relation.NO_CLEAR_DIFFERENCE)) {
            out.add("no clear difference: no design completes or collapses clearly more often than another");
        } else if (undominated.isEmpty()) {
            out.add("no design dominates: the pairwise judgements run in a circle, so the differences are at the "
                    + "edge of their intervals; more runs would settle them");
        } else if (undominated.size() == 1) {
            out.add(undominated.get(0) + " is the only design that no other beats on both completion and collapse, "
                    + "but it does not clearly beat every other design");
        } else {
            out.add("no design dominates: " + list(undominated) + " are each beaten by no other design on both "
                    + "completion and collapse");
        }
        for (Judgement j : judgements) {
            if (undominated.isEmpty() || undominated.contains(j.first()) || undominated.contains(j.second())) {
                out.add(sentence(j));
            }
        }
        return out;
    }

    private String sentence(Judgement j) {
        String completion = phrase(j.completion(), "completes", "more", "less");
        String collapse = phrase(j.collapse(), "collapses", "more", "less");
        switch (j.relation()) {
            case DOMINATES:
                return j.first() + " is better than " + j.second() + ": it " + completion + " and " + collapse;
            case TRADE_OFF:
                return "neither " + j.first() + " nor " + j.second() + " dominates: " + j.first() + " " + completion
                        + " but " + collapse;
            default:
                return "no clear difference between " + j.first() + " and " + j.second() + ": " + j.first() + " "
                        + completion + " and " + collapse;
        }
    }

    private String phrase(Interval d, String verb, String more, String less) {
        String level = String.format(Locale.ROOT, "%.0f%% CI", 100 * confidence);
        int s = sign(d);
        if (s > 0) {
            return verb + " " + points(d.estimate()) + " points " + more + " often (" + level + " "
                    + points(d.low()) + " to " + points(d.high()) + ")";
        }
        if (s < 0) {
            return verb + " " + points(-d.estimate()) + " points " + less + " often (" + level + " "
                    + points(-d.high()) + " to " + points(-d.low()) + ")";
        }
        return verb + " about as often (difference " + signedPoints(d.estimate()) + " points, " + level + " "
                + signedPoints(d.low()) + " to " + signedPoints(d.high()) + ", which includes 0)";
    }

    /**
     * A share as percentage points with one decimal, or with as many more (up to six) as it takes
     * for a non-zero value not to print as zero, nor a value short of all as 100: {@code 0.00023}
     * is {@code 0.02}, not {@code 0.0}, and {@code 0.99962} is {@code 99.96}, not {@code 100.0}.
     *
     * @param share a share or a difference of shares, in [-1, 1]
     * @return the points, e.g. {@code 31.2}; {@code -} for NaN
     */
    public static String points(double share) {
        return format(share, "%.");
    }

    /**
     * As {@link #points}, always with a sign: {@code +31.2}, {@code -0.02}, {@code 0.0}.
     *
     * @param share a share or a difference of shares, in [-1, 1]
     * @return the signed points; {@code -} for NaN
     */
    public static String signedPoints(double share) {
        return format(share, "%+.");
    }

    /** Whether {@code x} points printed as {@code shown} reads as 0 or as all (100) when it is neither. */
    private static boolean roundsToABound(double x, double shown) {
        return (x != 0 && shown == 0) || (Math.abs(x) != 100 && Math.abs(shown) == 100);
    }

    private static String format(double share, String flags) {
        if (!Double.isFinite(share)) {
            return "-";
        }
        double x = 100 * share;
        int decimals = 1;
        String s = String.format(Locale.ROOT, flags + decimals + "f", x);
        while (roundsToABound(x, Double.parseDouble(s)) && decimals < 6) {
            decimals++;
            s = String.format(Locale.ROOT, flags + decimals + "f", x);
        }
        return Double.parseDouble(s) == 0 ? "0.0" : s;
    }

    private static String list(List<String> names) {
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The sentences, joined by {@code "; "}. */
    @Override
    public String toString() {
        return String.join("; ", sentences());
    }
}
