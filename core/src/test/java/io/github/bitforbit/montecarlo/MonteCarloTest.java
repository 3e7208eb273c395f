package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.engine.TraceEvent;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.IncidencePoint;
import io.github.bitforbit.stats.Wilson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonteCarloTest {

    private static final Scenario DEMO = Demo.scenario(0.5);

    private static MonteCarlo demo() {
        return MonteCarlo.of(DEMO).design(Template.BIT_FOR_BIT).seed(42);
    }

    @Test
    void everyFigureIsIdenticalOnOneTwoAndSevenThreads() {
        MonteCarloResult one = demo().runs(6_000).threads(1).run();
        MonteCarloResult two = demo().runs(6_000).threads(2).run();
        MonteCarloResult seven = demo().runs(6_000).threads(7).run();
        assertEquals(one, two);
        assertEquals(one, seven);
        assertEquals(6_000, one.runs());
        assertFalse(one.partial());
    }

    @Test
    void summaryIsConsistent() {
        MonteCarloResult r = demo().runs(3_000).threads(2).run();
        long total = 0;
        for (OutcomeKind k : OutcomeKind.values()) {
            total += r.count(k);
            assertEquals(Wilson.interval(r.count(k), 3_000, 0.95), r.share(k));
        }
        assertEquals(3_000, total);
        long collapses = r.collapses().values().stream().mapToLong(CollapseShare::count).sum();
        assertEquals(r.count(OutcomeKind.COLLAPSED), collapses);
        assertEquals(Metric.values().length, r.metrics().size());
        MetricSummary relief = r.metric(Metric.RELIEF_DELIVERED);
        assertTrue(relief.mean() >= 0 && relief.mean() <= 1);
        assertTrue(relief.meanInterval().contains(relief.mean()));
        assertTrue(relief.p10() <= relief.median() && relief.median() <= relief.p90());
        List<IncidencePoint> curve = r.incidence(OutcomeKind.COLLAPSED);
        List<IncidencePoint> completion = r.incidence(OutcomeKind.COMPLETED);
        assertEquals(DEMO.horizon() + 1, curve.size());
        assertEquals(DEMO.horizon() + 1, completion.size());
        assertEquals(3_000, curve.get(0).atRisk());
        long events = curve.stream().mapToLong(IncidencePoint::events).sum();
        AfterCompletion after = r.afterCompletion();
        // the incidence of collapse counts collapses before completion; completion counts every run ever completed
        assertEquals(r.count(OutcomeKind.COLLAPSED) - after.collapsedAfter(), events);
        assertEquals(after.everCompleted(), completion.stream().mapToLong(IncidencePoint::events).sum());
        assertEquals(r.count(OutcomeKind.COMPLETED) + after.collapsedAfter(), after.everCompleted());
        assertEquals(after.everCompleted(), after.holds().get(0).atRisk());
        assertEquals(after.collapsedAfter(), after.holds().stream().mapToLong(p -> p.events()).sum());
        for (int t = 1; t < curve.size(); t++) {
            assertTrue(curve.get(t).incidence() >= curve.get(t - 1).incidence());
        }
        // Every run is followed to its end, so by the horizon the incidences are shares of first events.
        assertEquals((r.count(OutcomeKind.COLLAPSED) - after.collapsedAfter()) / 3_000.0,
                curve.get(DEMO.horizon()).incidence(), 1e-12);
        assertEquals(after.everCompletedShare().estimate(), completion.get(DEMO.horizon()).incidence(), 1e-12);
        assertEquals("demo", r.scenario());
        assertEquals("bit-for-bit", r.design());
        assertEquals(42, r.seed());
        assertTrue(Double.isNaN(r.precisionTarget()));
        assertFalse(r.reachedPrecision());
    }

    @Test
    void sinkSeesEveryRunInOrderWithItsSeed() {
        List<Long> indices = new ArrayList<>();
        List<RunResult> results = new ArrayList<>();
        demo().runs(2_500).threads(3).sink((k, result) -> {
            indices.add(k);
            results.add(result);
        }).run();
        assertEquals(2_500, indices.size());
        Simulation sim = new Simulation(DEMO, Template.BIT_FOR_BIT);
        for (int k = 0; k < indices.size(); k++) {
            assertEquals(k, indices.get(k));
            assertEquals(RunSeeds.seed(42, k), results.get(k).seed());
        }
        for (int k = 0; k < 2_500; k += 97) {
            assertEquals(sim.run(RunSeeds.seed(42, k)), results.get(k), "run " + k);
        }
    }

    @Test
    void progressReportsRunsDoneUpToTheTotal() {
        List<Long> done = new ArrayList<>();
        demo().runs(3_000).threads(2).progress((runs, planned, rate) -> {
            assertEquals(3_000, planned);
            assertTrue(rate > 0);
            done.add(runs);
        }).run();
        assertFalse(done.isEmpty());
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) > done.get(i - 1));
        }
        assertEquals(3_000, done.get(done.size() - 1));
    }

    @Test
    void precisionStopsAtTheFirstBatchBoundaryThatMeetsTheTarget() {
        double target = 0.015;
        int batch = 250;
        MonteCarloResult r = demo().runs(50_000).precision(target).batchSize(batch).threads(2).run();
        assertTrue(r.reachedPrecision());
        assertTrue(r.collapseHalfWidth() <= target, "half-width " + r.collapseHalfWidth());
        assertEquals(0, r.runs() % batch);
        assertTrue(r.runs() > batch);
        MonteCarloResult before = demo().runs(r.runs() - batch).threads(2).run();
        assertTrue(before.collapseHalfWidth() > target, "previous boundary " + before.collapseHalfWidth());
        // Deterministic whatever the threads, and equal to a fixed run of that many runs (figures).
        assertEquals(r, demo().runs(50_000).precision(target).batchSize(batch).threads(5).run());
        assertEquals(demo().runs(r.runs()).threads(1).run().outcomeShares(), r.outcomeShares());
        assertEquals(50_000, r.requestedRuns());
    }

    @Test
    void precisionNotReachedStopsAtMaxRuns() {
        MonteCarloResult r = demo().runs(1_200).precision(0.001).batchSize(500).threads(2).run();
        assertEquals(1_200, r.runs());
        assertFalse(r.reachedPrecision());
        assertFalse(r.partial());
        assertEquals(0.001, r.precisionTarget());
    }

    @Test
    void cancellationReturnsAPartialResultEqualToTheUncancelledPrefix() {
        CancellationToken token = new CancellationToken();
        AtomicLong sunk = new AtomicLong();
        MonteCarloResult partial = demo().runs(40_000).threads(2).cancellation(token)
                .sink((k, result) -> sunk.incrementAndGet())
                .progress((runs, planned, rate) -> {
                    if (runs >= 3_000) {
                        token.cancel();
                    }
                }).run();
        assertTrue(partial.partial());
        assertTrue(partial.runs() >= 3_000 && partial.runs() < 40_000, "runs " + partial.runs());
        assertEquals(partial.runs(), sunk.get());
        MonteCarloResult prefix = demo().runs(partial.runs()).threads(1).run();
        assertEquals(prefix, withoutFlags(partial, prefix.requestedRuns()));
    }

    @Test
    void cancelledBeforeStartGivesAnEmptyPartialResult() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        MonteCarloResult r = demo().runs(1_000).threads(2).cancellation(token).run();
        assertTrue(r.partial());
        assertEquals(0, r.runs());
        assertTrue(Double.isNaN(r.share(OutcomeKind.COLLAPSED).estimate()));
    }

    private static MonteCarloResult withoutFlags(MonteCarloResult r, long requested) {
        return new MonteCarloResult(r.scenario(), r.design(), r.seed(), requested, r.runs(), false, r.confidence(),
                r.precisionTarget(), r.reachedPrecision(), r.outcomeCounts(), r.outcomeShares(), r.metrics(),
                r.collapseIncidence(), r.completionIncidence(), r.collapses(), r.probes(), r.afterCompletion(),
                r.departures());
    }

    @Test
    void uncertainParameterVariesPerRunAndIsFixedBySeed() {
        String path = "parties.DPRK.trust.initial";
        Scenario wide = DEMO.withUncertainties(List.of(new UncertainParameter(path, new Distribution.Uniform(0.1, 0.9))));
        List<RunResult> runs = new ArrayList<>();
        MonteCarlo.of(wide).design(Template.BIT_FOR_BIT).runs(60).seed(3).threads(2)
                .sink((k, r) -> runs.add(r)).run();
        Simulation sim = new Simulation(wide, Template.BIT_FOR_BIT);
        Set<Double> drawn = new HashSet<>();
        for (RunResult r : runs) {
            assertEquals(r, sim.run(r.seed()), "same seed, same run");
            double first = initialTrustOfDprk(sim, r.seed());
            if (!Double.isNaN(first)) {
                assertTrue(first >= 0.1 && first <= 0.9, "drawn " + first);
                assertEquals(first, initialTrustOfDprk(sim, r.seed()), "same seed, same draw");
                drawn.add(first);
            }
        }
        assertTrue(drawn.size() >= 30, "distinct draws: " + drawn.size());

        Scenario low = DEMO.withUncertainties(List.of(new UncertainParameter(path, new Distribution.Uniform(0.1, 0.2))));
        Scenario high = DEMO.withUncertainties(List.of(new UncertainParameter(path, new Distribution.Uniform(0.9, 0.95))));
        MonteCarloResult lo = MonteCarlo.of(low).design(Template.BIT_FOR_BIT).runs(2_000).seed(3).threads(2).run();
        MonteCarloResult hi = MonteCarlo.of(high).design(Template.BIT_FOR_BIT).runs(2_000).seed(3).threads(2).run();
        assertTrue(hi.metric(Metric.TRUST_IN_SANCTIONER).mean() - lo.metric(Metric.TRUST_IN_SANCTIONER).mean() > 0.1,
                lo.metric(Metric.TRUST_IN_SANCTIONER) + " vs " + hi.metric(Metric.TRUST_IN_SANCTIONER));
        assertNotEquals(lo.outcomeCounts(), hi.outcomeCounts());
        assertEquals(lo, MonteCarlo.of(low).design(Template.BIT_FOR_BIT).runs(2_000).seed(3).threads(1).run());
    }

    /** The target's trust before its first change: the value drawn for this run, or NaN if it never changed. */
    private static double initialTrustOfDprk(Simulation sim, long seed) {
        return sim.trace(seed).events(TraceEvent.TrustChanged.class).stream()
                .filter(e -> e.truster().equals("DPRK")).mapToDouble(TraceEvent.TrustChanged::before)
                .findFirst().orElse(Double.NaN);
    }

    @Test
    void workerFailureIsRethrown() {
        SeededRun.Factory failing = (scenario, design) -> seed -> {
            throw new IllegalStateException("boom " + seed);
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MonteCarlo.of(DEMO).runs(500).threads(2).model(failing).run());
        assertTrue(e.getMessage().startsWith("boom"));
    }

    @Test
    void sinkFailureIsRethrown() {
        assertThrows(UnsupportedOperationException.class, () -> demo().runs(500).threads(2)
                .sink((k, r) -> {
                    throw new UnsupportedOperationException("sink");
                }).run());
    }

    @Test
    void badArgumentsFailFastNamingTheArgument() {
        MonteCarlo mc = MonteCarlo.of(DEMO);
        assertEquals("runs must be >= 1: 0", assertThrows(IllegalArgumentException.class, () -> mc.runs(0)).getMessage());
        assertEquals("threads must be between 1 and 1024: -2",
                assertThrows(IllegalArgumentException.class, () -> mc.threads(-2)).getMessage());
        assertEquals("threads must be between 1 and 1024: 100000",
                assertThrows(IllegalArgumentException.class, () -> mc.threads(100_000)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> mc.threads(0)).getMessage().startsWith("threads"));
        for (double bad : new double[] {0, 0.5, -0.1, 0.7, Double.NaN}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> mc.precision(bad)).getMessage()
                    .startsWith("precision must be in (0, 0.5)"));
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> mc.batchSize(0)).getMessage().startsWith("batchSize"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> mc.confidence(1)).getMessage().startsWith("confidence"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> mc.design("bit-for-bti")).getMessage()
                .contains("bit-for-bit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> mc.compare(Template.GRIT)).getMessage()
                .startsWith("designs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> mc.compare(Template.GRIT, Template.GRIT))
                .getMessage().startsWith("designs"));
    }

    @Test
    void intervalsFollowTheConfidenceLevel() {
        MonteCarloResult r90 = demo().runs(1_000).threads(2).confidence(0.90).run();
        MonteCarloResult r99 = demo().runs(1_000).threads(2).confidence(0.99).run();
        Interval a = r90.share(OutcomeKind.COLLAPSED);
        Interval b = r99.share(OutcomeKind.COLLAPSED);
        assertEquals(a.estimate(), b.estimate());
        assertTrue(b.halfWidth() > a.halfWidth());
    }
}
