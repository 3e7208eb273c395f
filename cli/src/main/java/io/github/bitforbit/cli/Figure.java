package io.github.bitforbit.cli;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A figure of one or more charts side by side under a heading (the scenario and rule set) with a
 * provenance line at the foot, written as PNG or SVG (by the file name) through
 * {@link AtomicOutput}.
 */
public final class Figure {

    private static final int FOOTER = 26;
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font FOOT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final String title;
    private final String subtitle;
    private final String footer;
    private final List<JFreeChart> charts;
    private final int width;
    private final int height;

    /**
     * A figure.
     *
     * @param title    the heading, e.g. the scenario's title
     * @param subtitle the line(s) under it, e.g. {@code dprk-2018 under bit-for-bit, 10,000 runs}; a
     *                 second and later line (after {@code \n}) are shown in bold, e.g. a verdict
     * @param footer   the provenance line
     * @param charts   the panels, left to right
     * @param width    pixels
     * @param height   pixels
     */
    public Figure(String title, String subtitle, String footer, List<JFreeChart> charts, int width, int height) {
        this.title = title;
        this.subtitle = subtitle;
        this.footer = footer;
        this.charts = List.copyOf(charts);
        this.width = width;
        this.height = height;
    }

    /** {@return the charts} */
    public List<JFreeChart> charts() {
        return charts;
    }

    /**
     * Writes the figure: SVG if the name ends in {@code .svg}, else PNG.
     *
     * @param file the output path; its extension decides the format
     */
    public void write(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            draw(g);
            String svg = g.getSVGDocument();
            AtomicOutput.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
        } else {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                draw(g);
            } finally {
                g.dispose();
            }
            AtomicOutput.write(file, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new java.io.IOException("no PNG writer");
                }
            });
        }
    }

    /**
     * Draws the whole figure.
     *
     * @param g the graphics to draw on
     */
    public void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setPaint(Color.BLACK);
        centred(g, TITLE_FONT, fit(g, TITLE_FONT, title), 28);
        String[] lines = subtitle.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Font f = i == 0 ? SUBTITLE_FONT : SUBTITLE_FONT.deriveFont(Font.BOLD);
            g.setPaint(i == 0 ? new Color(60, 60, 60) : Color.BLACK);
            centred(g, f, fit(g, f, lines[i]), 52 + 20 * i);
        }
        int header = 64 + 20 * (lines.length - 1);
        int panel = width / charts.size();
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).draw(g, new Rectangle2D.Double(i * panel, header, panel, height - header - FOOTER));
        }
        g.setPaint(new Color(110, 110, 110));
        g.setFont(FOOT_FONT);
        g.drawString(fit(g, FOOT_FONT, footer), 10, height - 9);
    }

    private void centred(Graphics2D g, Font font, String text, int baseline) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, Math.max(4, (width - m.stringWidth(text)) / 2), baseline);
    }

    private String fit(Graphics2D g, Font font, String text) {
        FontMetrics m = g.getFontMetrics(font);
        String t = text;
        while (t.length() > 4 && m.stringWidth(t) > width - 16) {
            t = t.substring(0, t.length() - 2);
        }
        return t.equals(text) ? t : t + "...";
    }
}
