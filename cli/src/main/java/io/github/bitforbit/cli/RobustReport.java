package io.github.bitforbit.cli;

import io.github.bitforbit.robust.Prim;
import io.github.bitforbit.robust.PrimBox;
import io.github.bitforbit.robust.RobustPoint;
import io.github.bitforbit.robust.RobustResult;
import io.github.bitforbit.stats.Interval;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * The text (terminal) and Markdown forms of a robust comparison: the share of the space each rule
 * set wins, their regret, the usual winner, and the PRIM box where it loses with the peeling
 * trajectory that led to it.
 */
final class RobustReport {

    private final Document doc;

    private RobustReport(boolean markdown) {
        this.doc = new Document(markdown);
    }

    /**
     * A robust comparison as text ({@code markdown} false) or Markdown.
     *
     * @param r        the comparison
     * @param p        the provenance written with it
     * @param title    the scenario's title, the heading
     * @param markdown true for Markdown
     * @return the report, lines ended by newlines
     */
    static String text(RobustResult r, Provenance p, String title, boolean markdown) {
        RobustReport t = new RobustReport(markdown);
        t.doc.heading(title, r.scenario() + ": " + String.join(" vs ", r.designs()) + " at " + r.points().size()
                + " points (" + p.text("sampling") + ") of " + Numbers.count(r.runsPerPoint()) + " paired runs each, seed "
                + r.seed() + "\n" + (p.text("vary").isEmpty() ? "drawn by weight from the posterior " + p.text("posterior")
                + " over " + String.join(", ", r.paths()) : "varied: " + String.join(", ", p.text("vary").split("; "))));
        t.doc.table(shares(r, p));
        t.doc.table(regret(r));
        t.flips(r);
        t.doc.provenance(p);
        return t.doc.toString();
    }

    private static Table shares(RobustResult r, Provenance p) {
        Table t = new Table("Share of the space where each rule set wins (95% Wilson intervals over "
                + r.points().size() + " points)", "rule set", ">completes more", ">95% CI", ">collapses less",
                ">95% CI");
        for (int j = 0; j < r.designs().size(); j++) {
            Interval more = r.completesMore().get(j);
            Interval less = r.collapsesLess().get(j);
            t.row(r.designs().get(j), Numbers.percent(more.estimate()), ci(more), Numbers.percent(less.estimate()),
                    ci(less));
        }
        int tiedMore = 0;
        int tiedLess = 0;
        for (RobustPoint pt : r.points()) {
            tiedMore += pt.completionWinner() < 0 ? 1 : 0;
            tiedLess += pt.collapseWinner() < 0 ? 1 : 0;
        }
        t.note("a point counts for a rule set when it does strictly better there than every other; ties: "
                + tiedMore + " points on completion, " + tiedLess + " on collapse");
        return t;
    }

    private static Table regret(RobustResult r) {
        Table t = new Table("Regret: shortfall from the best rule set at each point, in points of share",
                "rule set", ">completion mean", ">p90", ">max", ">collapse mean", ">p90", ">max");
        for (int j = 0; j < r.designs().size(); j++) {
            var c = r.completionRegret().get(j);
            var k = r.collapseRegret().get(j);
            t.row(r.designs().get(j), Numbers.points(c.mean()), Numbers.points(c.p90()), Numbers.points(c.max()),
                    Numbers.points(k.mean()), Numbers.points(k.p90()), Numbers.points(k.max()));
        }
        t.note("completion: the best share at the point less its own; collapse: its own less the least");
        return t;
    }

    private void flips(RobustResult r) {
        int usual = r.designs().indexOf(r.usualWinner());
        long wins = r.points().stream().filter(pt -> pt.completionWinner() == usual).count();
        long flipped = flippedPoints(r);
        doc.paragraph("Usual winner: " + r.usualWinner() + " (completes most at " + wins + " of " + r.points().size()
                + " points). Another rule set completes more than it at " + flipped + " points ("
                + Numbers.percent((double) flipped / r.points().size()) + ").");
        Prim.Result f = r.flips();
        if (f == null) {
            doc.paragraph("No PRIM box: " + (flipped == 0 ? "the usual winner is never beaten at these points."
                    : "the usual winner is beaten at every point."));
            return;
        }
        PrimBox b = f.box();
        Table box = new Table("PRIM box where another rule set completes more than " + r.usualWinner()
                + ": coverage " + Numbers.percent(b.coverage()) + ", density " + Numbers.percent(b.density()) + ", "
                + b.count() + " points (" + Numbers.percent(b.mass()) + " of the space)",
                "parameter", ">low", ">high", ">quasi-p");
        for (PrimBox.Restriction x : b.restrictions()) {
            box.row(x.parameter(), bound(x.low()), bound(x.high()), pValue(x.pValue()));
        }
        if (b.restrictions().isEmpty()) {
            box.note("the box restricts no parameter: no range of these parameters concentrates the flips");
        } else {
            box.note("coverage: share of all flipped points inside the box; density: share of the box's points "
                    + "that are flipped; parameters not listed are unrestricted");
        }
        doc.table(box);
        Table t = new Table("Peeling trajectory (the box above was chosen at step " + f.chosen()
                + ", then pasted and pruned)", ">step", ">points", ">mass", ">coverage", ">density", "restricted");
        for (int i = 0; i < f.trajectory().size(); i++) {
            PrimBox s = f.trajectory().get(i);
            t.row(Integer.toString(i), Integer.toString(s.count()), Numbers.percent(s.mass()),
                    Numbers.percent(s.coverage()), Numbers.percent(s.density()), restricted(s));
        }
        doc.table(t);
    }

    /** {@return the points where another design completes strictly more than the usual winner} */
    static long flippedPoints(RobustResult r) {
        int usual = r.designs().indexOf(r.usualWinner());
        long n = 0;
        for (RobustPoint pt : r.points()) {
            double own = pt.completed().get(usual);
            for (int j = 0; j < pt.completed().size(); j++) {
                if (j != usual && pt.completed().get(j) > own) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static String restricted(PrimBox b) {
        StringJoiner j = new StringJoiner(", ");
        for (PrimBox.Restriction x : b.restrictions()) {
            j.add(x.parameter() + " " + bound(x.low()) + ".." + bound(x.high()));
        }
        return j.length() == 0 ? "-" : j.toString();
    }

    private static String bound(double x) {
        return Double.isInfinite(x) ? (x > 0 ? "+inf" : "-inf") : Numbers.figure(x);
    }

    private static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    private static String ci(Interval i) {
        return Numbers.percent(i.low()) + " to " + Numbers.percent(i.high());
    }
}
