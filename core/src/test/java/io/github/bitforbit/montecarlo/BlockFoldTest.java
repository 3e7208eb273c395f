package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.Template;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocks run apart (in any order, serialized) and folded in run order give the local runner's figures. */
class BlockFoldTest {

    private static final Scenario DEMO = Demo.scenario(0.5);
    private static final AgreementDesign[] THREE = {Template.ALL_OR_NOTHING, Template.BIT_FOR_BIT,
            Template.GRIT};

    private static MonteCarlo demo() {
        return MonteCarlo.of(DEMO).design(Template.BIT_FOR_BIT).seed(42).runs(3_000).threads(2);
    }

    /** Runs the fold's span in blocks of random sizes, each made by a fresh worker, shuffled, serialized. */
    private static BlockFold foldInRandomBlocks(MonteCarlo mc, long seed, AgreementDesign... designs) {
        Random random = new Random(seed);
        BlockFold fold = mc.fold(designs);
        while (!fold.finished()) {
            long end = fold.nextStop();
            List<RunBlock> blocks = new ArrayList<>();
            for (long first = fold.runs(); first < end; ) {
                int size = (int) Math.min(end - first, 1 + random.nextInt(200));
                blocks.add(roundTrip(mc.blocks(designs).run(first, size)));
                first += size;
            }
            Collections.shuffle(blocks, random);
            blocks.sort((a, b) -> Long.compare(a.first(), b.first()));
            blocks.forEach(fold::add);
        }
        return fold;
    }

    private static RunBlock roundTrip(RunBlock block) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(block);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (RunBlock) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    @Test
    void aMonteCarloFoldedFromBlocksEqualsTheLocalRunWhateverTheBlocks() {
        MonteCarloResult local = demo().run();
        assertEquals(local, foldInRandomBlocks(demo(), 1).result());
        assertEquals(local, foldInRandomBlocks(demo(), 2).result());
        assertEquals(3_000, local.runs());
    }

    @Test
    void aComparisonFoldedFromBlocksEqualsTheLocalComparison() {
        Comparison local = demo().compare(THREE);
        assertEquals(local, foldInRandomBlocks(demo(), 3, THREE).comparison());
        assertEquals(3, local.pairs().size());
    }

    @Test
    void aPrecisionTargetStopsTheFoldAtTheSameBatchBoundary() {
        MonteCarlo mc = demo().runs(50_000).precision(0.01).batchSize(700);
        MonteCarloResult local = mc.run();
        BlockFold fold = foldInRandomBlocks(mc, 4);
        assertEquals(local, fold.result());
        assertTrue(local.runs() < 50_000 && local.runs() % 700 == 0, "stopped early at a boundary: " + local.runs());
        assertEquals(fold.runs(), fold.nextStop());
    }

    @Test
    void anUnfinishedFoldIsPartial() {
        MonteCarlo mc = demo();
        BlockFold fold = mc.fold();
        fold.add(mc.blocks().run(0, 100));
        assertFalse(fold.finished());
        assertEquals(3_000, fold.nextStop());
        MonteCarloResult r = fold.result();
        assertTrue(r.partial());
        assertEquals(100, r.runs());
    }

    @Test
    void blocksOutOfOrderOfAnotherSeedOrDesignOrPastTheStopAreRefused() {
        MonteCarlo mc = demo();
        BlockFold fold = mc.fold();
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
                () -> fold.add(mc.blocks().run(10, 5)));
        assertTrue(gap.getMessage().contains("must start at run 0"), gap.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fold.add(demo().seed(43).blocks().run(0, 5)));
        assertThrows(IllegalArgumentException.class, () -> fold.add(mc.blocks(THREE).run(0, 5)));
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
                () -> fold.add(mc.blocks().run(0, 3_001)));
        assertTrue(past.getMessage().contains("at most at run 3000"), past.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mc.blocks().run(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> mc.blocks().run(0, 0));
        assertThrows(IllegalArgumentException.class, () -> mc.fold(THREE[0], THREE[0]));
        assertEquals(0, fold.runs());
    }

    @Test
    void aSweepRunByAnotherPointRunnerEqualsTheLocalSweep() {
        Sweep local = Sweep.of(DEMO).vary("parties.DPRK.trust.initial", "0.2..0.8:3")
                .vary("ruleSet", "all-or-nothing,bit-for-bit").runsPerPoint(400).seed(5).threads(2);
        SweepResult expected = local.run();
        List<Integer> sunk = new ArrayList<>();
        local.onRow(row -> sunk.add(row.index()));
        SweepResult byBlocks = local.run((sweep, points, results) -> {
            for (SweepPoint p : points) {
                MonteCarlo mc = sweep.monteCarlo(p);
                if (!results.accept(p, foldInRandomBlocks(mc, p.index()).result())) {
                    return;
                }
            }
        });
        assertEquals(expected, byBlocks);
        assertEquals(List.of(0, 1, 2, 3, 4, 5), sunk);
        assertFalse(byBlocks.partial());
    }

    @Test
    void aPointRunnerThatStopsEarlyGivesAPartialSweepAndOneOutOfOrderIsRefused() {
        Sweep sweep = Sweep.of(DEMO).vary("parties.DPRK.trust.initial", "0.2..0.8:3").runsPerPoint(50);
        SweepResult firstOnly = sweep.run((s, points, results) ->
                results.accept(points.get(0), s.monteCarlo(points.get(0)).run()));
        assertTrue(firstOnly.partial());
        assertEquals(1, firstOnly.rows().size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sweep.run((s, points, results) ->
                results.accept(points.get(1), s.monteCarlo(points.get(1)).run())));
        assertTrue(e.getMessage().contains("point 0 next: 1"), e.getMessage());
    }
}
