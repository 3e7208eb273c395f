package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Sweep#skip}: the hook a command line uses to resume an interrupted sweep. */
class SweepSkipTest {

    private static final Scenario DEMO = Demo.scenario(0.5);
    private static final String TRUST = "parties.DPRK.trust.initial";

    private static Sweep grid() {
        return Sweep.of(DEMO).vary(TRUST, "0.1..0.9:3").vary("ruleSet", "all-or-nothing,bit-for-bit")
                .runsPerPoint(100).seed(11).threads(2);
    }

    @Test
    void skippedPointsAreNotRunAndTheRestEqualAnUninterruptedSweep() {
        SweepResult full = grid().run();
        List<SweepRow> sunk = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        SweepResult rest = grid().skip(i -> {
            asked.add(i);
            return i < 2 || i == 4;
        }).onRow(sunk::add).run();
        assertEquals(List.of(0, 1, 2, 3, 4, 5), asked);
        assertFalse(rest.partial());
        assertEquals(List.of(2, 3, 5), rest.rows().stream().map(SweepRow::index).toList());
        assertEquals(rest.rows(), sunk);
        assertEquals(List.of(full.rows().get(2), full.rows().get(3), full.rows().get(5)), rest.rows());

        List<SweepRow> merged = new ArrayList<>(rest.rows());
        merged.add(full.rows().get(4));
        merged.add(full.rows().get(0));
        merged.add(full.rows().get(1));
        merged.sort(Comparator.comparingInt(SweepRow::index));
        assertEquals(full.rows(), merged);
    }

    @Test
    void skippingEveryPointRunsNothingAndIsNotPartial() {
        Sweep sweep = grid().skip(i -> true);
        assertEquals(6, sweep.size());
        SweepResult none = sweep.run();
        assertTrue(none.rows().isEmpty());
        assertFalse(none.partial());
    }

    @Test
    void aNullPredicateOrOneThatSkipsNothingChangesNothing() {
        SweepResult full = grid().run();
        assertEquals(full, grid().skip(null).run());
        assertEquals(full, grid().skip(i -> false).run());
    }

    @Test
    void latinHypercubePointsKeepTheirValuesWhenOthersAreSkipped() {
        Sweep lhs = Sweep.of(DEMO).vary(TRUST, "0.1..0.9").vary("parties.DPRK.patience", "2..6").latinHypercube(5)
                .runsPerPoint(60).seed(3).threads(1);
        SweepResult full = lhs.run();
        SweepResult odd = Sweep.of(DEMO).vary(TRUST, "0.1..0.9").vary("parties.DPRK.patience", "2..6")
                .latinHypercube(5).runsPerPoint(60).seed(3).threads(2).skip(i -> i % 2 == 0).run();
        assertEquals(List.of(full.rows().get(1), full.rows().get(3)), odd.rows());
    }
}
