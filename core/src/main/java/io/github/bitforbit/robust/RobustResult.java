package io.github.bitforbit.robust;

import io.github.bitforbit.stats.Interval;

import java.util.List;

/**
 * A robust comparison of designs over a space of uncertain parameters.
 *
 * <p>Shares of the space are shares of the points, with Wilson intervals: for a Latin hypercube
 * or posterior sample they estimate the probability that a point drawn from the sampling
 * distribution favours the design; for a Sobol sequence the points are not independent and the
 * interval is only a guide. Each point's shares are themselves Monte Carlo estimates, so at a
 * point where two designs are close the winner is partly chance; more runs per point narrow that.
 *
 * @param scenario       the scenario's name
 * @param designs        the designs compared, in the order given
 * @param paths          the varied parameters, in the order varied
 * @param method         how the points were placed: {@code latin-hypercube}, {@code sobol} or {@code given}
 * @param seed           the master seed (runs and Latin hypercube)
 * @param runsPerPoint   runs of every design at every point
 * @param points         every point run, in index order
 * @param completesMore  per design, the share of points where it completes strictly more than every other
 * @param collapsesLess  per design, the share of points where it collapses strictly less than every other
 * @param completionRegret per design, its regret on the completion share
 * @param collapseRegret   per design, its regret on the collapse share
 * @param usualWinner    the design that completes more at the most points (ties: the first given)
 * @param flips          PRIM over the numeric parameters, the outcome of interest being a point
 *                       where another design completes strictly more than the usual winner;
 *                       null when there is no such point, or no point where the usual winner
 *                       keeps its place, or no numeric parameter
 */
public record RobustResult(String scenario, List<String> designs, List<String> paths, String method, long seed,
                           long runsPerPoint, List<RobustPoint> points, List<Interval> completesMore,
                           List<Interval> collapsesLess, List<Regret> completionRegret, List<Regret> collapseRegret,
                           String usualWinner, Prim.Result flips) {

    /**
     * Copies the lists.
     *
     * @param scenario see {@link #scenario()}
     * @param designs see {@link #designs()}
     * @param paths see {@link #paths()}
     * @param method see {@link #method()}
     * @param seed see {@link #seed()}
     * @param runsPerPoint see {@link #runsPerPoint()}
     * @param points see {@link #points()}
     * @param completesMore see {@link #completesMore()}
     * @param collapsesLess see {@link #collapsesLess()}
     * @param completionRegret see {@link #completionRegret()}
     * @param collapseRegret see {@link #collapseRegret()}
     * @param usualWinner see {@link #usualWinner()}
     * @param flips see {@link #flips()}
     */
    public RobustResult {
        designs = List.copyOf(designs);
        paths = List.copyOf(paths);
        points = List.copyOf(points);
        completesMore = List.copyOf(completesMore);
        collapsesLess = List.copyOf(collapsesLess);
        completionRegret = List.copyOf(completionRegret);
        collapseRegret = List.copyOf(collapseRegret);
    }
}
