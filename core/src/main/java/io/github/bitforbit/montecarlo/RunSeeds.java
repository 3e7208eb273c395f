package io.github.bitforbit.montecarlo;

/**
 * The seed of every run, as a pure function of the master seed and the run index, by Vigna's
 * SplitMix64 generator (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number
 * generators", OOPSLA; reference code {@code https://prng.di.unimi.it/splitmix64.c}).
 *
 * <p>SplitMix64 seeded with {@code s} has state {@code s + i * 0x9E3779B97F4A7C15} after {@code i}
 * steps and outputs {@link #mix} of that state, so its k-th output (from 0) can be computed
 * directly: run k of a Monte Carlo with master seed {@code s} gets
 * {@code seed(s, k) = mix(s + (k + 1) * 0x9E3779B97F4A7C15)} (arithmetic modulo 2^64), the
 * (k + 1)-th value the reference generator would print for seed {@code s}. Because a run's seed
 * depends on nothing but {@code (s, k)}, results cannot depend on the number of threads or the
 * order in which runs finish, and run k of design A uses the same seed as run k of design B
 * (common random numbers).
 *
 * <p>For example, for master seed 1234567 the first five run seeds are 6457827717110365317,
 * 3203168211198807973, 9817491932198370423, 4593380528125082431 and 16408922859458223821
 * (as unsigned numbers), the published SplitMix64 outputs for that seed.
 */
public final class RunSeeds {

    /** The SplitMix64 increment, the odd integer closest to 2^64 divided by the golden ratio. */
    public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private RunSeeds() {
    }

    /**
     * The seed of run {@code run} under master seed {@code master}.
     *
     * @param master the master seed, any long
     * @param run    the run index, {@code >= 0}
     * @return SplitMix64's output number {@code run + 1} (counting from 1) for seed {@code master}
     * @throws IllegalArgumentException if {@code run < 0}
     */
    public static long seed(long master, long run) {
        if (run < 0) {
            throw new IllegalArgumentException("run must be >= 0: " + run);
        }
        return mix(master + (run + 1) * GOLDEN_GAMMA);
    }

    /**
     * SplitMix64's output function (a variant of the MurmurHash3 finaliser): a bijection on
     * 64-bit values that spreads every input bit over every output bit.
     *
     * @param z any long
     * @return the mixed value
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
