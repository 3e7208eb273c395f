package io.github.bitforbit.engine;

import ec.util.MersenneTwisterFast;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Seeds a run's generator with all 64 bits of the run seed, to exactly the state MASON's
 * {@code MersenneTwisterFast.setSeed(int[])} gives for the key {@code {low 32 bits, high 32 bits}}
 * (MT19937's {@code init_by_array} over {@code init_genrand(19650218)}), at less cost.
 *
 * <p>Why: a run reseeds once, and MASON's {@code setSeed} allocates a new 624-word state (2.5 KB,
 * most of a run's allocation), fills it by {@code init_genrand(19650218)}, the same for every
 * seed, and then mixes the key in with loops that read back each word they just wrote; with runs
 * of 5 to 40 microseconds that was a sixth of a run's time. Here the fixed start is computed once
 * and copied into the generator's own array, and the mixing keeps the last word in a local.
 *
 * <p>The generator's state is private to MASON, so it is reached through {@link VarHandle}s. If
 * they cannot be had (another MASON, a security manager) or the result ever differs from MASON's
 * own (checked once, when this class is loaded), {@link #seed} falls back to {@code setSeed}:
 * results never depend on which path is taken.
 */
final class Reseeder {
    private static final int N = 624;
    /** {@code init_genrand(19650218)}: where {@code init_by_array} starts, whatever the key. */
    private static final int[] START = new int[N];
    private static final VarHandle MT;
    private static final VarHandle MTI;
    private static final VarHandle HAVE_GAUSSIAN;
    /** Whether {@link #seed} writes the state itself (false: MASON's {@code setSeed}). */
    static final boolean FAST;

    static {
        START[0] = 19650218;
        for (int i = 1; i < N; i++) {
            START[i] = 1812433253 * (START[i - 1] ^ (START[i - 1] >>> 30)) + i;
        }
        VarHandle mt = null;
        VarHandle mti = null;
        VarHandle gaussian = null;
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(MersenneTwisterFast.class, MethodHandles.lookup());
            mt = l.findVarHandle(MersenneTwisterFast.class, "mt", int[].class);
            mti = l.findVarHandle(MersenneTwisterFast.class, "mti", int.class);
            gaussian = l.findVarHandle(MersenneTwisterFast.class, "__haveNextNextGaussian", boolean.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            mt = null;
        }
        MT = mt;
        MTI = mti;
        HAVE_GAUSSIAN = gaussian;
        FAST = mt != null && agreesWithMason();
    }

    private Reseeder() {
    }

    /** Seeds {@code random} as {@code random.setSeed(new int[]{(int) seed, (int) (seed >>> 32)})} would. */
    static void seed(MersenneTwisterFast random, long seed) {
        if (FAST) {
            initByArray(random, (int) seed, (int) (seed >>> 32));
        } else {
            random.setSeed(new int[]{(int) seed, (int) (seed >>> 32)});
        }
    }

    /** MT19937's {@code init_by_array} for a key of two words, as MASON writes it, into random's own state. */
    private static void initByArray(MersenneTwisterFast random, int key0, int key1) {
        int[] mt = (int[]) MT.get(random);
        System.arraycopy(START, 0, mt, 0, N);
        int i = 1;
        int j = 0;
        int prev = mt[0]; // always mt[i - 1]
        for (int k = N; k > 0; k--) {
            prev = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + (j == 0 ? key0 : key1) + j;
            mt[i] = prev;
            i++;
            j ^= 1;
            if (i >= N) {
                mt[0] = prev;
                i = 1;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            prev = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            mt[i] = prev;
            i++;
            if (i >= N) {
                mt[0] = prev;
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        MTI.set(random, N);
        HAVE_GAUSSIAN.set(random, false);
    }

    /**
     * Whether this class's seeding gives MASON's state for a few seeds, each after a Gaussian draw
     * (whose stored second value a reseed must discard, as {@code stateEquals} does not compare it).
     */
    private static boolean agreesWithMason() {
        try {
            MersenneTwisterFast ours = new MersenneTwisterFast(0);
            for (long seed : new long[]{0L, 1L, -1L, 0x123456789ABCDEFL}) {
                ours.nextGaussian();
                initByArray(ours, (int) seed, (int) (seed >>> 32));
                MersenneTwisterFast masons = new MersenneTwisterFast(new int[]{(int) seed, (int) (seed >>> 32)});
                if (!ours.stateEquals(masons) || ours.nextGaussian() != masons.nextGaussian()) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
