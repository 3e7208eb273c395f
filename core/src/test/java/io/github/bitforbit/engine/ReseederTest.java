package io.github.bitforbit.engine;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run generator's reseeding gives exactly MASON's {@code setSeed(int[])} state, and takes its own path here. */
class ReseederTest {

    @Test
    void theFastPathIsTakenOnThisMason() {
        assertTrue(Reseeder.FAST, "Reseeder fell back to MASON's setSeed");
    }

    @Test
    void aReseededGeneratorDrawsAsOneSeededByMason() {
        MersenneTwisterFast ours = new MersenneTwisterFast(0);
        SplittableRandom seeds = new SplittableRandom(7);
        long[] edges = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFFFFFFFL, 1L << 32};
        for (int k = 0; k < 5_000; k++) {
            long seed = k < edges.length ? edges[k] : seeds.nextLong();
            for (int d = 0; d < k % 700; d++) {
                ours.nextDouble(); // leave the old state anywhere in its block
            }
            ours.nextGaussian();
            Reseeder.seed(ours, seed);
            MersenneTwisterFast masons = new MersenneTwisterFast(new int[]{(int) seed, (int) (seed >>> 32)});
            assertTrue(ours.stateEquals(masons), "seed " + seed);
            assertEquals(masons.nextGaussian(), ours.nextGaussian(), "seed " + seed);
            for (int d = 0; d < 650; d++) {
                assertEquals(masons.nextDouble(), ours.nextDouble(), "seed " + seed + ", draw " + d);
            }
        }
    }
}
