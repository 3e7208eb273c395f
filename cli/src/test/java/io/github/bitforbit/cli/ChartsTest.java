package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every chart is written as a valid PNG and SVG that carry their title. */
class ChartsTest {

    private static LoadedScenario demo;
    private static Provenance provenance;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        demo = LoadedScenario.load("demo", List.of());
        provenance = Provenance.of("run", demo).with("ruleSet", "bit-for-bit").with("seed", 1L).stamped();
    }

    @Test
    void runAndCompareFigures(@TempDir Path dir) throws Exception {
        MonteCarloResult r = MonteCarlo.of(demo.scenario()).runs(300).seed(1).threads(2).run();
        check(Charts.run(r, demo.scenario().title(), provenance), dir, "run", demo.scenario().title());
        Comparison c = MonteCarlo.of(demo.scenario()).runs(300).seed(1).threads(2)
                .compare(demo.design("all-or-nothing"), demo.design("bit-for-bit"));
        check(Charts.compare(c, demo.scenario().title(), provenance), dir, "compare", "Outcome shares by rule set");
    }

    /** The after-completion panel: one Kaplan-Meier curve per design, from 1 and never rising; none for a design that never completes. */
    @Test
    void theHoldsPanelIsAKaplanMeierCurvePerDesign() {
        Comparison c = MonteCarlo.of(demo.scenario()).runs(400).seed(2).threads(2)
                .compare(demo.design("all-or-nothing"), demo.design("bit-for-bit"));
        org.jfree.data.xy.YIntervalSeriesCollection data = (org.jfree.data.xy.YIntervalSeriesCollection)
                HoldsChart.of(c.results()).getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        for (int s = 0; s < data.getSeriesCount(); s++) {
            MonteCarloResult r = c.results().get(s);
            assertEquals(r.afterCompletion().everCompleted() > 0, data.getItemCount(s) > 0, r.design());
            double last = 1;
            for (int i = 0; i < data.getItemCount(s); i++) {
                double y = data.getYValue(s, i);
                assertTrue(y <= last + 1e-12 && data.getStartYValue(s, i) <= y && y <= data.getEndYValue(s, i));
                last = y;
            }
            if (data.getItemCount(s) > 0) {
                assertEquals(1.0, data.getYValue(s, 0), 0.0, "every agreement holds at completion");
            }
        }
    }

    /** The colours span the shares that occur: a 46-52% spread uses the whole scale, not a sliver of 0-100%. */
    @Test
    void colourScaleSpansTheDataRoundedToWholePercent() {
        Charts.ShareScale s = Charts.ShareScale.of(new double[] {0.463, 0.49, 0.517, Double.NaN});
        assertEquals(0.46, s.getLowerBound(), 1e-12);
        assertEquals(0.52, s.getUpperBound(), 1e-12);
        assertEquals(0, s.position(0.46), 1e-12);
        assertEquals(1, s.position(0.52), 1e-12);
        assertEquals(0.02, s.tick(), 1e-12);
        Charts.ShareScale flat = Charts.ShareScale.of(new double[] {0.3, 0.3});
        assertEquals(0.02, flat.getUpperBound() - flat.getLowerBound(), 1e-12);
        assertTrue(flat.getLowerBound() <= 0.3 && 0.3 <= flat.getUpperBound());
        Charts.ShareScale edge = Charts.ShareScale.of(new double[] {0, 0.001});
        assertEquals(0, edge.getLowerBound());
        assertEquals(0.02, edge.getUpperBound(), 1e-12);
        assertEquals(1, IncidenceChart.upper(0.99));
        assertEquals(0.1, IncidenceChart.upper(0.08), 1e-12);
    }

    @Test
    void sweepFigures(@TempDir Path dir) throws Exception {
        List<Map<String, String>> line = new ArrayList<>();
        List<Map<String, String>> grid = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            line.add(row("x", Double.toString(0.1 * i), null, null, 0.1 * i));
            for (String d : List.of("grit", "bit-for-bit")) {
                grid.add(row("x", Double.toString(0.1 * i), "ruleSet", d, 0.2 * i));
            }
        }
        check(Charts.sweep(line, List.of("x"), "A line", provenance), dir, "line", "Collapse share by x");
        check(Charts.sweep(grid, List.of("x", "ruleSet"), "A heatmap", provenance), dir, "heatmap",
                "Collapse share by x and ruleSet");
        List<Map<String, String>> bars = List.of(row("ruleSet", "grit", null, null, 0.3),
                row("ruleSet", "bit-for-bit", null, null, 0.2));
        check(Charts.sweep(bars, List.of("ruleSet"), "Bars", provenance), dir, "bars", "Collapse share by ruleSet");
        List<Map<String, String>> scattered = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            scattered.add(row("x", Double.toString(Math.sin(i)), "y", Double.toString(Math.cos(3 * i)), i / 7.0));
        }
        check(Charts.sweep(scattered, List.of("x", "y"), "Points", provenance), dir, "points", "Collapse share by x and y");
    }

    private static Map<String, String> row(String p, String v, String q, String w, double share) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(p, v);
        if (q != null) {
            m.put(q, w);
        }
        m.put("collapsedShare", Double.toString(share));
        m.put("collapsedLow", Double.toString(Math.max(0, share - 0.05)));
        m.put("collapsedHigh", Double.toString(Math.min(1, share + 0.05)));
        return m;
    }

    private static void check(Figure figure, Path dir, String name, String text) throws Exception {
        Path png = dir.resolve(name + ".png");
        figure.write(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a readable PNG");
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 500, image.getWidth() + "x" + image.getHeight());
        Path svg = dir.resolve(name + ".svg");
        figure.write(svg);
        Document doc = Svg.parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertTrue(doc.getDocumentElement().getTextContent().contains(text), "the SVG has the text '" + text + "'");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
