package io.github.bitforbit.evidence;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.stats.Interval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordLikelihoodTest {
    private static final Scenario DEMO = Demo.scenario();

    private static ObservedRecord collapse(int from, int to, String by) {
        return new ObservedRecord(OutcomeKind.COLLAPSED, from, to, by, null, "bit-for-bit", List.of(), List.of());
    }

    @Test
    void levelsNestAndAgreeWithTheMonteCarlo() {
        ObservedRecord r = collapse(0, 59, "DPRK");
        CaseLikelihood one = RecordLikelihood.of(DEMO, r, 2000, 3, 1, 0.95);
        CaseLikelihood two = RecordLikelihood.of(DEMO, r, 2000, 3, 2, 0.95);
        assertEquals(one, two);
        double collapsed = MonteCarlo.of(DEMO).design("bit-for-bit").runs(2000).seed(3).threads(1).run()
                .share(OutcomeKind.COLLAPSED).estimate();
        // the whole horizon as window: the window level is the outcome level
        assertEquals(collapsed, one.outcome().estimate(), 1e-12);
        assertEquals(one.outcome().estimate(), one.window().estimate(), 1e-12);
        assertTrue(one.record().estimate() <= one.window().estimate());
        CaseLikelihood narrow = RecordLikelihood.of(DEMO, collapse(3, 8, null), 2000, 3, 2, 0.95);
        assertTrue(narrow.window().estimate() <= narrow.outcome().estimate());
        assertEquals(narrow.window().estimate(), narrow.record().estimate(), 1e-12);
    }

    @Test
    void pooledLogScoreSumsTheCases() {
        CaseLikelihood a = new CaseLikelihood("a", "d", 100, new Interval(0.5, 0.4, 0.6), new Interval(0.3, 0.2, 0.4),
                new Interval(0.2, 0.13, 0.29), 20);
        CaseLikelihood b = new CaseLikelihood("b", "d", 100, new Interval(0, 0, 0.04), new Interval(0, 0, 0.04),
                new Interval(0, 0, 0.037), 0);
        Interval pooled = RecordLikelihood.pooledLogScore(List.of(a, b));
        assertEquals(Math.log(20.5 / 101) + Math.log(0.5 / 101), pooled.estimate(), 1e-12);
        assertEquals(Math.log(0.13) + Math.log(0.5 / 101), pooled.low(), 1e-12);
        assertEquals(Math.log(0.29) + Math.log(0.037), pooled.high(), 1e-12);
    }

    @Test
    void refusesRecordsThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> RecordLikelihood.check(DEMO, collapse(0, 5, "PRC")));
        assertThrows(IllegalArgumentException.class, () -> RecordLikelihood.check(DEMO,
                new ObservedRecord(OutcomeKind.COLLAPSED, 0, 5, null, null, "nope", null, null)));
        assertThrows(IllegalArgumentException.class, () -> new ObservedRecord(OutcomeKind.COMPLETED, 0, 5, "USA",
                null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ObservedRecord(OutcomeKind.COLLAPSED, 6, 5, null,
                CollapseCause.TRUST, null, null, null));
    }
}
