package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.Departure;
import io.github.bitforbit.engine.Metrics;
import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.Wilson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The departures of a coalition's members, counted by the runner from a toy model whose departures are known. */
class DeparturesTest {

    private static final Scenario COALITION = ToyModels.coalitionScenario();
    private static final double USA = 0.3;
    private static final double EU = 0.2;
    private static final long SEED = 42;

    private static MonteCarlo coalition(long runs, int threads) {
        return MonteCarlo.of(COALITION).design(Template.BIT_FOR_BIT).seed(SEED).runs(runs).threads(threads)
                .model(ToyModels.coalition(USA, EU));
    }

    /** The figures of one member recomputed from the toy's departures, run by run. */
    private static final class ByHand {
        long left;
        long after;
        long ended;
        final Map<CollapseCause, Long> causes = new EnumMap<>(CollapseCause.class);
        final List<Integer> steps = new ArrayList<>();
        long anotherLeft;
        long stayed;
    }

    private static Map<String, ByHand> byHand(long runs, SeededRun.Factory factory) {
        Map<String, ByHand> out = new java.util.LinkedHashMap<>();
        for (String m : List.of("USA", "EU", "UK")) {
            out.put(m, new ByHand());
        }
        SeededRun model = factory.create(COALITION, Template.BIT_FOR_BIT);
        for (long k = 0; k < runs; k++) {
            RunResult run = model.run(RunSeeds.seed(SEED, k));
            List<Departure> left = run.departures();
            for (Map.Entry<String, ByHand> e : out.entrySet()) {
                ByHand h = e.getValue();
                Departure own = left.stream().filter(d -> d.party().equals(e.getKey())).findFirst().orElse(null);
                if (own != null) {
                    h.left++;
                    h.after += own.afterCompletion() ? 1 : 0;
                    h.causes.merge(own.cause(), 1L, Long::sum);
                    h.steps.add(own.step());
                    if (run.outcome() instanceof Outcome.Collapsed c && c.party().equals(e.getKey())
                            && c.step() == own.step()) {
                        h.ended++;
                    }
                }
                if (left.size() - (own == null ? 0 : 1) > 0) {
                    h.anotherLeft++;
                    h.stayed += own == null ? 1 : 0;
                }
            }
        }
        return out;
    }

    private static double median(List<Integer> steps) {
        if (steps.isEmpty()) {
            return Double.NaN;
        }
        int[] sorted = steps.stream().mapToInt(Integer::intValue).sorted().toArray();
        // the smallest step with at least half of the observations at or before it
        return sorted[(sorted.length + 1) / 2 - 1];
    }

    private static Interval wilson(long k, long n) {
        return n == 0 ? new Interval(Double.NaN, Double.NaN, Double.NaN) : Wilson.interval(k, n, 0.95);
    }

    @Test
    void countsAndIntervalsAreThoseComputedByHand() {
        long runs = 5_000;
        MonteCarloResult r = coalition(runs, 3).run();
        Map<String, ByHand> hand = byHand(runs, ToyModels.coalition(USA, EU));
        assertEquals(List.of("USA", "EU", "UK"), new ArrayList<>(r.departures().keySet()), "members in scenario order");
        for (Map.Entry<String, ByHand> e : hand.entrySet()) {
            ByHand h = e.getValue();
            MemberDepartures d = r.departures().get(e.getKey());
            String m = e.getKey();
            assertEquals(m, d.member());
            assertEquals(h.left, d.left(), m);
            assertEquals(h.after, d.leftAfterCompletion(), m);
            assertEquals(h.left - h.after, d.leftBeforeCompletion(), m);
            assertEquals(h.causes, d.causes(), m);
            assertEquals(wilson(h.left, runs), d.leftShare(), m);
            assertEquals(wilson(h.after, runs), d.leftAfterCompletionShare(), m);
            assertEquals(wilson(h.left - h.after, runs), d.leftBeforeCompletionShare(), m);
            assertEquals(h.ended, d.endedRun(), m);
            assertEquals(wilson(h.ended, runs), d.endedRunShare(), m);
            assertEquals(median(h.steps), d.medianStep(), m);
            assertEquals(h.steps.isEmpty() ? Double.NaN
                    : h.steps.stream().mapToLong(Integer::longValue).sum() / (double) h.steps.size(), d.meanStep(), m);
            assertEquals(h.anotherLeft, d.anotherLeft(), m);
            assertEquals(h.stayed, d.stayedWhenAnotherLeft(), m);
            assertEquals(wilson(h.stayed, h.anotherLeft), d.stayedWhenAnotherLeftShare(), m);
        }
        // sanity of the toy: USA leaves about 30% of runs, half of them after completion, EU about 20%
        MemberDepartures usa = r.departures().get("USA");
        MemberDepartures eu = r.departures().get("EU");
        MemberDepartures uk = r.departures().get("UK");
        assertTrue(usa.leftShare().contains(USA), usa.leftShare().toString());
        assertTrue(eu.leftShare().contains(EU), eu.leftShare().toString());
        assertEquals(Set.of(CollapseCause.REIMPOSED), usa.causes().keySet());
        assertEquals(usa.left(), usa.count(CollapseCause.REIMPOSED));
        assertEquals(0, usa.count(CollapseCause.TRUST));
        assertEquals(0, eu.leftAfterCompletion());
        assertTrue(eu.medianStep() >= 1 && eu.medianStep() <= 10, "EU leaves at steps 1..10: " + eu.medianStep());
        assertTrue(Set.of(2.0, 7.0).contains(usa.medianStep()), "USA leaves at step 2 or 7: " + usa.medianStep());
        // UK never leaves: it stayed in every run in which another member left, and it never has a step
        assertEquals(0, uk.left());
        assertTrue(Double.isNaN(uk.medianStep()) && Double.isNaN(uk.meanStep()));
        assertEquals(uk.anotherLeft(), uk.stayedWhenAnotherLeft());
        assertEquals(1.0, uk.stayedWhenAnotherLeftShare().estimate());
        assertTrue(uk.causes().isEmpty());
        // USA and EU draw independently: EU stayed in about 80% of the runs USA left, USA in about 70% of EU's
        assertTrue(eu.stayedWhenAnotherLeftShare().contains(1 - EU), eu.stayedWhenAnotherLeftShare().toString());
        assertTrue(usa.stayedWhenAnotherLeftShare().contains(1 - USA), usa.stayedWhenAnotherLeftShare().toString());
    }

    @Test
    void everyFigureIsIdenticalOnOneTwoAndSevenThreads() {
        MonteCarloResult one = coalition(6_000, 1).run();
        assertEquals(one, coalition(6_000, 2).run());
        assertEquals(one, coalition(6_000, 7).run());
        assertEquals(3, one.departures().size());
        Comparison c1 = coalition(3_000, 1).compare(Template.ALL_OR_NOTHING, Template.BIT_FOR_BIT);
        Comparison c5 = coalition(3_000, 5).compare(Template.ALL_OR_NOTHING, Template.BIT_FOR_BIT);
        assertEquals(c1, c5);
        for (MonteCarloResult r : c1.results()) {
            assertEquals(one.departures().keySet(), r.departures().keySet());
        }
    }

    @Test
    void blocksRunApartSerializedAndFoldedCarryTheDepartures() throws Exception {
        MonteCarlo mc = coalition(2_500, 2);
        MonteCarloResult local = mc.run();
        BlockFold fold = mc.fold();
        RunBlocks worker = mc.blocks();
        for (long first = 0; first < 2_500; first += 300) {
            int size = (int) Math.min(300, 2_500 - first);
            fold.add(roundTrip(worker.run(first, size)));
        }
        assertEquals(local, fold.result());
        assertTrue(local.departures().get("USA").left() > 0);
    }

    /** Departures in very few runs: pooled blocks reused across fills must not keep an earlier run's departures. */
    @Test
    void rareDeparturesAreNotCarriedOverByReusedBlocks() {
        long runs = 20_000;
        double rare = 0.002;
        MonteCarloResult r = MonteCarlo.of(COALITION).seed(SEED).runs(runs).threads(2)
                .model(ToyModels.coalition(rare, rare)).run();
        Map<String, ByHand> hand = byHand(runs, ToyModels.coalition(rare, rare));
        for (Map.Entry<String, ByHand> e : hand.entrySet()) {
            MemberDepartures d = r.departures().get(e.getKey());
            assertEquals(e.getValue().left, d.left(), e.getKey());
            assertEquals(e.getValue().anotherLeft, d.anotherLeft(), e.getKey());
            assertEquals(e.getValue().stayed, d.stayedWhenAnotherLeft(), e.getKey());
        }
        assertTrue(hand.get("USA").left > 0 && hand.get("USA").left < 100, "the toy's departures are rare");
    }

    /** USA may leave at step 2 and EU at step 4; UK leaves at step 6 only after both, and its leaving is the collapse. */
    private static SeededRun.Factory lastOneOut() {
        return (scenario, design) -> seed -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            boolean usa = random.nextDouble() < 0.6;
            boolean eu = random.nextDouble() < 0.5;
            boolean uk = usa && eu && random.nextDouble() < 0.7;
            List<Departure> left = new ArrayList<>();
            if (usa) {
                left.add(new Departure("USA", 2, CollapseCause.REIMPOSED, false));
            }
            if (eu) {
                left.add(new Departure("EU", 4, CollapseCause.UTILITY, false));
            }
            if (uk) {
                left.add(new Departure("UK", 6, CollapseCause.TRUST, false));
            }
            Outcome outcome = uk ? new Outcome.Collapsed("UK", CollapseCause.TRUST, 6) : new Outcome.Completed(8);
            return new RunResult(seed, outcome, new Metrics(4, 4, 0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0, uk ? 7 : 9, 8),
                    Map.of(), left);
        };
    }

    @Test
    void theLastMemberOutEndsTheRunAndIsCountedSo() {
        long runs = 3_000;
        MonteCarloResult r = MonteCarlo.of(COALITION).seed(SEED).runs(runs).threads(2).model(lastOneOut()).run();
        Map<String, ByHand> hand = byHand(runs, lastOneOut());
        MemberDepartures uk = r.departures().get("UK");
        assertTrue(hand.get("UK").ended > 0);
        assertEquals(hand.get("UK").ended, uk.endedRun());
        assertEquals(uk.left(), uk.endedRun(), "UK only ever leaves last");
        assertEquals(wilson(uk.endedRun(), runs), uk.endedRunShare());
        assertEquals(uk.left(), r.collapses().get(new CollapseKey("UK", CollapseCause.TRUST)).count());
        assertEquals(0, r.departures().get("USA").endedRun());
        assertEquals(0, r.departures().get("EU").endedRun());
        assertEquals(hand.get("UK").stayed, uk.stayedWhenAnotherLeft());
        assertEquals(hand.get("USA").stayed, r.departures().get("USA").stayedWhenAnotherLeft());
    }

    @Test
    void aSideOfOnePrincipalHasNoDeparturesAndAllocatesNothing() {
        Scenario demo = Demo.scenario(0.5);
        MonteCarloResult r = MonteCarlo.of(demo).seed(3).runs(2_000).threads(2).model(ToyModels.bernoulli(0.4)).run();
        assertTrue(r.departures().isEmpty());
        assertTrue(r.departures("USA").isEmpty());
        Block block = new Block(64, 1, false);
        block.fill(new SeededRun[] {ToyModels.bernoulli(0.4).create(demo, Template.BIT_FOR_BIT)}, 3, 0, 64,
                ResultShape.partyIndex(demo), ResultShape.memberIndex(demo));
        assertNull(block.leftAt, "no departure array for runs without departures");
        assertNull(block.leftHow);
        // a coalition whose members never leave: every member present, with zero counts
        MonteCarloResult none = MonteCarlo.of(COALITION).seed(3).runs(500).threads(2)
                .model(ToyModels.coalition(0, 0)).run();
        assertEquals(3, none.departures().size());
        for (MemberDepartures d : none.departures().values()) {
            assertEquals(0, d.left());
            assertEquals(0.0, d.leftShare().estimate());
            assertEquals(0, d.anotherLeft());
            assertTrue(Double.isNaN(d.stayedWhenAnotherLeftShare().estimate()));
        }
    }

    @Test
    void aCancelledRunBeforeStartHasNaNShares() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        MonteCarloResult r = coalition(1_000, 2).cancellation(token).run();
        assertEquals(0, r.runs());
        MemberDepartures usa = r.departures().get("USA");
        assertEquals(0, usa.left());
        assertTrue(Double.isNaN(usa.leftShare().estimate()));
    }

    @Test
    void departuresOfANonMemberOrOfASideOfOneAreRefused() {
        SeededRun.Factory stranger = (s, d) -> seed -> result(seed, new Departure("DPRK", 1, CollapseCause.TRUST, false));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MonteCarlo.of(COALITION).runs(50).threads(1).model(stranger).run());
        assertTrue(e.getMessage().contains("'DPRK'"), e.getMessage());
        SeededRun.Factory alone = (s, d) -> seed -> result(seed, new Departure("USA", 1, CollapseCause.TRUST, false));
        assertThrows(IllegalStateException.class,
                () -> MonteCarlo.of(Demo.scenario(0.5)).runs(50).threads(1).model(alone).run());
        SeededRun.Factory twice = (s, d) -> seed -> result(seed, new Departure("EU", 1, CollapseCause.TRUST, false),
                new Departure("EU", 2, CollapseCause.REIMPOSED, false));
        assertThrows(IllegalStateException.class, () -> MonteCarlo.of(COALITION).runs(50).threads(1).model(twice).run());
    }

    @Test
    void memberDeparturesRefusesCountsThatDoNotAddUp() {
        Interval i = new Interval(0.1, 0.05, 0.2);
        Map<CollapseCause, Long> two = Map.of(CollapseCause.TRUST, 2L);
        MemberDepartures ok = new MemberDepartures("EU", 2, i, 1, i, 1, i, 1, i, two, 3, 3.5, 4, 3, i);
        assertEquals(2, ok.count(CollapseCause.TRUST));
        assertThrows(UnsupportedOperationException.class, () -> ok.causes().put(CollapseCause.UTILITY, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> new MemberDepartures("EU", 2, i, 1, i, 0, i, 0, i, two, 3, 3, 4, 3, i));
        assertThrows(IllegalArgumentException.class,
                () -> new MemberDepartures("EU", 2, i, 1, i, 1, i, 3, i, two, 3, 3, 4, 3, i));
        assertThrows(IllegalArgumentException.class,
                () -> new MemberDepartures("EU", 2, i, 1, i, 1, i, 0, i, two, 3, 3, 2, 3, i));
        assertThrows(IllegalArgumentException.class, () -> new MemberDepartures("EU", 2, i, 1, i, 1, i, 0, i,
                Map.of(CollapseCause.TRUST, 1L), 3, 3, 4, 3, i));
        assertEquals(Map.of(),
                new MemberDepartures("EU", 0, i, 0, i, 0, i, 0, i, null, Double.NaN, Double.NaN, 0, 0, i).causes());
    }

    private static RunResult result(long seed, Departure... left) {
        return new RunResult(seed, new Outcome.Completed(5), new Metrics(4, 4, 0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 6, 5),
                Map.of(), Arrays.asList(left));
    }

    private static RunBlock roundTrip(RunBlock block) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(block);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RunBlock) in.readObject();
        }
    }
}
