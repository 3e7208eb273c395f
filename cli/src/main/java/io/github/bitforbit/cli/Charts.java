package io.github.bitforbit.cli;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.stats.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command line's charts (JFreeChart, headless): for {@code run} and {@code compare}, outcome
 * shares, cumulative incidence, how long agreements hold ({@link HoldsChart}), members who left a
 * coalition ({@link DeparturesChart}); for {@code sweep}, the collapse share over one parameter (a
 * line with its band, or bars) or two (a heatmap).
 */
public final class Charts {

    /** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), Color.BLACK};

    private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font PANEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final String SHARE_AXIS = "share of runs";

    private Charts() {
    }

    /**
     * The figure of a run.
     *
     * @param p the provenance written with the results
     * @param r the Monte Carlo result
     * @param title the scenario's title, shown as the heading
     * @return the chart of outcome shares and cumulative incidence by month
     */
    public static Figure run(MonteCarloResult r, String title, Provenance p) {
        List<MonteCarloResult> one = List.of(r);
        String sub = r.scenario() + " under rule set " + r.design() + ": " + Numbers.count(r.runs()) + " runs, seed "
                + r.seed() + ", " + level(r) + " intervals";
        List<JFreeChart> panels = DeparturesChart.after(one, IncidenceChart.of(one), HoldsChart.of(one), outcomes(one));
        return new Figure(title, sub, footer(p), panels, 2000 * panels.size() / 3, 640);
    }

    /**
     * The figure of a comparison.
     *
     * @param c the comparison
     * @param p the provenance written with the results
     * @param title the scenario's title, shown as the heading
     * @return the chart of every design's outcome shares and cumulative incidence
     */
    public static Figure compare(Comparison c, String title, Provenance p) {
        MonteCarloResult first = c.results().get(0);
        List<String> names = c.results().stream().map(MonteCarloResult::design).toList();
        String sub = first.scenario() + ": rule sets " + String.join(" vs ", names) + ", " + Numbers.count(first.runs())
                + " paired runs each, seed " + first.seed() + ", " + level(first) + " intervals";
        for (String v : c.verdict().sentences()) {
            sub += "\n" + v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1);
        }
        List<JFreeChart> panels = DeparturesChart.after(c.results(), outcomes(c.results()),
                IncidenceChart.of(c.results()), HoldsChart.of(c.results()));
        return new Figure(title, sub, footer(p), panels, 2000 * panels.size() / 3, 660);
    }

    /**
     * The figure of a sweep, from its CSV rows.
     *
     * @param p the provenance written with the results
     * @param title the scenario's title, shown as the heading
     * @param rows  the rows as read by {@link SweepCsv#read}
     * @param paths the varied parameters (one or two)
     * @return the chart: collapse share against one parameter, or a heatmap over two
     */
    public static Figure sweep(List<Map<String, String>> rows, List<String> paths, String title, Provenance p) {
        String rules = paths.contains("ruleSet") ? " with the rule set varied" : " under rule set " + p.text("ruleSet");
        String sub = p.text("scenario") + rules + ": " + rows.size() + " points of "
                + p.text("runsPerPoint") + " runs, seed " + p.text("seed") + " (" + p.text("sampling") + " sampling)";
        JFreeChart chart;
        int width;
        if (paths.size() == 1) {
            chart = isNumeric(rows, paths.get(0)) ? sweepLine(rows, paths.get(0)) : sweepBars(rows, paths.get(0));
            width = 1000;
        } else {
            chart = sweepHeatmap(rows, paths.get(0), paths.get(1));
            width = 1100;
        }
        return new Figure(title, sub, footer(p), List.of(chart), width, 700);
    }

    // ------------------------------------------------------------------ run and compare

    static JFreeChart outcomes(List<MonteCarloResult> results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ErrorBarRenderer renderer = new ErrorBarRenderer();
        for (MonteCarloResult r : results) {
            for (OutcomeKind k : OutcomeKind.values()) {
                Interval i = r.share(k);
                data.addValue(i.estimate(), r.design(), k.label());
                renderer.interval(r.design(), k.label(), i.low(), i.high());
            }
        }
        for (int i = 0; i < results.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        renderer.valueLabels(percent1(), TICK_FONT);
        CategoryAxis x = new CategoryAxis("outcome of a run");
        x.setLabelFont(AXIS_FONT);
        x.setTickLabelFont(AXIS_FONT);
        NumberAxis y = shareAxis(SHARE_AXIS);
        // labels stand upright above narrow bars (many designs): leave room for "100.0%"
        y.setRange(0, results.size() > 3 ? 1.2 : 1.1);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(210, 210, 210));
        JFreeChart chart = chart(results.size() == 1 ? "Outcome shares" : "Outcome shares by rule set", plot);
        chart.addSubtitle(note("bars: share of runs; black lines: " + level(results.get(0)) + " intervals (Wilson)"));
        return chart;
    }

    // ------------------------------------------------------------------ sweep

    static JFreeChart sweepLine(List<Map<String, String>> rows, String path) {
        List<double[]> points = new ArrayList<>();
        for (Map<String, String> row : rows) {
            points.add(new double[] {number(row.get(path)), number(row.get("collapsedShare")),
                    number(row.get("collapsedLow")), number(row.get("collapsedHigh"))});
        }
        points.sort((a, b) -> Double.compare(a[0], b[0]));
        YIntervalSeries s = new YIntervalSeries("collapse share (band: 95% confidence)");
        for (double[] q : points) {
            s.add(q[0], q[1], q[2], q[3]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.22f);
        renderer.setSeriesPaint(0, PALETTE[1]);
        renderer.setSeriesFillPaint(0, PALETTE[1]);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        NumberAxis x = axis(io.github.bitforbit.scenario.Scenarios.parameterLabel(path));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = shareAxis(SHARE_AXIS + " that collapsed");
        XYPlot plot = new XYPlot(data, x, y, renderer);
        style(plot);
        return chart("Collapse share by " + path, plot);
    }

    static JFreeChart sweepBars(List<Map<String, String>> rows, String path) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ErrorBarRenderer renderer = new ErrorBarRenderer();
        for (Map<String, String> row : rows) {
            String v = row.get(path);
            data.addValue(number(row.get("collapsedShare")), "collapse share", v);
            renderer.interval("collapse share", v, number(row.get("collapsedLow")), number(row.get("collapsedHigh")));
        }
        renderer.setSeriesPaint(0, PALETTE[1]);
        renderer.valueLabels(percent1(), TICK_FONT);
        CategoryAxis x = new CategoryAxis(io.github.bitforbit.scenario.Scenarios.parameterLabel(path));
        x.setLabelFont(AXIS_FONT);
        x.setTickLabelFont(TICK_FONT);
        // whole names (never "action-f..."): slanted when there are many, on up to two lines
        x.setMaximumCategoryLabelLines(2);
        x.setMaximumCategoryLabelWidthRatio(1.5f);
        if (rows.size() > 4) {
            x.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        NumberAxis share = shareAxis(SHARE_AXIS + " that collapsed");
        share.setRange(0, 1.12);
        CategoryPlot plot = new CategoryPlot(data, x, share, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(210, 210, 210));
        JFreeChart chart = chart("Collapse share by " + path, plot);
        chart.addSubtitle(note("black lines: 95% confidence intervals (Wilson)"));
        return chart;
    }

    static JFreeChart sweepHeatmap(List<Map<String, String>> rows, String xPath, String yPath) {
        boolean xNum = isNumeric(rows, xPath);
        boolean yNum = isNumeric(rows, yPath);
        List<String> xs = levels(rows, xPath, xNum);
        List<String> ys = levels(rows, yPath, yNum);
        Set<String> cells = new LinkedHashSet<>();
        rows.forEach(r -> cells.add(r.get(xPath) + "\u0000" + r.get(yPath)));
        boolean grid = cells.size() == rows.size() && xs.size() * ys.size() == rows.size();
        int n = rows.size();
        double[][] series = new double[3][n];
        for (int i = 0; i < n; i++) {
            Map<String, String> r = rows.get(i);
            series[0][i] = grid || !xNum ? xs.indexOf(r.get(xPath)) : number(r.get(xPath));
            series[1][i] = grid || !yNum ? ys.indexOf(r.get(yPath)) : number(r.get(yPath));
            series[2][i] = number(r.get("collapsedShare"));
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("collapse share", series);
        ShareScale scale = ShareScale.of(series[2]);
        String xLabel = io.github.bitforbit.scenario.Scenarios.parameterLabel(xPath);
        String yLabel = io.github.bitforbit.scenario.Scenarios.parameterLabel(yPath);
        NumberAxis x = grid || !xNum ? symbols(xLabel, xs) : axis(xLabel);
        NumberAxis y = grid || !yNum ? symbols(yLabel, ys) : axis(yLabel);
        XYPlot plot;
        if (grid) {
            XYBlockRenderer renderer = new XYBlockRenderer();
            renderer.setPaintScale(scale);
            renderer.setBlockWidth(1);
            renderer.setBlockHeight(1);
            plot = new XYPlot(data, x, y, renderer);
            x.setRange(-0.5, xs.size() - 0.5);
            y.setRange(-0.5, ys.size() - 0.5);
            if (n <= 400) {
                Font f = new Font(Font.SANS_SERIF, Font.PLAIN, n <= 64 ? 13 : 10);
                for (int i = 0; i < n; i++) {
                    XYTextAnnotation a = new XYTextAnnotation(Numbers.percent(series[2][i]), series[0][i], series[1][i]);
                    a.setFont(f);
                    a.setPaint(scale.position(series[2][i]) > 0.55 ? Color.WHITE : Color.BLACK);
                    plot.addAnnotation(a);
                }
            }
        } else {
            XYShapeRenderer renderer = new XYShapeRenderer();
            renderer.setPaintScale(scale);
            renderer.setDefaultShape(new Ellipse2D.Double(-6, -6, 12, 12));
            renderer.setDrawOutlines(true);
            renderer.setDefaultOutlinePaint(Color.DARK_GRAY);
            plot = new XYPlot(data, x, y, renderer);
            x.setAutoRangeIncludesZero(false);
            y.setAutoRangeIncludesZero(false);
        }
        plot.setBackgroundPaint(grid ? Color.WHITE : new Color(245, 245, 245));
        plot.setDomainGridlinesVisible(!grid);
        plot.setRangeGridlinesVisible(!grid);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart("Collapse share by " + xPath + " and " + yPath, PANEL_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis("share of runs that collapsed (colours span "
                + Numbers.percent(scale.getLowerBound()) + " to " + Numbers.percent(scale.getUpperBound()) + ")");
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        legendAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(scale.tick()));
        legendAxis.setNumberFormatOverride(scale.tick() < 0.01 ? percent1() : NumberFormat.getPercentInstance(Locale.ROOT));
        legendAxis.setLabelFont(AXIS_FONT);
        legendAxis.setTickLabelFont(TICK_FONT);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(18);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setSubdivisionCount(100);
        chart.addSubtitle(legend);
        chart.addSubtitle(note(grid ? "each cell: the share of its runs that collapsed"
                : "each point: one sampled combination, coloured by the share of its runs that collapsed"));
        return chart;
    }

    /**
     * Light yellow through orange to dark red: a sequential scale over the shares that occur,
     * rounded out to whole percent (at least 2 points wide), so that a 46-52% spread is not one
     * colour on a 0-100% scale.
     */
    static final class ShareScale implements PaintScale, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private static final Color[] STOPS = {new Color(0xFFFFCC), new Color(0xFED976), new Color(0xFD8D3C),
                new Color(0xE31A1C), new Color(0x800026)};

        private final double low;
        private final double high;

        ShareScale(double low, double high) {
            this.low = low;
            this.high = high;
        }

        /** The scale spanning the finite values, rounded out to whole percent, within [0, 1]. */
        static ShareScale of(double[] values) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            if (min > max) {
                return new ShareScale(0, 1);
            }
            double lo = Math.max(0, Math.floor(min * 100 + 1e-9) / 100);
            double hi = Math.min(1, Math.ceil(max * 100 - 1e-9) / 100);
            if (hi - lo < 0.02) {
                double mid = (lo + hi) / 2;
                lo = Math.max(0, mid - 0.01);
                hi = Math.min(1, lo + 0.02);
                lo = hi - 0.02;
            }
            return new ShareScale(lo, hi);
        }

        /** A round tick spacing giving about five ticks. */
        double tick() {
            double raw = (high - low) / 5;
            for (double t : new double[] {0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2}) {
                if (t >= raw) {
                    return t;
                }
            }
            return 0.2;
        }

        /** Where a value lies on the scale, from 0 (lowest colour) to 1 (highest). */
        double position(double value) {
            return Math.max(0, Math.min(1, (value - low) / (high - low)));
        }

        @Override
        public double getLowerBound() {
            return low;
        }

        @Override
        public double getUpperBound() {
            return high;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return Color.LIGHT_GRAY;
            }
            double v = position(value) * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) Math.floor(v));
            double t = v - i;
            Color a = STOPS[i];
            Color b = STOPS[i + 1];
            return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
        }
    }

    // ------------------------------------------------------------------ helpers

    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, PANEL_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(AXIS_FONT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    static TextTitle note(String text) {
        TextTitle t = new TextTitle(text, new Font(Font.SANS_SERIF, Font.ITALIC, 12));
        t.setPaint(new Color(90, 90, 90));
        return t;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(215, 215, 215));
        plot.setRangeGridlinePaint(new Color(215, 215, 215));
    }

    static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(AXIS_FONT);
        a.setTickLabelFont(TICK_FONT);
        return a;
    }

    private static NumberAxis shareAxis(String label) {
        NumberAxis a = axis(label);
        a.setRange(0, 1.02);
        a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        a.setNumberFormatOverride(new SharePercent());
        return a;
    }

    /** Whole percent for shares; nothing above 100%, where an axis only leaves room for labels. */
    private static final class SharePercent extends java.text.DecimalFormat {
        private static final long serialVersionUID = 1L;

        SharePercent() {
            super("0%", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition position) {
            return number > 1 + 1e-9 ? to : super.format(number, to, position);
        }
    }

    private static NumberFormat percent1() {
        NumberFormat f = NumberFormat.getPercentInstance(Locale.ROOT);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f;
    }

    private static SymbolAxis symbols(String label, List<String> values) {
        SymbolAxis a = new SymbolAxis(label, values.toArray(String[]::new));
        a.setLabelFont(AXIS_FONT);
        a.setTickLabelFont(TICK_FONT);
        a.setGridBandsVisible(false);
        return a;
    }

    static String level(MonteCarloResult r) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * r.confidence()) + " confidence";
    }

    static String footer(Provenance p) {
        String sha = p.text("scenarioSha256");
        StringBuilder b = new StringBuilder("bitforbit " + p.text("version") + " " + p.text("command") + " | scenario "
                + p.text("scenario") + " (sha256 " + (sha.length() > 12 ? sha.substring(0, 12) : sha) + ")");
        for (String key : List.of("ruleSet", "ruleSets", "set", "seed", "runs", "runsPerPoint", "threads", "time")) {
            String v = p.text(key);
            if (!v.isEmpty()) {
                b.append(" | ").append(key).append(' ').append(v);
            }
        }
        return b.toString();
    }

    private static boolean isNumeric(List<Map<String, String>> rows, String path) {
        for (Map<String, String> r : rows) {
            if (!Double.isFinite(number(r.get(path)))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> levels(List<Map<String, String>> rows, String path, boolean numeric) {
        if (numeric) {
            TreeSet<Double> sorted = new TreeSet<>();
            rows.forEach(r -> sorted.add(number(r.get(path))));
            List<String> out = new ArrayList<>();
            for (double d : sorted) {
                for (Map<String, String> r : rows) {
                    if (number(r.get(path)) == d) {
                        out.add(r.get(path));
                        break;
                    }
                }
            }
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        rows.forEach(r -> seen.add(r.get(path)));
        return new ArrayList<>(seen);
    }

    private static double number(String s) {
        if (s == null || s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
