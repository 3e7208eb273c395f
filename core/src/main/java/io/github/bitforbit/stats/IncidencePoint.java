package io.github.bitforbit.stats;

/**
 * One step of a cumulative incidence curve: the probability that one kind of event (a cause) has
 * happened by the end of a step, in the presence of the other, competing, kinds.
 *
 * @param time      the step, in {@code [0, maxTime]}
 * @param incidence the Aalen-Johansen estimate F(time) of the probability that this cause has
 *                  ended the subject by the end of {@code time}, in [0, 1]
 * @param low       lower pointwise confidence bound for F(time), in {@code [0, incidence]}
 * @param high      upper pointwise confidence bound for F(time), in {@code [incidence, 1]}
 * @param atRisk    subjects still under observation at the start of {@code time}, {@code >= 0}
 * @param events    subjects ended by this cause at {@code time}, in {@code [0, atRisk]}
 * @param others    subjects ended by any competing cause at {@code time}, {@code >= 0}
 * @param censored  subjects censored at {@code time}; {@code events + others + censored <= atRisk}
 */
public record IncidencePoint(int time, double incidence, double low, double high,
                             long atRisk, long events, long others, long censored) {

    /**
     * Checks the ranges above.
     *
     * @param time see {@link #time()}
     * @param incidence see {@link #incidence()}
     * @param low see {@link #low()}
     * @param high see {@link #high()}
     * @param atRisk see {@link #atRisk()}
     * @param events see {@link #events()}
     * @param others see {@link #others()}
     * @param censored see {@link #censored()}
     */
    public IncidencePoint {
        if (time < 0) {
            throw new IllegalArgumentException("time must be >= 0: " + time);
        }
        if (!(0 <= low && low <= incidence && incidence <= high && high <= 1)) {
            throw new IllegalArgumentException("need 0 <= low <= incidence <= high <= 1: low=" + low
                    + ", incidence=" + incidence + ", high=" + high);
        }
        if (events < 0 || others < 0 || censored < 0 || events + others + censored > atRisk) {
            throw new IllegalArgumentException("need events, others, censored >= 0 and their sum <= atRisk: atRisk="
                    + atRisk + ", events=" + events + ", others=" + others + ", censored=" + censored);
        }
    }
}
