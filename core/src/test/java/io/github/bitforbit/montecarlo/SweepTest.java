package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Template;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepTest {

    private static final Scenario DEMO = Demo.scenario(0.5);
    private static final String TRUST = "parties.DPRK.trust.initial";

    /** Grid levels are the decimals the spec names: 0.1..0.9:9 has 0.3, not 0.30000000000000004. */
    @Test
    void gridLevelsAreTheLevelsAsGiven() {
        SweepAxis a = SweepAxis.parse(TRUST, "0.1..0.9:9");
        for (int i = 0; i < 9; i++) {
            assertEquals(Double.parseDouble("0." + (i + 1)), a.level(i), "level " + i);
        }
        assertEquals(0.5, SweepAxis.parse(TRUST, "0.2..0.8:1").level(0));
        assertEquals(0.35, SweepAxis.parse(TRUST, "0.2..0.5:3").level(1));
        SweepResult s = Sweep.of(DEMO).vary(TRUST, "0.1..0.9:9").runsPerPoint(5).threads(1).run();
        assertEquals(0.3, s.rows().get(2).values().get(TRUST));
    }

    /** check() applies every point before anything runs and names the first one refused. */
    @Test
    void checkNamesTheFirstRefusedPointBeforeAnyRun() {
        Sweep bad = Sweep.of(DEMO).vary(TRUST, "0.5..1.5:3").vary("horizon", "12,24");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::check);
        assertTrue(e.getMessage().contains(TRUST), e.getMessage());
        Sweep good = Sweep.of(DEMO).vary(TRUST, "0.1..0.9:3").vary("horizon", "12,24");
        assertEquals(good, good.check());
        IllegalArgumentException hint = assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary(TRUST, "0.1-0.9:9"));
        assertTrue(hint.getMessage().contains("lo..hi:n"), hint.getMessage());
    }

    @Test
    void gridHasOneRowPerCombinationLastAxisFastest() {
        List<SweepRow> sunk = new ArrayList<>();
        SweepResult s = Sweep.of(DEMO).vary(TRUST, "0.1..0.9:5").vary("ruleSet", "all-or-nothing,bit-for-bit")
                .runsPerPoint(200).seed(7).threads(2).onRow(sunk::add).run();
        assertEquals(10, s.rows().size());
        assertEquals("grid", s.method());
        assertEquals(List.of(TRUST, "ruleSet"), s.parameters());
        assertFalse(s.partial());
        for (int i = 0; i < 10; i++) {
            SweepRow row = s.rows().get(i);
            assertEquals(i, row.index());
            assertEquals(0.1 + (i / 2) * 0.2, (Double) row.values().get(TRUST), 1e-12);
            assertEquals(i % 2 == 0 ? "all-or-nothing" : "bit-for-bit", row.values().get("ruleSet"));
            assertEquals(row.values().get("ruleSet"), row.result().design());
            assertEquals(200, row.result().runs());
        }
        assertEquals(0.9, (Double) s.rows().get(9).values().get(TRUST));
        assertEquals(s.rows(), sunk);
        List<SweepRow> shuffled = new ArrayList<>(sunk);
        Collections.shuffle(shuffled, new Random(1));
        shuffled.sort(Comparator.comparingInt(SweepRow::index));
        assertEquals(s.rows(), shuffled);
    }

    @Test
    void aPointEqualsAPlainMonteCarloOfThatScenarioWhateverTheThreads() {
        SweepResult two = Sweep.of(DEMO).vary(TRUST, "0.2..0.8:3").runsPerPoint(700).seed(3).threads(2).run();
        SweepResult five = Sweep.of(DEMO).vary(TRUST, "0.2..0.8:3").runsPerPoint(700).seed(3).threads(5).run();
        assertEquals(two, five);
        Scenario middle = ParameterPath.set(DEMO, TRUST, 0.5);
        assertEquals(MonteCarlo.of(middle).runs(700).seed(3).threads(1).run(), two.rows().get(1).result());
    }

    @Test
    void latinHypercubeAndSobolHaveTheRequestedPointsAndRoundWholeNumbers() {
        Sweep lhs = Sweep.of(DEMO).vary(TRUST, "0.1..0.9").vary("parties.DPRK.patience", "2..6")
                .vary("ruleSet", "all-or-nothing,bit-for-bit,grit").latinHypercube(7).runsPerPoint(50).seed(1).threads(2);
        assertEquals(7, lhs.size());
        SweepResult l = lhs.run();
        assertEquals("latin-hypercube", l.method());
        assertEquals(7, l.rows().size());
        List<Integer> patience = new ArrayList<>();
        for (SweepRow row : l.rows()) {
            double t = (Double) row.values().get(TRUST);
            assertTrue(t >= 0.1 && t <= 0.9);
            Object p = row.values().get("parties.DPRK.patience");
            assertTrue(p instanceof Integer, "patience is a whole number: " + p);
            assertTrue((Integer) p >= 2 && (Integer) p <= 6);
            patience.add((Integer) p);
            assertTrue(List.of("all-or-nothing", "bit-for-bit", "grit").contains(row.values().get("ruleSet")));
        }
        assertTrue(patience.stream().distinct().count() >= 4, "patience spread " + patience);
        assertEquals(l, lhs.run());

        SweepResult s = Sweep.of(DEMO).vary(TRUST, "0.1..0.9").vary("horizon", "24..60").sobol(8)
                .runsPerPoint(50).threads(2).run();
        assertEquals("sobol", s.method());
        assertEquals(8, s.rows().size());
        for (SweepRow row : s.rows()) {
            Object h = row.values().get("horizon");
            assertTrue(h instanceof Integer && (Integer) h >= 24 && (Integer) h <= 60, "horizon " + h);
            assertTrue(row.result().metric(Metric.DURATION).mean() <= (Integer) h);
        }
    }

    @Test
    void unknownPathFailsBeforeAnythingRunsNamingTheClosestPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary("parties.DPRK.trust.intial", "0.1..0.9:5"));
        assertTrue(e.getMessage().contains("unknown parameter path 'parties.DPRK.trust.intial'"), e.getMessage());
        assertTrue(e.getMessage().contains("parties.DPRK.trust.initial"), e.getMessage());
        IllegalArgumentException design = assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary("ruleSet", "all-or-nothing,bit-for-bti"));
        assertTrue(design.getMessage().contains("bit-for-bit"), design.getMessage());
    }

    @Test
    void designSizesAndThreadsAreBoundedBeforeAnythingIsBuilt() {
        assertEquals("points must be at most 100000: 2147483647", assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary(TRUST, "0.1..0.9").latinHypercube(Integer.MAX_VALUE)).getMessage());
        assertEquals("points must be at most 100000: 100001", assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary(TRUST, "0.1..0.9").sobol(Sweep.MAX_POINTS + 1)).getMessage());
        assertEquals("the grid has more than 100000 points", assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary(TRUST, "0.1..0.9:1000").vary("parties.USA.trust.initial", "0.1..0.9:1000")
                        .grid().size()).getMessage());
        assertEquals("baseSamples * (parameters + 2) must be at most 100000: 201326592",
                assertThrows(IllegalArgumentException.class, () -> Sweep.of(DEMO).vary(TRUST, "0.1..0.9")
                        .sensitivity(1 << 26, 10)).getMessage());
        assertEquals("threads must be between 1 and 1024: 100000",
                assertThrows(IllegalArgumentException.class, () -> Sweep.of(DEMO).threads(100_000)).getMessage());
    }

    @Test
    void badSweepsFailFast() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sweep.of(DEMO).run()).getMessage()
                .startsWith("axes must not be empty"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary(TRUST, "0.1..0.9").run()).getMessage().contains("lo..hi:n"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary(TRUST, "0.1..0.9:3").vary(TRUST, "0.2,0.3")).getMessage()
                .contains("already swept"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary(TRUST, "0.1..1.5:3").runsPerPoint(10).run()).getMessage()
                .contains(TRUST));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).vary(TRUST, "0.1..0.9").sensitivity(12, 100)).getMessage()
                .startsWith("baseSamples must be a power of two"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Sweep.of(DEMO).sensitivity(16, 100)).getMessage().startsWith("axes must not be empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sweep.of(DEMO).runsPerPoint(0)).getMessage()
                .startsWith("runsPerPoint"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sweep.of(DEMO).latinHypercube(0)).getMessage()
                .startsWith("points"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sweep.of(DEMO).threads(-1)).getMessage()
                .startsWith("threads"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sweep.of(DEMO).vary("ruleSet", "0..1:2"))
                .getMessage().contains("ruleSet"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sweep.of(DEMO).vary(TRUST, "low,high"))
                .getMessage().contains("not a number"));
    }

    @Test
    void axisSpecsParse() {
        SweepAxis range = SweepAxis.parse(TRUST, " 0.1 .. 0.9 : 5 ");
        assertTrue(range.isRange());
        assertEquals(0.1, range.low());
        assertEquals(0.9, range.high());
        assertEquals(5, range.levels());
        SweepAxis continuous = SweepAxis.parse(TRUST, "-1..2");
        assertEquals(-1, continuous.low());
        assertEquals(0, continuous.levels());
        SweepAxis list = SweepAxis.parse("ruleSet", "all-or-nothing, bit-for-bit");
        assertFalse(list.isRange());
        assertEquals(List.of("all-or-nothing", "bit-for-bit"), list.values());
        assertEquals(List.of(0.1, 0.5), SweepAxis.parse(TRUST, "0.1,0.5").values());
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse(TRUST, "0.1..x:3"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse(TRUST, "0.9..0.1:3"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse(TRUST, "0.1..0.9:0"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse(TRUST, "0.1,,0.2"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse(TRUST, " "));
    }

    @Test
    void sobolIndicesOfTheCollapseShareOnTheDemoAreFiniteAndInRange() {
        List<SweepRow> rows = new ArrayList<>();
        SensitivityResult r = Sweep.of(DEMO).design(Template.BIT_FOR_BIT)
                .vary("parties.DPRK.trust.initial", "0.05..0.95").vary("parties.USA.trust.initial", "0.05..0.95")
                .runsPerPoint(100).seed(9).threads(2).onRow(rows::add).sensitivity(64, 200);
        assertEquals(64 * 4, r.evaluations());
        assertEquals(256, rows.size());
        assertEquals(2, r.parameters().size());
        for (ParameterSensitivity p : r.parameters()) {
            for (double v : new double[] {p.firstOrder().estimate(), p.total().estimate()}) {
                assertTrue(Double.isFinite(v) && v >= -0.2 && v <= 1.2, p.toString());
            }
            assertTrue(Double.isFinite(p.firstOrder().low()) && Double.isFinite(p.total().high()), p.toString());
        }
        assertEquals("parties.USA.trust.initial", r.parameter("parties.USA.trust.initial").path());
    }

    @Test
    void cancellationStopsTheSweepWithCompletedRowsOnly() {
        CancellationToken token = new CancellationToken();
        SweepResult s = Sweep.of(DEMO).vary(TRUST, "0.1..0.9:9").runsPerPoint(100).threads(2).cancellation(token)
                .onRow(row -> {
                    if (row.index() == 2) {
                        token.cancel();
                    }
                }).run();
        assertTrue(s.partial());
        assertEquals(3, s.rows().size());
    }
}
