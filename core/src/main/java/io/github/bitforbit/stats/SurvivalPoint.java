package io.github.bitforbit.stats;

/**
 * One step of a Kaplan-Meier survival curve.
 *
 * @param time      the step, in {@code [0, maxTime]}
 * @param surviving the product-limit estimate S(time) of the probability of surviving beyond
 *                  {@code time}, in [0, 1]
 * @param low       lower confidence bound for S(time), in {@code [0, surviving]}
 * @param high      upper confidence bound for S(time), in {@code [surviving, 1]}
 * @param atRisk    subjects still under observation at the start of {@code time}, {@code >= 0}
 * @param events    events (collapses) at {@code time}, in {@code [0, atRisk]}
 * @param censored  subjects censored at {@code time}, in {@code [0, atRisk - events]}
 */
public record SurvivalPoint(int time, double surviving, double low, double high,
                            long atRisk, long events, long censored) {

    /**
     * Checks the ranges above.
     *
     * @param time see {@link #time()}
     * @param surviving see {@link #surviving()}
     * @param low see {@link #low()}
     * @param high see {@link #high()}
     * @param atRisk see {@link #atRisk()}
     * @param events see {@link #events()}
     * @param censored see {@link #censored()}
     */
    public SurvivalPoint {
        if (time < 0) {
            throw new IllegalArgumentException("time must be >= 0: " + time);
        }
        if (!(0 <= low && low <= surviving && surviving <= high && high <= 1)) {
            throw new IllegalArgumentException("need 0 <= low <= surviving <= high <= 1: low=" + low
                    + ", surviving=" + surviving + ", high=" + high);
        }
        if (events < 0 || censored < 0 || events + censored > atRisk) {
            throw new IllegalArgumentException("need events, censored >= 0 and events + censored <= atRisk: atRisk="
                    + atRisk + ", events=" + events + ", censored=" + censored);
        }
    }
}
