package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.stats.SurvivalPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The after-completion panel of {@code run} and {@code compare}: for every design, the
 * Kaplan-Meier estimate that an agreement still holds, by months since every phase was completed,
 * with its pointwise band; runs that reach the horizon in force are censored there. A design
 * that never completes has no curve (its legend entry says so).
 */
final class HoldsChart {

    private HoldsChart() {
    }

    static JFreeChart of(List<MonteCarloResult> results) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = Bands.renderer();
        int months = 1;
        double bottom = 1;
        for (int d = 0; d < results.size(); d++) {
            MonteCarloResult r = results.get(d);
            List<SurvivalPoint> holds = r.afterCompletion().holds();
            long completed = r.afterCompletion().everCompleted();
            YIntervalSeries s = new YIntervalSeries(r.design() + (completed == 0 ? ": never completed"
                    : ": " + Numbers.count(completed) + " completed runs"));
            for (SurvivalPoint p : holds) {
                if (p.atRisk() == 0) {
                    break;
                }
                s.add(p.time(), p.surviving(), p.low(), p.high());
                months = Math.max(months, p.time());
                bottom = Math.min(bottom, p.low());
            }
            data.addSeries(s);
            Bands.paint(renderer, d, d, new BasicStroke(2.5f));
        }
        NumberAxis x = Charts.axis("months since every phase was completed");
        x.setRange(0, months);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = Charts.axis("share of completed agreements still in force");
        y.setRange(Math.max(0, Math.floor((bottom - 0.05) * 10) / 10), 1.0);
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Charts.style(plot);
        JFreeChart chart = Charts.chart("Does the agreement hold? (Kaplan-Meier after completion)", plot);
        chart.addSubtitle(Charts.note("bands: " + Charts.level(results.get(0))
                + "; an agreement ends when a principal walks out of it; runs in force at the horizon are censored"));
        return chart;
    }
}
