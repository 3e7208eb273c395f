package io.github.bitforbit.robust;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;

/**
 * The designs compared at one point of the uncertain space, on common random numbers.
 *
 * @param index     the point's index in the design of points, from 0
 * @param values    the value of every varied parameter at this point, by path, in the order varied
 * @param completed the share of runs each design completed, in the order the designs were given
 * @param collapsed the share of runs that collapsed under each design, same order
 */
public record RobustPoint(int index, Map<String, Object> values, List<Double> completed, List<Double> collapsed) {

    /**
     * Copies the collections.
     *
     * @param index see {@link #index()}
     * @param values see {@link #values()}
     * @param completed see {@link #completed()}
     * @param collapsed see {@link #collapsed()}
     */
    public RobustPoint {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        completed = List.copyOf(completed);
        collapsed = List.copyOf(collapsed);
    }

    /**
     * The design that completes most here.
     *
     * @return its position in the design list, or -1 if the best share is shared by two or more
     */
    public int completionWinner() {
        return best(completed, 1);
    }

    /**
     * The design that collapses least here.
     *
     * @return its position in the design list, or -1 if the least share is shared by two or more
     */
    public int collapseWinner() {
        return best(collapsed, -1);
    }

    private static int best(List<Double> shares, int sign) {
        int best = 0;
        boolean tie = false;
        for (int i = 1; i < shares.size(); i++) {
            double c = sign * shares.get(i);
            double b = sign * shares.get(best);
            if (c > b) {
                best = i;
                tie = false;
            } else if (c == b) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }
}
