package io.github.bitforbit.montecarlo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunSeedsTest {

    /** Rosetta Code, "Pseudo-random numbers/Splitmix64": the first five outputs for seed 1234567. */
    @Test
    void matchesPublishedSplitMix64OutputsForSeed1234567() {
        long[] expected = {
            Long.parseUnsignedLong("6457827717110365317"),
            Long.parseUnsignedLong("3203168211198807973"),
            Long.parseUnsignedLong("9817491932198370423"),
            Long.parseUnsignedLong("4593380528125082431"),
            Long.parseUnsignedLong("16408922859458223821"),
        };
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], RunSeeds.seed(1234567L, k), "run " + k);
        }
    }

    /** The reference splitmix64.c seeded with 0 starts 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f. */
    @Test
    void matchesReferenceOutputsForSeedZero() {
        assertEquals(0xE220A8397B1DCDAFL, RunSeeds.seed(0, 0));
        assertEquals(0x6E789E6AA1B965F4L, RunSeeds.seed(0, 1));
        assertEquals(0x06C45D188009454FL, RunSeeds.seed(0, 2));
    }

    @Test
    void isAPureFunctionOfMasterAndIndex() {
        assertEquals(RunSeeds.seed(42, 1_000_000), RunSeeds.seed(42, 1_000_000));
        assertEquals(RunSeeds.mix(42 + 1_000_001L * RunSeeds.GOLDEN_GAMMA), RunSeeds.seed(42, 1_000_000));
    }

    @Test
    void rejectsNegativeRunIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunSeeds.seed(1, -1));
        assertEquals("run must be >= 0: -1", e.getMessage());
    }
}
