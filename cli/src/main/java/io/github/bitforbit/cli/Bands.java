package io.github.bitforbit.cli;

import org.jfree.chart.renderer.xy.DeviationRenderer;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The curves-with-bands drawing that the incidence and after-completion panels share: one colour
 * per design (its series and its translucent band alike), a stroke per series.
 */
final class Bands {
    private Bands() {
    }

    /** A renderer of lines with translucent pointwise bands. */
    static DeviationRenderer renderer() {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        return renderer;
    }

    /** Series {@code series} drawn in design {@code design}'s colour with {@code stroke}. */
    static void paint(DeviationRenderer renderer, int series, int design, BasicStroke stroke) {
        Color c = Charts.PALETTE[design % Charts.PALETTE.length];
        renderer.setSeriesPaint(series, c);
        renderer.setSeriesFillPaint(series, c);
        renderer.setSeriesStroke(series, stroke);
    }
}
