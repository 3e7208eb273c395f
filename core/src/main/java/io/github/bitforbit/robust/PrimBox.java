package io.github.bitforbit.robust;

import java.util.List;

/**
 * One box of a PRIM peeling trajectory (Friedman and Fisher 1999): the points whose every
 * parameter lies within its restriction.
 *
 * @param restrictions the restricted parameters only, in the order of the input columns; a
 *                     parameter not listed is unrestricted (the box spans all its data)
 * @param count        the number of points in the box, {@code >= 1}
 * @param positives    how many of them have the outcome of interest (e.g. "design B wins")
 * @param mass         {@code count / n}, the share of all points in the box, in (0, 1]
 * @param density      {@code positives / count}, the share of the box's points with the outcome, in [0, 1]
 * @param coverage     {@code positives} over all points with the outcome, in [0, 1] (NaN if there are none)
 */
public record PrimBox(List<Restriction> restrictions, int count, int positives, double mass, double density,
                      double coverage) {

    /**
     * Copies the list.
     *
     * @param restrictions see {@link #restrictions()}
     * @param count see {@link #count()}
     * @param positives see {@link #positives()}
     * @param mass see {@link #mass()}
     * @param density see {@link #density()}
     * @param coverage see {@link #coverage()}
     */
    public PrimBox {
        restrictions = List.copyOf(restrictions);
    }

    /**
     * One restricted parameter of a box: the box holds the points with {@code low <= x <= high}.
     *
     * @param parameter the parameter's name (its path, or the column's name)
     * @param low       the lower bound, in the parameter's units ({@code -Infinity}: not restricted below)
     * @param high      the upper bound ({@code +Infinity}: not restricted above)
     * @param pValue    the quasi-p-value of the restriction (as in the EMA Workbench): the binomial
     *                  probability of at least this box's positives among its points if the
     *                  density were that of the box without this restriction; small means the
     *                  restriction matters. NaN on the peeling trajectory, where it is not computed.
     */
    public record Restriction(String parameter, double low, double high, double pValue) {
    }

    /**
     * The restriction on a parameter.
     *
     * @param parameter a parameter name
     * @return its restriction, or null if the box does not restrict it
     */
    public Restriction restriction(String parameter) {
        for (Restriction r : restrictions) {
            if (r.parameter().equals(parameter)) {
                return r;
            }
        }
        return null;
    }
}
