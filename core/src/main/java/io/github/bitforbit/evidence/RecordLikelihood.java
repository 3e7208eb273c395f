package io.github.bitforbit.evidence;

import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.Wilson;

import java.util.List;
import java.util.Objects;

/**
 * The likelihood of historical records under the model: for each case, the share of runs of its
 * historical design that reproduce the observed outcome, its timing window, and who ended it and
 * how ({@link ObservedRecord}), with Wilson intervals; and the pooled log score over cases.
 *
 * <p>Runs use {@link MonteCarlo} with the given master seed, so every figure is independent of
 * the number of threads.
 */
public final class RecordLikelihood {
    private RecordLikelihood() {
    }

    /**
     * Runs one case.
     *
     * @param scenario   the scenario
     * @param record     its observed record
     * @param runs       runs, {@code >= 1}
     * @param seed       the master seed
     * @param threads    worker threads; changes no figure
     * @param confidence the level of the intervals, in (0, 1)
     * @return the case's likelihood
     * @throws IllegalArgumentException if the record's design or party does not exist in the scenario
     */
    public static CaseLikelihood of(Scenario scenario, ObservedRecord record, long runs, long seed, int threads,
                                    double confidence) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(record, "record");
        check(scenario, record);
        long[] counts = new long[3];
        MonteCarlo.of(scenario).design(record.design()).runs(runs).seed(seed).threads(threads)
                .sink((index, r) -> count(record, r, counts)).run();
        return new CaseLikelihood(scenario.name(), record.design(), runs, Wilson.interval(counts[0], runs, confidence),
                Wilson.interval(counts[1], runs, confidence), Wilson.interval(counts[2], runs, confidence), counts[2]);
    }

    /**
     * Checks that a record fits its scenario: its design exists and the party it names is one of the scenario's.
     *
     * @param scenario the scenario
     * @param record   the record
     * @throws IllegalArgumentException saying what does not fit
     */
    public static void check(Scenario scenario, ObservedRecord record) {
        scenario.design(record.design());
        if (record.endedBy() != null && scenario.party(record.endedBy()).isEmpty()
                && scenario.agents().stream().noneMatch(a -> a.id().equals(record.endedBy()))) {
            throw new IllegalArgumentException(scenario.name() + ": observed.endedBy '" + record.endedBy()
                    + "' is not a party of the scenario");
        }
    }

    static void count(ObservedRecord record, RunResult r, long[] counts) {
        counts[0] += record.matchesOutcome(r) ? 1 : 0;
        counts[1] += record.matchesWindow(r) ? 1 : 0;
        counts[2] += record.matches(r) ? 1 : 0;
    }

    /**
     * The pooled log score of several cases: the sum of their {@link CaseLikelihood#logScore()}s,
     * the log probability of all records together if cases are independent. The interval sums
     * the logs of every case's Wilson bounds (each floored at half a match), a conservative band:
     * it holds with at least the cases' confidence to the power of the number of cases.
     *
     * @param cases at least one case
     * @return the pooled score and its band
     */
    public static Interval pooledLogScore(List<CaseLikelihood> cases) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("pooled log score: no case");
        }
        double score = 0;
        double low = 0;
        double high = 0;
        for (CaseLikelihood c : cases) {
            double floor = 0.5 / (c.runs() + 1);
            score += c.logScore();
            low += Math.log(Math.max(floor, c.record().low()));
            high += Math.log(Math.max(floor, c.record().high()));
        }
        return new Interval(score, Math.min(low, score), Math.max(high, score));
    }
}
