package io.github.bitforbit.evidence;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordCalibrationTest {
    private static final Scenario DEMO = Demo.scenario();
    private static final ObservedRecord EARLY_COLLAPSE = new ObservedRecord(OutcomeKind.COLLAPSED, 0, 24, null, null,
            "bit-for-bit", List.of(), List.of());
    private static final ObservedRecord COMPLETED = new ObservedRecord(OutcomeKind.COMPLETED, 0, 59, null, null,
            "all-or-nothing", List.of(), List.of());

    @Test
    void wildcardPathsSetEveryMatchingParameter() {
        List<Prior> priors = List.of(Prior.parse("parties.*.trust.initial=uniform(0,1)"));
        RecordCalibration c = new RecordCalibration(List.of(new RecordCalibration.Case(DEMO, EARLY_COLLAPSE)), priors, 10);
        Scenario s = c.scenario(0, new double[] {0.23});
        assertEquals(0.23, ParameterPath.get(s, "parties.USA.trust.initial"));
        assertEquals(0.23, ParameterPath.get(s, "parties.DPRK.trust.initial"));
        assertThrows(IllegalArgumentException.class, () -> new RecordCalibration(
                List.of(new RecordCalibration.Case(DEMO, EARLY_COLLAPSE)), List.of(Prior.parse("parties.*.nope=uniform(0,1)")), 10));
    }

    @Test
    void summariesAreSharesOfMatchingRunsAndDeterministic() {
        List<Prior> priors = List.of(Prior.parse("parties.DPRK.trust.initial=uniform(0.1,0.9)"));
        RecordCalibration c = new RecordCalibration(List.of(new RecordCalibration.Case(DEMO, EARLY_COLLAPSE),
                new RecordCalibration.Case(DEMO, COMPLETED)), priors, 200);
        double[] a = c.summaries(new double[] {0.4}, 9);
        assertArrayEquals(a, c.summaries(new double[] {0.4}, 9));
        Scenario s = c.scenario(0, new double[] {0.4});
        assertEquals(RecordLikelihood.of(s, EARLY_COLLAPSE, 200, 9, 1, 0.95).record().estimate(), a[0], 1e-12);
        assertArrayEquals(new double[] {1, 1}, c.observed());
        Posterior p = new AbcSmc().priors(priors).observed(c.observed()).scaled(false).population(20)
                .maxGenerations(2).seed(1).threads(2).run(c);
        assertEquals(2, p.generations().size());
        for (Posterior.Particle q : p.particles()) {
            assertTrue(q.values().get(0) >= 0.1 && q.values().get(0) <= 0.9);
        }
    }
}
