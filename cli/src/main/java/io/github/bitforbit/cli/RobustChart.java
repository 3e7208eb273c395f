package io.github.bitforbit.cli;

import io.github.bitforbit.robust.PrimBox;
import io.github.bitforbit.robust.RobustPoint;
import io.github.bitforbit.robust.RobustResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The figure of a robust comparison: every point on the two most restricted parameters of the
 * PRIM box, coloured by the rule set that completes most there, with the box drawn. With one
 * varied parameter the vertical axis is instead how far the best other rule set completes above
 * the usual winner, so the flips are the points above zero.
 */
final class RobustChart {

    private static final Color TIE = new Color(150, 150, 150);
    private static final Color BOX = new Color(0x333333);

    private RobustChart() {
    }

    /**
     * The figure.
     *
     * @param r     the comparison
     * @param title the scenario's title, the heading
     * @param p     the provenance, for the foot line
     * @return the figure, for PNG or SVG
     */
    static Figure figure(RobustResult r, String title, Provenance p) {
        List<String> axes = axes(r);
        String sub = r.scenario() + ": " + String.join(" vs ", r.designs()) + " at " + r.points().size() + " points ("
                + p.text("sampling") + ") of " + Numbers.count(r.runsPerPoint()) + " paired runs, seed " + r.seed()
                + "; usual winner " + r.usualWinner();
        return new Figure(title, sub, Charts.footer(p), List.of(scatter(r, axes)), 1100, 760);
    }

    /**
     * The parameters to plot: those the PRIM box restricts, most restricted first (the largest
     * share of the sampled range cut away), then the others in the order varied.
     *
     * @param r the comparison
     * @return one or two parameter paths
     */
    static List<String> axes(RobustResult r) {
        List<String> out = new ArrayList<>();
        PrimBox box = r.flips() == null ? null : r.flips().box();
        if (box != null) {
            List<PrimBox.Restriction> ranked = new ArrayList<>(box.restrictions());
            ranked.sort(Comparator.comparingDouble((PrimBox.Restriction x) -> -cut(r, x)));
            ranked.forEach(x -> out.add(x.parameter()));
        }
        for (String path : r.paths()) {
            if (!out.contains(path)) {
                out.add(path);
            }
        }
        return out.subList(0, Math.min(2, out.size()));
    }

    /** The share of a parameter's sampled range that a restriction removes. */
    private static double cut(RobustResult r, PrimBox.Restriction x) {
        double[] range = range(r, x.parameter());
        double width = range[1] - range[0];
        if (!(width > 0)) {
            return 0;
        }
        double kept = Math.min(x.high(), range[1]) - Math.max(x.low(), range[0]);
        return 1 - Math.max(0, kept) / width;
    }

    private static double[] range(RobustResult r, String path) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (RobustPoint pt : r.points()) {
            double v = value(pt, path);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }

    private static double value(RobustPoint pt, String path) {
        return ((Number) pt.values().get(path)).doubleValue();
    }

    /** How far the best other design completes above the usual winner at a point. */
    private static double lead(RobustResult r, RobustPoint pt) {
        int usual = r.designs().indexOf(r.usualWinner());
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < pt.completed().size(); j++) {
            if (j != usual) {
                best = Math.max(best, pt.completed().get(j));
            }
        }
        return best - pt.completed().get(usual);
    }

    private static JFreeChart scatter(RobustResult r, List<String> axes) {
        boolean two = axes.size() == 2;
        XYSeriesCollection data = new XYSeriesCollection();
        List<XYSeries> series = new ArrayList<>();
        for (String d : r.designs()) {
            series.add(new XYSeries(d + " completes most", false, true));
        }
        XYSeries tie = new XYSeries("tie", false, true);
        for (RobustPoint pt : r.points()) {
            double x = value(pt, axes.get(0));
            double y = two ? value(pt, axes.get(1)) : lead(r, pt);
            int w = pt.completionWinner();
            (w < 0 ? tie : series.get(w)).add(x, y);
        }
        series.forEach(data::addSeries);
        data.addSeries(tie);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i <= series.size(); i++) {
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            renderer.setSeriesPaint(i, i < series.size() ? Charts.PALETTE[i % Charts.PALETTE.length] : TIE);
        }
        NumberAxis xAxis = Charts.axis(io.github.bitforbit.scenario.Scenarios.parameterLabel(axes.get(0)));
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = Charts.axis(two ? io.github.bitforbit.scenario.Scenarios.parameterLabel(axes.get(1))
                : "completion share of the best other rule set less " + r.usualWinner() + "'s");
        yAxis.setAutoRangeIncludesZero(!two);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        Charts.style(plot);
        String caption = "No PRIM box: the usual winner is never or always beaten";
        if (r.flips() != null) {
            PrimBox b = r.flips().box();
            double[] xr = range(r, axes.get(0));
            double[] xs = clip(b.restriction(axes.get(0)), xr);
            double[] ys;
            if (two) {
                ys = clip(b.restriction(axes.get(1)), range(r, axes.get(1)));
            } else {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (RobustPoint pt : r.points()) {
                    lo = Math.min(lo, lead(r, pt));
                    hi = Math.max(hi, lead(r, pt));
                }
                ys = new double[] {lo, hi};
            }
            plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(xs[0], ys[0], xs[1] - xs[0], ys[1] - ys[0]),
                    new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f),
                    BOX));
            caption = "Dashed: the PRIM box where another rule set completes more than " + r.usualWinner()
                    + " (coverage " + Numbers.percent(b.coverage()) + ", density " + Numbers.percent(b.density()) + ")";
        }
        JFreeChart chart = Charts.chart(two ? "Winner by " + axes.get(0) + " and " + axes.get(1)
                : "Winner by " + axes.get(0), plot);
        chart.addSubtitle(Charts.note(caption));
        return chart;
    }

    /** A restriction's bounds within the sampled range (an unrestricted side is the range's end). */
    private static double[] clip(PrimBox.Restriction x, double[] range) {
        if (x == null) {
            return range;
        }
        return new double[] {Math.max(x.low(), range[0]), Math.min(x.high(), range[1])};
    }
}
