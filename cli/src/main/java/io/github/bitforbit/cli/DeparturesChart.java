package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.MemberDepartures;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.stats.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coalition panel of {@code run} and {@code compare}, drawn only when the scenario has several
 * sanctioners: per member, the share of runs in which it left, as bars with Wilson error bars. For
 * one design the bars are the share that left at all, after completion and before completion; for
 * several, one bar per design of the share that left.
 */
final class DeparturesChart {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private DeparturesChart() {
    }

    /**
     * The panels of a figure, followed by this one if the results have departures to draw (a coalition).
     *
     * @param results the designs' results
     * @param panels  the figure's other panels, left to right
     * @return the panels, this one last if it applies
     */
    static List<JFreeChart> after(List<MonteCarloResult> results, JFreeChart... panels) {
        List<JFreeChart> all = new ArrayList<>(List.of(panels));
        if (results.stream().anyMatch(r -> !r.departures().isEmpty())) {
            all.add(of(results));
        }
        return all;
    }

    static JFreeChart of(List<MonteCarloResult> results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ErrorBarRenderer renderer = new ErrorBarRenderer();
        boolean one = results.size() == 1;
        double top = 0;
        for (MonteCarloResult r : results) {
            for (MemberDepartures d : r.departures().values()) {
                if (one) {
                    top = Math.max(top, bar(data, renderer, "left", d.member(), d.leftShare()));
                    top = Math.max(top, bar(data, renderer, "left after completion", d.member(),
                            d.leftAfterCompletionShare()));
                    top = Math.max(top, bar(data, renderer, "left before completion", d.member(),
                            d.leftBeforeCompletionShare()));
                } else {
                    top = Math.max(top, bar(data, renderer, r.design(), d.member(), d.leftShare()));
                }
            }
        }
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, Charts.PALETTE[i % Charts.PALETTE.length]);
        }
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        renderer.valueLabels(percent, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        CategoryAxis x = new CategoryAxis("member of the coalition");
        x.setLabelFont(FONT);
        x.setTickLabelFont(FONT);
        NumberAxis y = Charts.axis("share of runs in which it left");
        // room above the highest error bar for the labels
        double range = Math.min(1.1, Math.max(0.1, Math.ceil((top + 0.06) * 10) / 10));
        y.setRange(0, range);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(range <= 0.2 ? 0.02 : range <= 0.5 ? 0.05 : 0.1));
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(210, 210, 210));
        JFreeChart chart = Charts.chart(one ? "Members who left" : "Members who left, by rule set", plot);
        chart.addSubtitle(Charts.note("bars: share of runs; black lines: " + Charts.level(results.get(0))
                + " intervals (Wilson); the rest of the side went on without the member"));
        return chart;
    }

    /** Adds one bar; returns the top of its error bar (0 if it has none). */
    private static double bar(DefaultCategoryDataset data, ErrorBarRenderer renderer, String series, String member,
                              Interval share) {
        data.addValue(share.estimate(), series, member);
        renderer.interval(series, member, share.low(), share.high());
        return Double.isNaN(share.high()) ? 0 : share.high();
    }
}
