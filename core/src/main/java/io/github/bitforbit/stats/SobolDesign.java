package io.github.bitforbit.stats;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The first points of a Sobol low-discrepancy sequence (Sobol 1967, USSR Comput Math Math Phys
 * 7:86), from Commons Math {@link SobolSequenceGenerator} with Joe-Kuo direction numbers,
 * skipping the initial all-zero point: point i is sequence element i + 1.
 *
 * <p>Any size is allowed; the sequence fills the cube most evenly when the size is a power of
 * two. Deterministic; all points are generated up front, {@code points * dimensions} doubles.
 */
public final class SobolDesign extends StoredDesign {

    /** Largest number of dimensions covered by the direction numbers shipped with Commons Math. */
    public static final int MAX_DIMENSIONS = 1000;

    /**
     * Creates the design.
     *
     * @param points     number of points, {@code >= 1}
     * @param dimensions number of coordinates, in {@code [1, 1000]}
     */
    public SobolDesign(int points, int dimensions) {
        super(generate(points, dimensions));
    }

    private static double[][] generate(int points, int dimensions) {
        Arguments.atLeast("points", points, 1);
        if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("dimensions must be in [1, " + MAX_DIMENSIONS + "]: " + dimensions);
        }
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(dimensions);
        sequence.nextVector();
        double[][] out = new double[points][];
        for (int i = 0; i < points; i++) {
            out[i] = sequence.nextVector();
        }
        return out;
    }
}
