package io.github.bitforbit.stats;

/**
 * A design whose points are computed once, up front, so that {@link #point(int)} is safe to call
 * from several threads.
 */
abstract class StoredDesign implements UnitDesign {
    private final double[][] points;

    StoredDesign(double[][] points) {
        this.points = points;
    }

    @Override
    public int dimensions() {
        return points[0].length;
    }

    @Override
    public int size() {
        return points.length;
    }

    /** {@inheritDoc} A copy of the stored point. */
    @Override
    public double[] point(int index) {
        return points[Arguments.index("index", index, points.length)].clone();
    }
}
