package io.github.bitforbit.stats;

import java.util.Arrays;

/**
 * A full factorial grid: every combination of evenly spaced levels per dimension. Level j of a
 * dimension with L levels sits at {@code j / (L - 1)}, so the grid includes both ends of [0, 1];
 * a single level sits at the centre 0.5. Points are enumerated in row-major order with the LAST
 * dimension varying fastest: for levels (2, 3) the order is (0,0), (0,0.5), (0,1), (1,0), ...
 *
 * <p>Points are computed on demand from the index; memory is one int per dimension.
 */
public final class FullFactorial implements UnitDesign {

    private final int[] levels;
    private final int size;

    /**
     * Creates the grid.
     *
     * @param levelsPerDimension number of levels of each dimension, each {@code >= 1}; at least one
     *                           dimension
     * @throws IllegalArgumentException if an argument is out of range or the grid has more than
     *                                  {@link Integer#MAX_VALUE} points
     */
    public FullFactorial(int... levelsPerDimension) {
        if (levelsPerDimension == null || levelsPerDimension.length == 0) {
            throw new IllegalArgumentException("levelsPerDimension must not be empty: "
                    + Arrays.toString(levelsPerDimension));
        }
        levels = levelsPerDimension.clone();
        long product = 1;
        for (int d = 0; d < levels.length; d++) {
            Arguments.atLeast("levelsPerDimension[" + d + "]", levels[d], 1);
            product *= levels[d];
            if (product > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the grid size must be <= " + Integer.MAX_VALUE + ": "
                        + Arrays.toString(levels));
            }
        }
        size = (int) product;
    }

    @Override
    public int dimensions() {
        return levels.length;
    }

    @Override
    public int size() {
        return size;
    }

    /** {@return the number of levels of each dimension (a copy)} */
    public int[] levels() {
        return levels.clone();
    }

    @Override
    public double[] point(int index) {
        Arguments.index("index", index, size);
        double[] point = new double[levels.length];
        int rest = index;
        for (int d = levels.length - 1; d >= 0; d--) {
            int count = levels[d];
            int level = rest % count;
            rest /= count;
            point[d] = count == 1 ? 0.5 : (double) level / (count - 1);
        }
        return point;
    }
}
