package io.github.bitforbit.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The Aalen-Johansen estimator of cumulative incidence functions for competing risks on the
 * integer steps {@code 0..maxTime} (Aalen and Johansen 1978, Scand J Stat 5:141; Kalbfleisch and
 * Prentice 1980, The Statistical Analysis of Failure Time Data, sec. 7.2), accumulated subject by
 * subject in O(causes x maxTime) memory.
 *
 * <p>Each subject leaves observation once, at a step, either ended by one of {@code causes}
 * mutually exclusive causes (in the runner: collapse or completion) or censored (in the runner:
 * the horizon reached, the talks stalled). Where the Kaplan-Meier estimator of one cause treats
 * the others as censoring, and so estimates a probability in a world where they cannot happen,
 * the cumulative incidence {@code F_k(t) = sum over s <= t of S(s-1) d_k(s) / n(s)} is the
 * probability that cause k has ended a subject by the end of step t, with {@code S} the
 * Kaplan-Meier probability that no cause has ended it yet, {@code n(s)} subjects at risk at the
 * start of step s and {@code d_k(s)} of them ended by cause k at s. The incidences of all causes
 * and S add up to 1 at every step. Without censoring before t, {@code F_k(t)} is exactly the
 * share of subjects ended by cause k by t.
 *
 * <p>Variance by the delta method (Dinse and Larson 1986, Biometrika 73:379; Marubini and
 * Valsecchi 1995, Analysing Survival Data from Clinical Trials and Observational Studies, eq.
 * 10.10), with {@code d(s)} the events of all causes at s:
 * <pre>
 * Var F_k(t) = sum_{s &lt;= t} (F_k(t) - F_k(s))^2 d(s) / (n(s) (n(s) - d(s)))
 *            + sum_{s &lt;= t} S(s-1)^2 d_k(s) (n(s) - d_k(s)) / n(s)^3
 *            - 2 sum_{s &lt;= t} (F_k(t) - F_k(s)) S(s-1) d_k(s) / n(s)^2
 * </pre>
 * Without censoring it reduces to the binomial {@code F(1 - F)/N}. The pointwise band is by the
 * log(-log) transform, as for {@link KaplanMeier}: with {@code sigma = sqrt(Var) / (F |log F|)}
 * the bounds are {@code F^exp(+z sigma)} and {@code F^exp(-z sigma)}, always inside [0, 1];
 * where {@code F} is 0 or 1 the band collapses to the point.
 *
 * <p>Mutable and not thread-safe; combine per-worker estimators with {@link #merge}.
 */
public final class CumulativeIncidence {

    private final int maxTime;
    private final int causes;
    /** events[k][t]: subjects ended by cause k at step t. */
    private final long[][] events;
    private final long[] censored;
    private long subjects;

    /**
     * An estimator with no subjects.
     *
     * @param maxTime the last step, {@code >= 0} and below {@link Integer#MAX_VALUE}
     * @param causes  the number of competing causes, {@code >= 1}
     */
    public CumulativeIncidence(int maxTime, int causes) {
        Arguments.atLeast("maxTime", maxTime, 0);
        Arguments.atLeast("causes", causes, 1);
        if (maxTime == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxTime must be < " + Integer.MAX_VALUE + ": " + maxTime);
        }
        this.maxTime = maxTime;
        this.causes = causes;
        this.events = new long[causes][maxTime + 1];
        this.censored = new long[maxTime + 1];
    }

    /**
     * Records a subject ended by a cause.
     *
     * @param time  the step at which it ended, in {@code [0, maxTime]}
     * @param cause the cause, in {@code [0, causes)}
     */
    public void event(int time, int cause) {
        checkTime(time);
        Arguments.index("cause", cause, causes);
        events[cause][time]++;
        subjects++;
    }

    /**
     * Records a subject censored (still not ended by any cause when it left observation).
     *
     * @param time the step at which it left observation, in {@code [0, maxTime]}; it counts as at
     *             risk at that step (censorings just after the events of the same step)
     */
    public void censor(int time) {
        checkTime(time);
        censored[time]++;
        subjects++;
    }

    /**
     * Adds all subjects of {@code other}; the result is exactly that of recording all subjects into
     * one estimator, in any order.
     *
     * @param other an estimator with the same {@code maxTime} and number of causes
     */
    public void merge(CumulativeIncidence other) {
        if (other.maxTime != maxTime || other.causes != causes) {
            throw new IllegalArgumentException("other must have maxTime=" + maxTime + " and causes=" + causes
                    + ": maxTime=" + other.maxTime + ", causes=" + other.causes);
        }
        for (int t = 0; t <= maxTime; t++) {
            for (int k = 0; k < causes; k++) {
                events[k][t] += other.events[k][t];
            }
            censored[t] += other.censored[t];
        }
        subjects += other.subjects;
    }

    /** {@return the last step, as given to the constructor} */
    public int maxTime() {
        return maxTime;
    }

    /** {@return the number of competing causes, as given to the constructor} */
    public int causes() {
        return causes;
    }

    /** {@return number of subjects recorded, {@code >= 0}} */
    public long subjects() {
        return subjects;
    }

    /**
     * The cumulative incidence curve of one cause with its pointwise band, one point per step
     * {@code 0..maxTime}. With no subjects every point is 0 with {@code atRisk = 0}.
     *
     * @param cause      the cause, in {@code [0, causes)}
     * @param confidence two-sided pointwise confidence level, in (0, 1)
     * @return an unmodifiable list of {@code maxTime + 1} points, in time order
     */
    public List<IncidencePoint> curve(int cause, double confidence) {
        Arguments.index("cause", cause, causes);
        double z = CriticalValues.normal(confidence);
        int steps = maxTime + 1;
        long[] atRisk = new long[steps];
        long[] all = new long[steps];
        double[] before = new double[steps];  // S(t - 1)
        double[] incidence = new double[steps];
        long n = subjects;
        double s = 1;
        double f = 0;
        for (int t = 0; t < steps; t++) {
            long d = 0;
            for (int k = 0; k < causes; k++) {
                d += events[k][t];
            }
            atRisk[t] = n;
            all[t] = d;
            before[t] = s;
            if (n > 0) {
                f += s * events[cause][t] / n;
                s *= (double) (n - d) / n;
            }
            // the sum of increments can miss 1 by rounding when every subject had this event; a band
            // around 1 - 1e-16 would span [0, 1]
            incidence[t] = 1 - f < 1e-12 ? 1 : f;
            n -= d + censored[t];
        }
        List<IncidencePoint> points = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            double ft = incidence[t];
            double variance = 0;
            for (int u = 0; u <= t; u++) {
                long nu = atRisk[u];
                if (nu == 0) {
                    continue;
                }
                long dk = events[cause][u];
                double gap = ft - incidence[u];
                if (gap != 0 && all[u] < nu) {
                    variance += gap * gap * all[u] / ((double) nu * (nu - all[u]));
                }
                if (dk > 0) {
                    double sb = before[u];
                    variance += sb * sb * dk * (nu - dk) / ((double) nu * nu * nu);
                    variance -= 2 * gap * sb * dk / ((double) nu * nu);
                }
            }
            double low = ft;
            double high = ft;
            if (ft > 0 && ft < 1 && variance > 0) {
                double sigma = Math.sqrt(variance) / (ft * -Math.log(ft));
                low = Math.min(ft, Math.pow(ft, Math.exp(z * sigma)));
                high = Math.max(ft, Math.pow(ft, Math.exp(-z * sigma)));
            }
            long others = all[t] - events[cause][t];
            points.add(new IncidencePoint(t, ft, low, high, atRisk[t], events[cause][t], others, censored[t]));
        }
        return List.copyOf(points);
    }

    private void checkTime(int time) {
        if (time < 0 || time > maxTime) {
            throw new IllegalArgumentException("time must be in [0, " + maxTime + "]: " + time);
        }
    }
}
