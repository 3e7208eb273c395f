package io.github.bitforbit.cli;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

/**
 * Bars with error bars: each bar is drawn as usual, then a vertical line from its interval's low
 * to high bound with caps. Intervals are given per (series, category) key; bars without one are
 * drawn plain. Works for grouped bars (several series).
 */
public final class ErrorBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;

    /** The interval {low, high} of each bar, by series and category. */
    private final Map<String, double[]> intervals = new HashMap<>();
    /** The format of the value label above each bar; null for none. */
    private java.text.NumberFormat labels;
    /** The font of the value labels. */
    private java.awt.Font labelFont = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);

    /** A renderer with flat bars (no gradient, no shadow). */
    public ErrorBarRenderer() {
        setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setItemMargin(0.05);
    }

    /**
     * Writes each bar's value above its error bar in this format (null: no labels).
     *
     * @param font the font of the labels
     * @param format the number format
     */
    public void valueLabels(java.text.NumberFormat format, java.awt.Font font) {
        this.labels = format;
        this.labelFont = font;
    }

    /**
     * Sets the interval of one bar.
     *
     * @param category the category (column) key
     * @param high the upper bound
     * @param low the lower bound
     * @param series the series (row) key
     */
    public void interval(Comparable<?> series, Comparable<?> category, double low, double high) {
        intervals.put(series + "\u0000" + category, new double[] {low, high});
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (pass != 0) {
            return;
        }
        Number value = dataset.getValue(row, column);
        if (value == null || !Double.isFinite(value.doubleValue())) {
            return;
        }
        RectangleEdge edge = plot.getRangeAxisEdge();
        double start = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
        double x = start + state.getBarWidth() / 2;
        double top = rangeAxis.valueToJava2D(value.doubleValue(), dataArea, edge);
        double[] i = intervals.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
        if (i != null && Double.isFinite(i[0]) && Double.isFinite(i[1])) {
            double lo = rangeAxis.valueToJava2D(i[0], dataArea, edge);
            double hi = rangeAxis.valueToJava2D(i[1], dataArea, edge);
            double cap = Math.max(3, Math.min(10, state.getBarWidth() / 5));
            g2.setPaint(Color.BLACK);
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Line2D.Double(x, lo, x, hi));
            g2.draw(new Line2D.Double(x - cap, lo, x + cap, lo));
            g2.draw(new Line2D.Double(x - cap, hi, x + cap, hi));
            top = Math.min(top, hi);
        }
        if (labels != null) {
            String text = labels.format(value.doubleValue());
            g2.setFont(labelFont);
            g2.setPaint(Color.BLACK);
            java.awt.FontMetrics m = g2.getFontMetrics();
            if (m.stringWidth(text) > state.getBarWidth() * 1.3) {
                // a narrow bar: the label stands upright above it rather than spilling over its neighbours
                java.awt.geom.AffineTransform saved = g2.getTransform();
                g2.rotate(-Math.PI / 2, x, top - 5);
                g2.drawString(text, (float) (x), (float) (top - 5 + m.getAscent() / 2.0 - 2));
                g2.setTransform(saved);
            } else {
                g2.drawString(text, (float) (x - m.stringWidth(text) / 2.0), (float) (top - 5));
            }
        }
    }
}
