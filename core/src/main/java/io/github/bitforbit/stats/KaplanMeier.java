package io.github.bitforbit.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The Kaplan-Meier product-limit estimator of a survival curve on the integer steps
 * {@code 0..maxTime} (Kaplan and Meier 1958, J Am Stat Assoc 53:457), accumulated subject by
 * subject in O(maxTime) memory.
 *
 * <p>Each subject contributes the step at which it left observation and whether the event
 * (collapse) happened then; otherwise it is censored there (the negotiation completed or reached
 * the horizon). With {@code n(t)} subjects at risk at the start of step t and {@code d(t)} events
 * at t, {@code S(t) = prod over s <= t of (1 - d(s)/n(s))} estimates the probability of surviving
 * beyond t. Subjects censored at t count as at risk at t: censorings are taken to occur just
 * after the events of the same step, the usual convention.
 *
 * <p>Variance is Greenwood's (Greenwood 1926, Reports on Public Health and Medical Subjects 33):
 * {@code Var S(t) = S(t)^2 sum over s <= t of d(s) / (n(s)(n(s) - d(s)))}. The confidence band
 * is pointwise, by the log(-log) transform (Kalbfleisch and Prentice 1980, The Statistical
 * Analysis of Failure Time Data, sec. 1.3): with
 * {@code sigma(t) = sqrt(sum d/(n(n-d))) / |log S(t)|}, the bounds are
 * {@code S(t)^exp(+z sigma)} and {@code S(t)^exp(-z sigma)}. This is the {@code conf.type =
 * "log-log"} band of R's survival package; it always lies inside [0, 1]. Where {@code S(t) = 1}
 * (no events yet) or {@code S(t) = 0} (everyone at risk failed) the transform is undefined and
 * the band collapses to the point {@code [S, S]}.
 *
 * <p>Mutable and not thread-safe; combine per-worker estimators with {@link #merge}.
 */
public final class KaplanMeier {

    private final int maxTime;
    private final long[] events;
    private final long[] censored;
    private long subjects;

    /**
     * An estimator with no subjects.
     *
     * @param maxTime the last step, {@code >= 0}; memory is two longs per step
     */
    public KaplanMeier(int maxTime) {
        Arguments.atLeast("maxTime", maxTime, 0);
        if (maxTime == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxTime must be < " + Integer.MAX_VALUE + ": " + maxTime);
        }
        this.maxTime = maxTime;
        this.events = new long[maxTime + 1];
        this.censored = new long[maxTime + 1];
    }

    /**
     * Records one subject.
     *
     * @param time  the step at which the subject left observation, in {@code [0, maxTime]}
     * @param event true if the event happened at {@code time}; false if the subject was censored then
     */
    public void record(int time, boolean event) {
        if (time < 0 || time > maxTime) {
            throw new IllegalArgumentException("time must be in [0, " + maxTime + "]: " + time);
        }
        (event ? events : censored)[time]++;
        subjects++;
    }

    /**
     * Adds all subjects of {@code other}, which must have the same {@code maxTime}; the result is
     * exactly that of recording all subjects into one estimator, in any order.
     *
     * @param other another estimator, not null, with the same {@code maxTime}
     */
    public void merge(KaplanMeier other) {
        if (other.maxTime != maxTime) {
            throw new IllegalArgumentException("other.maxTime must equal maxTime=" + maxTime + ": " + other.maxTime);
        }
        long otherSubjects = other.subjects;
        for (int t = 0; t <= maxTime; t++) {
            events[t] += other.events[t];
            censored[t] += other.censored[t];
        }
        subjects += otherSubjects;
    }

    /** {@return the last step, as given to the constructor} */
    public int maxTime() {
        return maxTime;
    }

    /** {@return number of subjects recorded, {@code >= 0}} */
    public long subjects() {
        return subjects;
    }

    /**
     * The survival curve with a pointwise log(-log) Greenwood band, one point per step
     * {@code 0..maxTime}. With no subjects every point has {@code S = 1} and {@code atRisk = 0}.
     *
     * @param confidence two-sided pointwise confidence level, in (0, 1)
     * @return an unmodifiable list of {@code maxTime + 1} points, in time order
     */
    public List<SurvivalPoint> curve(double confidence) {
        double z = CriticalValues.normal(confidence);
        double[][] estimate = productLimit();
        List<SurvivalPoint> points = new ArrayList<>(maxTime + 1);
        long atRisk = subjects;
        for (int t = 0; t <= maxTime; t++) {
            double surviving = estimate[0][t];
            double low = surviving;
            double high = surviving;
            if (surviving > 0 && surviving < 1) {
                double sigma = Math.sqrt(estimate[1][t]) / -Math.log(surviving);
                low = Math.pow(surviving, Math.exp(z * sigma));
                high = Math.pow(surviving, Math.exp(-z * sigma));
            }
            points.add(new SurvivalPoint(t, surviving, low, high, atRisk, events[t], censored[t]));
            atRisk -= events[t] + censored[t];
        }
        return List.copyOf(points);
    }

    /**
     * Greenwood's estimate of the variance of S(time) (Greenwood 1926); 0 where S is 1 or 0.
     *
     * @param time a step in {@code [0, maxTime]}
     * @return the variance, {@code >= 0}
     */
    public double greenwoodVariance(int time) {
        if (time < 0 || time > maxTime) {
            throw new IllegalArgumentException("time must be in [0, " + maxTime + "]: " + time);
        }
        double[][] estimate = productLimit();
        double surviving = estimate[0][time];
        return surviving == 0 ? 0 : surviving * surviving * estimate[1][time];
    }

    /**
     * The median survival time: the smallest step t with {@code S(t) <= 0.5}.
     *
     * @return that step, or empty if the curve stays above 0.5 through {@code maxTime} (or there are
     *         no subjects)
     */
    public OptionalInt medianSurvival() {
        double[] surviving = productLimit()[0];
        for (int t = 0; t <= maxTime; t++) {
            if (surviving[t] <= 0.5) {
                return OptionalInt.of(t);
            }
        }
        return OptionalInt.empty();
    }

    /** {S(t), Greenwood sum of d/(n(n-d)) up to t} for every t; the sum is infinite once S reaches 0. */
    private double[][] productLimit() {
        double[] surviving = new double[maxTime + 1];
        double[] greenwoodSum = new double[maxTime + 1];
        double s = 1;
        double sum = 0;
        long atRisk = subjects;
        for (int t = 0; t <= maxTime; t++) {
            long d = events[t];
            if (d > 0) {
                // (n - d) / n in one division, rather than 1 - d / n, to round once.
                s *= (double) (atRisk - d) / atRisk;
                sum += d == atRisk ? Double.POSITIVE_INFINITY : d / ((double) atRisk * (atRisk - d));
            }
            surviving[t] = s;
            greenwoodSum[t] = sum;
            atRisk -= d + censored[t];
        }
        return new double[][] {surviving, greenwoodSum};
    }
}
