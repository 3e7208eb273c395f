package io.github.bitforbit.cli;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-line answer of a comparison: how much less often the design that collapses least
 * collapses than each other design, with the paired confidence interval, e.g.
 * {@code bit-for-bit collapses 31.2 points less often than all-or-nothing (95% CI 28.9 to 33.5)}.
 * A difference whose interval contains zero is called "no clear difference".
 */
public final class Verdict {

    private Verdict() {
    }

    /** One line per design other than the best, joined by {@code "; "}. */
    public static String of(Comparison c) {
        List<String> lines = lines(c);
        return String.join("; ", lines);
    }

    /** One sentence per design other than the one that collapses least. */
    public static List<String> lines(Comparison c) {
        MonteCarloResult best = c.results().get(0);
        for (MonteCarloResult r : c.results()) {
            if (r.share(OutcomeKind.COLLAPSED).estimate() < best.share(OutcomeKind.COLLAPSED).estimate()) {
                best = r;
            }
        }
        List<String> out = new ArrayList<>();
        String level = String.format(Locale.ROOT, "%.0f%% CI", 100 * best.confidence());
        for (MonteCarloResult other : c.results()) {
            if (other == best) {
                continue;
            }
            // pair(best, other) is best minus other; "less often" is its negation
            Interval d = c.pair(best.design(), other.design()).share(OutcomeKind.COLLAPSED).paired();
            double less = -d.estimate();
            String ci = level + " " + Numbers.points(-d.high()) + " to " + Numbers.points(-d.low());
            if (less == 0) {
                out.add(best.design() + " and " + other.design() + " collapse equally often ("
                        + Numbers.percent(best.share(OutcomeKind.COLLAPSED).estimate()) + " of runs; " + ci + ")");
            } else if (d.high() < 0) {
                out.add(best.design() + " collapses " + Numbers.points(less) + " points less often than "
                        + other.design() + " (" + ci + ")");
            } else {
                out.add("no clear difference: " + best.design() + " collapses " + Numbers.points(less)
                        + " points less often than " + other.design() + " (" + ci + ", which includes 0)");
            }
        }
        return out;
    }
}
