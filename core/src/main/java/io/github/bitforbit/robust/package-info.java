/**
 * Decisions under deep uncertainty: comparing agreement designs over a whole space of
 * unanchored parameters rather than at one point (robust decision making, Lempert, Popper and
 * Bankes 2003), and describing where the ranking of designs flips by PRIM boxes (scenario
 * discovery, Bryant and Lempert 2010; Friedman and Fisher 1999).
 *
 * <ul>
 *   <li>{@link io.github.bitforbit.robust.Prim}: peeling, pasting, the peeling trajectory and
 *       {@link io.github.bitforbit.robust.PrimBox} boxes with coverage, density and the
 *       restricted parameters.</li>
 *   <li>{@link io.github.bitforbit.robust.RobustComparison}: designs compared on common random
 *       numbers at every point of a Latin hypercube or Sobol design, with the share of the space
 *       each design wins, its regret and the boxes where the usual winner loses.</li>
 * </ul>
 *
 * <p>Nothing here writes to the console or to files; every result is a function of the inputs
 * and the seed, independent of the number of threads.
 */
package io.github.bitforbit.robust;
