package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage of the collapse share's interval through the whole runner (seeding, blocks, threads,
 * in-order aggregation), on a toy model whose collapse probability is known exactly.
 */
class CoverageTest {

    @Test
    void wilsonIntervalOfTheCollapseShareCoversTheTrueProbability() {
        double p = 0.3;
        Scenario scenario = Demo.scenario(0.5);
        int repetitions = 2_000;
        int covered = 0;
        for (int rep = 0; rep < repetitions; rep++) {
            MonteCarloResult r = MonteCarlo.of(scenario).runs(100).seed(RunSeeds.seed(2024, rep)).threads(2)
                    .model(ToyModels.bernoulli(p)).run();
            if (r.share(OutcomeKind.COLLAPSED).contains(p)) {
                covered++;
            }
        }
        double coverage = (double) covered / repetitions;
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    }

    @Test
    void toyModelGivesTheKnownShareAndBreakdown() {
        MonteCarloResult r = MonteCarlo.of(Demo.scenario(0.5)).runs(20_000).seed(5).threads(3)
                .model(ToyModels.bernoulli(0.25)).run();
        // Exactly the count of a plain sequential loop over the same run seeds.
        long direct = 0;
        for (int k = 0; k < 20_000; k++) {
            if (new java.util.SplittableRandom(RunSeeds.seed(5, k)).nextDouble() < 0.25) {
                direct++;
            }
        }
        assertEquals(direct, r.count(OutcomeKind.COLLAPSED));
        assertEquals(0.25, r.share(OutcomeKind.COLLAPSED).estimate(), 0.015);
        assertEquals(1, r.collapses().size());
        CollapseShare dprkTrust = r.collapses().get(new CollapseKey("DPRK", io.github.bitforbit.engine.CollapseCause.TRUST));
        assertEquals(r.count(OutcomeKind.COLLAPSED), dprkTrust.count());
        assertEquals(1.0, dprkTrust.shareOfCollapses());
        // Cumulative incidence: all collapses at step 3, completions at 5 compete with them.
        assertEquals(r.share(OutcomeKind.COLLAPSED).estimate(),
                r.incidence(OutcomeKind.COLLAPSED).get(3).incidence(), 1e-12);
        assertEquals(0, r.incidence(OutcomeKind.COLLAPSED).get(2).incidence());
        assertEquals(r.incidence(OutcomeKind.COLLAPSED).get(3).incidence(),
                r.incidence(OutcomeKind.COLLAPSED).get(60).incidence());
        assertEquals(r.share(OutcomeKind.COMPLETED).estimate(),
                r.incidence(OutcomeKind.COMPLETED).get(60).incidence(), 1e-12);
        // Relief delivered is the uniform draw: mean 0.5, quantiles near 0.1/0.5/0.9.
        MetricSummary relief = r.metric(Metric.RELIEF_DELIVERED);
        assertEquals(0.5, relief.mean(), 0.01);
        assertEquals(0.1, relief.p10(), 0.02);
        assertEquals(0.5, relief.median(), 0.02);
        assertEquals(0.9, relief.p90(), 0.02);
    }
}
