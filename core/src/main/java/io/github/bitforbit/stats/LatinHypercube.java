package io.github.bitforbit.stats;

import java.util.SplittableRandom;

/**
 * A random Latin hypercube design (McKay, Beckman and Conover 1979, Technometrics 21:239): each
 * axis is cut into {@code points} equal strata and every stratum of every axis holds exactly
 * one point, so each parameter is spread evenly even when the sample is small. Strata are
 * paired across axes by independent random permutations, and each point is placed uniformly at
 * random (jitter) within its cell: coordinate {@code (pi_j(i) + u) / points} with {@code pi_j}
 * a permutation and {@code u} uniform in [0, 1).
 *
 * <p>Deterministic for a given seed ({@link SplittableRandom}); all points are generated up front,
 * {@code points * dimensions} doubles.
 */
public final class LatinHypercube extends StoredDesign {

    /**
     * Creates the design.
     *
     * @param points     number of points (and strata per axis), {@code >= 1}
     * @param dimensions number of coordinates, {@code >= 1}
     * @param seed       seed of the permutations and jitter
     */
    public LatinHypercube(int points, int dimensions, long seed) {
        super(generate(points, dimensions, seed));
    }

    private static double[][] generate(int points, int dimensions, long seed) {
        Arguments.atLeast("points", points, 1);
        Arguments.atLeast("dimensions", dimensions, 1);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[points][dimensions];
        int[] strata = new int[points];
        for (int d = 0; d < dimensions; d++) {
            for (int i = 0; i < points; i++) {
                strata[i] = i;
            }
            // Fisher-Yates: a uniformly random permutation of the strata.
            for (int i = points - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < points; i++) {
                out[i][d] = (strata[i] + random.nextDouble()) / points;
            }
        }
        return out;
    }
}
