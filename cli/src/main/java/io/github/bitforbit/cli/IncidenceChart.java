package io.github.bitforbit.cli;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.stats.IncidencePoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The competing-risks panel of {@code run} and {@code compare}: for every design, the cumulative
 * incidence of collapse (solid) and of completion (dashed) by month, each with its pointwise band.
 * The share axis runs from 0 to a little above the highest upper bound, not always to 100%.
 */
final class IncidenceChart {

    private IncidenceChart() {
    }

    static JFreeChart of(List<MonteCarloResult> results) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = Bands.renderer();
        int months = 0;
        double top = 0;
        int series = 0;
        for (int d = 0; d < results.size(); d++) {
            MonteCarloResult r = results.get(d);
            int observed = TableReport.observed(r.incidence(OutcomeKind.COLLAPSED));
            months = Math.max(months, observed);
            for (OutcomeKind k : List.of(OutcomeKind.COLLAPSED, OutcomeKind.COMPLETED)) {
                YIntervalSeries s = new YIntervalSeries(r.design() + ": " + k.label());
                s.add(0, 0, 0, 0);
                for (IncidencePoint p : r.incidence(k).subList(0, observed)) {
                    s.add(p.time() + 1, p.incidence(), p.low(), p.high());
                    top = Math.max(top, p.high());
                }
                data.addSeries(s);
                Bands.paint(renderer, series, d, k == OutcomeKind.COLLAPSED ? new BasicStroke(2.5f)
                        : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {9f, 5f}, 0f));
                series++;
            }
        }
        NumberAxis x = Charts.axis("month (since the start of the negotiation)");
        x.setRange(0, Math.max(1, months));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = Charts.axis("share of runs ended this way by the end of the month");
        double upper = upper(top);
        y.setRange(0, upper);
        y.setTickUnit(new NumberTickUnit(upper <= 0.25 ? 0.02 : upper <= 0.5 ? 0.05 : 0.1));
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Charts.style(plot);
        JFreeChart chart = Charts.chart("Cumulative incidence of collapse and completion (Aalen-Johansen)", plot);
        chart.addSubtitle(Charts.note("solid: collapsed; dashed: completed; bands: " + Charts.level(results.get(0))
                + "; a run ends with whichever comes first, runs that stall are censored at the horizon"));
        return chart;
    }

    /** A round upper end of the share axis just above {@code top}: the next 5% (at least 5%, at most 100%). */
    static double upper(double top) {
        double up = Math.ceil((top + 0.01) * 20) / 20;
        return Math.max(0.05, Math.min(1, up));
    }
}
