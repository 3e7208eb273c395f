package io.github.bitforbit.cli;

import io.github.bitforbit.evidence.Posterior;
import io.github.bitforbit.evidence.Prior;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.stats.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The marginal posteriors of a calibration, one panel per parameter: the weighted histogram of
 * the particles as a density over the prior's support, the prior's density for comparison, and
 * the 90% credible interval shaded.
 */
final class PosteriorChart {
    private static final int BINS = 20;

    private PosteriorChart() {
    }

    /** The figure: one panel per parameter, side by side. */
    static Figure of(Posterior post, String subtitle, String footer) {
        List<JFreeChart> panels = new ArrayList<>();
        for (int i = 0; i < post.priors().size(); i++) {
            panels.add(panel(post, i));
        }
        return new Figure("Marginal posteriors", subtitle, footer, panels, Math.max(700, 520 * panels.size()), 560);
    }

    static JFreeChart panel(Posterior post, int i) {
        Prior prior = post.priors().get(i);
        double[] range = support(prior.distribution());
        double width = (range[1] - range[0]) / BINS;
        double[] mass = new double[BINS];
        double total = 0;
        for (Posterior.Particle p : post.particles()) {
            int bin = (int) Math.min(BINS - 1, Math.max(0, Math.floor((p.values().get(i) - range[0]) / width)));
            mass[bin] += p.weight();
            total += p.weight();
        }
        XYSeries histogram = new XYSeries("posterior (weighted particles)");
        for (int b = 0; b < BINS; b++) {
            histogram.add(range[0] + (b + 0.5) * width, mass[b] / total / width);
        }
        XYSeries density = new XYSeries("prior");
        for (int k = 0; k <= 200; k++) {
            double x = range[0] + k * (range[1] - range[0]) / 200;
            density.add(x, prior.density(x));
        }
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Charts.PALETTE[0]);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, new Color(90, 90, 90));
        line.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[]{6f, 4f}, 0f));
        XYSeriesCollection binned = new XYSeriesCollection(histogram);
        binned.setAutoWidth(false);
        binned.setIntervalWidth(width);
        XYPlot plot = new XYPlot(binned, Charts.axis(prior.path()), Charts.axis("density"), bars);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDataset(1, new XYSeriesCollection(density));
        plot.setRenderer(1, line);
        Interval c = post.credible(i, CalibrationReport.LEVEL);
        IntervalMarker band = new IntervalMarker(c.low(), c.high(), new Color(255, 200, 80, 60));
        plot.addDomainMarker(band, Layer.BACKGROUND);
        plot.getDomainAxis().setRange(range[0], range[1]);
        Charts.style(plot);
        return Charts.chart(prior.path() + ": 90% credible " + Numbers.figure(c.low()) + " to "
                + Numbers.figure(c.high()), plot);
    }

    /** The prior's support, where the histogram's bins lie. */
    static double[] support(Distribution d) {
        if (d instanceof Distribution.Uniform u) {
            return new double[]{u.low(), u.high()};
        }
        if (d instanceof Distribution.TruncatedNormal t) {
            return new double[]{t.low(), t.high()};
        }
        if (d instanceof Distribution.Triangular t) {
            return new double[]{t.low(), t.high()};
        }
        return new double[]{0, 1};
    }
}
