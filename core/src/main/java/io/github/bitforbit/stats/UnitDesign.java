package io.github.bitforbit.stats;

/**
 * A finite experimental design in the unit cube [0, 1]^d, for parameter sweeps: the caller maps
 * each coordinate to a parameter range. Implementations are immutable, so {@link #point} is a
 * deterministic function of the index and safe to call from several threads.
 */
public interface UnitDesign {

    /** {@return number of coordinates d of each point, {@code >= 1}} */
    int dimensions();

    /** {@return number of points, {@code >= 1}} */
    int size();

    /**
     * One point of the design.
     *
     * @param index in {@code [0, size())}
     * @return a fresh array of {@link #dimensions()} coordinates, each in [0, 1]
     * @throws IllegalArgumentException if the index is out of range
     */
    double[] point(int index);
}
