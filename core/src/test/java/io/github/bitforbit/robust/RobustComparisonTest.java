package io.github.bitforbit.robust;

import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobustComparisonTest {
    private static final Scenario DEMO = Demo.scenario(0.5);

    private static RobustComparison comparison(int threads) {
        return RobustComparison.of(DEMO).designs("all-or-nothing", "bit-for-bit")
                .vary("parties.DPRK.trust.initial", "0.05..0.95")
                .vary("parties.USA.trust.initial", "0.05..0.95")
                .vary("falseAlarm", "0..0.3")
                .latinHypercube(60).runsPerPoint(100).seed(11).threads(threads);
    }

    @Test
    void identicalOnOneAndTwoThreadsAndAfterResuming() {
        List<RobustPoint> streamed = new ArrayList<>();
        RobustResult one = comparison(1).onPoint(streamed::add).run();
        RobustResult two = comparison(2).run();
        assertEquals(one, two);
        assertEquals(one.points(), streamed);
        RobustResult resumed = comparison(2).resume(streamed.subList(0, 25)).run();
        assertEquals(one, resumed);
    }

    @Test
    void sharesRegretsAndBoxesAgreeWithThePoints() {
        RobustResult r = comparison(2).run();
        assertEquals(60, r.points().size());
        assertEquals(List.of("parties.DPRK.trust.initial", "parties.USA.trust.initial", "falseAlarm"), r.paths());
        int n = r.points().size();
        for (int j = 0; j < 2; j++) {
            int wins = 0;
            double regretSum = 0;
            double regretMax = 0;
            for (RobustPoint p : r.points()) {
                wins += p.completionWinner() == j ? 1 : 0;
                double reg = Math.max(p.completed().get(0), p.completed().get(1)) - p.completed().get(j);
                assertTrue(reg >= 0);
                regretSum += reg;
                regretMax = Math.max(regretMax, reg);
            }
            assertEquals((double) wins / n, r.completesMore().get(j).estimate(), 1e-12);
            assertEquals(regretSum / n, r.completionRegret().get(j).mean(), 1e-12);
            assertEquals(regretMax, r.completionRegret().get(j).max(), 1e-12);
            Regret g = r.completionRegret().get(j);
            assertTrue(g.mean() <= g.max() && g.p90() <= g.max() && g.p90() >= 0, g.toString());
        }
        assertTrue(r.completesMore().get(0).estimate() + r.completesMore().get(1).estimate() <= 1 + 1e-12);
        int usual = r.designs().indexOf(r.usualWinner());
        assertTrue(r.completesMore().get(usual).estimate() >= r.completesMore().get(1 - usual).estimate());
        if (r.flips() != null) {
            PrimBox box = r.flips().box();
            int inBox = 0;
            int flipsInBox = 0;
            for (RobustPoint p : r.points()) {
                boolean inside = true;
                for (PrimBox.Restriction c : box.restrictions()) {
                    double v = ((Number) p.values().get(c.parameter())).doubleValue();
                    inside &= v >= c.low() && v <= c.high();
                }
                if (inside) {
                    inBox++;
                    flipsInBox += p.completed().get(1 - usual) > p.completed().get(usual) ? 1 : 0;
                }
            }
            assertEquals(box.count(), inBox);
            assertEquals(box.positives(), flipsInBox);
        }
    }

    @Test
    void givenPointsAreRunAsGiven() {
        RobustResult r = RobustComparison.of(DEMO).designs("all-or-nothing", "bit-for-bit")
                .points(List.of(java.util.Map.of("falseAlarm", 0.01), java.util.Map.of("falseAlarm", 0.2)))
                .runsPerPoint(50).threads(1).run();
        assertEquals("given", r.method());
        assertEquals(0.2, r.points().get(1).values().get("falseAlarm"));
    }

    @Test
    void refusesBadInputBeforeRunning() {
        assertThrows(IllegalArgumentException.class, () -> RobustComparison.of(DEMO).designs("bit-for-bit"));
        assertThrows(IllegalArgumentException.class, () -> RobustComparison.of(DEMO).designs("bit-for-bit", "nope"));
        assertThrows(IllegalArgumentException.class, () -> RobustComparison.of(DEMO).vary("ruleSet", "a,b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RobustComparison.of(DEMO).vary("parties.DPRK.trust.intial", "0..1"));
        assertTrue(e.getMessage().contains("trust.initial"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RobustComparison.of(DEMO).designs("all-or-nothing",
                "bit-for-bit").vary("falseAlarm", "0..2").latinHypercube(10).pointValues());
    }

    @Test
    void aRangeIsRefusedByItsBadEndAsASweepRefusesIt() {
        IllegalArgumentException robust = assertThrows(IllegalArgumentException.class, () -> RobustComparison.of(DEMO)
                .designs("all-or-nothing", "bit-for-bit").vary("falseAlarm", "0..1.5").latinHypercube(10).pointValues());
        IllegalArgumentException sweep = assertThrows(IllegalArgumentException.class, () ->
                io.github.bitforbit.montecarlo.Sweep.of(DEMO).vary("falseAlarm", "0..1.5").latinHypercube(10).check());
        assertEquals(sweep.getMessage(), robust.getMessage());
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> RobustComparison.of(DEMO).vary("falseAlarm", "0-0.2"));
        IllegalArgumentException sweepTypo = assertThrows(IllegalArgumentException.class,
                () -> io.github.bitforbit.montecarlo.Sweep.of(DEMO).vary("falseAlarm", "0-0.2"));
        assertEquals(sweepTypo.getMessage(), typo.getMessage());
    }
}
