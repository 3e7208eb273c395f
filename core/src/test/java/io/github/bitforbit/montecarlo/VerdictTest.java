package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.stats.Interval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verdict logic on constructed results: no simulation, so each case is exactly the one named. */
class VerdictTest {

    /**
     * The case of the issue: grit collapses least but almost never completes; bit-for-bit completes
     * far more often. Ranking by collapse alone would name grit; the verdict must not.
     */
    @Test
    void aDesignThatCollapsesLessButCompletesFarLessIsATradeOffNotTheWinner() {
        Comparison c = comparison(List.of("bit-for-bit", "grit"),
                pair("bit-for-bit", "grit", iv(0.513, 0.50, 0.526), iv(0.04, 0.028, 0.052)));
        Verdict v = c.verdict();
        Verdict.Judgement j = v.judgements().get(0);
        assertEquals(Verdict.Relation.TRADE_OFF, j.relation());
        assertEquals("bit-for-bit", j.first());
        assertEquals(Optional.empty(), v.best());
        assertEquals(List.of("bit-for-bit", "grit"), v.undominated());
        assertTrue(v.sentences().get(0).startsWith("no design dominates: bit-for-bit and grit"), v.toString());
        assertEquals("neither bit-for-bit nor grit dominates: bit-for-bit completes 51.3 points more often "
                + "(95% CI 50.0 to 52.6) but collapses 4.0 points more often (95% CI 2.8 to 5.2)", v.sentences().get(1));
        assertFalse(v.toString().contains("grit is"), v.toString());
    }

    @Test
    void clearlyBetterOnOneAndNotClearlyWorseOnTheOtherDominatesWhicheverWayThePairIsStored() {
        Comparison c = comparison(List.of("all-or-nothing", "bit-for-bit"),
                pair("all-or-nothing", "bit-for-bit", iv(-0.3, -0.32, -0.28), iv(0.01, -0.01, 0.03)));
        Verdict v = c.verdict();
        Verdict.Judgement j = v.judgements().get(0);
        assertEquals(Verdict.Relation.DOMINATES, j.relation());
        assertEquals("bit-for-bit", j.first());
        assertEquals(0.3, j.completion().estimate(), 1e-12);
        assertEquals(-0.01, j.collapse().estimate(), 1e-12);
        assertEquals(Optional.of("bit-for-bit"), v.best());
        assertEquals(List.of("bit-for-bit"), v.undominated());
        assertEquals("bit-for-bit is better than all-or-nothing: it completes 30.0 points more often (95% CI 28.0 "
                + "to 32.0) and collapses about as often (difference -1.0 points, 95% CI -3.0 to +1.0, which "
                + "includes 0)", v.sentences().get(1));
    }

    /** A lower bound of 0.00023 must not print as 0.0, which reads as "no difference". */
    @Test
    void boundsAreNeverPrintedAsZeroOrAsTheirOpposite() {
        Comparison c = comparison(List.of("a", "b"), pair("a", "b", iv(0.01, 0.00023, 0.02), iv(-0.004, -0.008,
                -0.0000004)));
        String s = c.verdict().sentences().get(1);
        assertTrue(s.contains("completes 1.0 points more often (95% CI 0.02 to 2.0)"), s);
        assertTrue(s.contains("collapses 0.4 points less often (95% CI 0.00004 to 0.8)"), s);
        assertEquals("0.02", Verdict.points(0.00023));
        assertEquals("-0.02", Verdict.signedPoints(-0.00023));
        assertEquals("0.0", Verdict.signedPoints(0));
        assertEquals("0.0", Verdict.points(-0.0));
        assertEquals("12.3", Verdict.points(0.123));
        // nor as all when they are not: a Wilson bound of 99.96% is not 100%
        assertEquals("99.96", Verdict.points(0.99962));
        assertEquals("-99.96", Verdict.signedPoints(-0.99962));
        assertEquals("100.0", Verdict.points(1.0));
    }

    @Test
    void noClearDifferenceAnywhereSaysSo() {
        Comparison c = comparison(List.of("a", "b", "c"),
                pair("a", "b", iv(0.01, -0.01, 0.03), iv(0, -0.02, 0.02)),
                pair("a", "c", iv(0.0, -0.01, 0.01), iv(0, -0.02, 0.02)),
                pair("b", "c", iv(0.01, -0.01, 0.03), iv(0.01, -0.01, 0.03)));
        Verdict v = c.verdict();
        assertEquals(List.of("a", "b", "c"), v.undominated());
        assertEquals(Optional.empty(), v.best());
        assertTrue(v.sentences().get(0).startsWith("no clear difference"), v.toString());
        assertEquals(4, v.sentences().size());
    }

    /**
     * a dominates b, b dominates c, but a and c differ on no count clearly: a is the only
     * undominated design, yet not "the better design" against c.
     */
    @Test
    void anUndominatedDesignIsBestOnlyIfItBeatsEveryOtherDirectly() {
        Comparison c = comparison(List.of("a", "b", "c"),
                pair("a", "b", iv(0.05, 0.02, 0.08), iv(0, -0.02, 0.02)),
                pair("a", "c", iv(0.02, -0.01, 0.05), iv(0, -0.02, 0.02)),
                pair("b", "c", iv(0, -0.02, 0.02), iv(-0.05, -0.08, -0.02)));
        Verdict v = c.verdict();
        assertEquals(List.of("a"), v.undominated());
        assertEquals(Optional.empty(), v.best());
        assertTrue(v.sentences().get(0).startsWith("a is the only design"), v.toString());
        // sentences for pairs with a; b against c (both dominated) is left out
        assertEquals(3, v.sentences().size());
        assertThrows(IllegalArgumentException.class, () -> comparison(List.of("a")).verdict());
    }

    /**
     * Judged one pair at a time, dominance can run in a circle when differences sit at the edge of
     * their intervals: a beats b on completion, b beats c, and c beats a on collapse while a's
     * small completion lead over c is not clear. Then no design is undominated, and the verdict
     * says so instead of naming one.
     */
    @Test
    void aCircleOfJudgementsNamesNoDesign() {
        Comparison c = comparison(List.of("a", "b", "c"),
                pair("a", "b", iv(0.02, 0.001, 0.04), iv(0.004, -0.001, 0.009)),
                pair("b", "c", iv(0.02, 0.001, 0.04), iv(0.004, -0.001, 0.009)),
                pair("a", "c", iv(0.04, -0.001, 0.08), iv(0.008, 0.001, 0.015)));
        Verdict v = c.verdict();
        assertEquals(List.of(), v.undominated());
        assertEquals(Optional.empty(), v.best());
        assertTrue(v.sentences().get(0).contains("run in a circle"), v.toString());
        assertEquals(4, v.sentences().size());
    }

    @Test
    void toStringIsAShortSummaryWithTheVerdict() {
        Comparison c = comparison(List.of("all-or-nothing", "bit-for-bit"),
                pair("all-or-nothing", "bit-for-bit", iv(-0.3, -0.32, -0.28), iv(0.2, 0.18, 0.22)));
        String text = c.toString();
        assertEquals("toy: 1,000 paired runs, seed 7\n"
                + "  all-or-nothing  completed 50.0%  collapsed 30.0%  stalled 20.0%\n"
                + "  bit-for-bit     completed 50.0%  collapsed 30.0%  stalled 20.0%\n"
                + "  bit-for-bit is the better design: against every other it completes at least as often and "
                + "collapses no more often, and is clearly better on at least one\n"
                + "  bit-for-bit is better than all-or-nothing: it completes 30.0 points more often (95% CI 28.0 to "
                + "32.0) and collapses 20.0 points less often (95% CI 18.0 to 22.0)", text);
    }

    private static Interval iv(double estimate, double low, double high) {
        return new Interval(estimate, low, high);
    }

    private static PairedComparison pair(String a, String b, Interval completion, Interval collapse) {
        Map<OutcomeKind, ShareDifference> shares = new EnumMap<>(OutcomeKind.class);
        shares.put(OutcomeKind.COMPLETED, new ShareDifference(completion, completion, 0, 0, 0));
        shares.put(OutcomeKind.COLLAPSED, new ShareDifference(collapse, collapse, 0, 0, 0));
        Interval stalled = iv(-completion.estimate() - collapse.estimate(), -1, 1);
        shares.put(OutcomeKind.STALLED, new ShareDifference(stalled, stalled, 0, 0, 0));
        return new PairedComparison(a, b, 1_000, shares, new EnumMap<>(Metric.class));
    }

    private static Comparison comparison(List<String> designs, PairedComparison... pairs) {
        List<MonteCarloResult> results = new ArrayList<>();
        for (String d : designs) {
            Map<OutcomeKind, Long> counts = new EnumMap<>(OutcomeKind.class);
            Map<OutcomeKind, Interval> shares = new EnumMap<>(OutcomeKind.class);
            double[] share = {0.5, 0.3, 0.2};
            for (OutcomeKind k : OutcomeKind.values()) {
                counts.put(k, Math.round(1_000 * share[k.ordinal()]));
                shares.put(k, iv(share[k.ordinal()], share[k.ordinal()] - 0.03, share[k.ordinal()] + 0.03));
            }
            results.add(new MonteCarloResult("toy", d, 7, 1_000, 1_000, false, 0.95, Double.NaN, false, counts,
                    shares, new EnumMap<>(Metric.class), List.of(), List.of(), Map.of()));
        }
        return new Comparison(results, List.of(pairs));
    }
}
