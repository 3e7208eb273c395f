package io.github.bitforbit.cli;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.evidence.CaseLikelihood;
import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.evidence.RecordLikelihood;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.Wilson;

import java.util.List;

/**
 * What {@code check-history} computes: for each case the nested probabilities of its record
 * ({@link RecordLikelihood}) as conditional steps, the pooled log score, and the base-rate
 * comparison of a generic scenario with the TIES outcome shares after imposition.
 */
final class HistoryCheck {
    /** The level of every interval. */
    static final double CONFIDENCE = 0.95;

    private HistoryCheck() {
    }

    /**
     * One case: the core's likelihood with its counts, and the conditional steps between them.
     *
     * @param name       the scenario's name
     * @param record     the record checked
     * @param likelihood the core's figures
     * @param outcome    runs that ended as recorded
     * @param window     of those, runs that ended within the window
     * @param matches    of those, runs that were also ended by whom and how the record says
     */
    record Case(String name, ObservedRecord record, CaseLikelihood likelihood, long outcome, long window,
                long matches) {

        /** {@return P(outcome), over all runs} */
        Interval pOutcome() {
            return likelihood.outcome();
        }

        /** {@return P(window | outcome); NaN when no run ended as recorded} */
        Interval pWindow() {
            return conditional(window, outcome);
        }

        /** {@return P(ended by whom and how | outcome in the window); NaN when no run got that far} */
        Interval pEnded() {
            return conditional(matches, window);
        }

        /** {@return P(record), the product of the three} */
        Interval pRecord() {
            return likelihood.record();
        }

        /** {@return the case's log score, ln((k + 0.5) / (n + 1))} */
        double logScore() {
            return likelihood.logScore();
        }
    }

    /**
     * The pooled log score.
     *
     * @param score    the sum of the cases' log scores, with the core's conservative band
     * @param cases    the cases pooled
     * @param unmatched the cases no run matched, each counted as half a match
     */
    record Pooled(Interval score, int cases, List<String> unmatched) {
    }

    /** A TIES category of the outcome after imposition, with its share in the TIES data. */
    enum Ties {
        /** The target gave in, fully or in part: the model's runs that ended unfinished with capability given up for good. */
        ACQUIESCES("target acquiesces fully or partly", 0.33),
        /** Both sides conceded: the model's completed runs. */
        SETTLEMENT("negotiated settlement", 0.24),
        /** Nothing conceded for good: the model's unfinished runs with the target's capability where it began. */
        STALEMATE("sender backs down or stalemate", 0.43);

        final String label;
        final double share;

        Ties(String label, double share) {
            this.label = label;
            this.share = share;
        }

        /** {@return the key in JSON and CSV, e.g. {@code settlement}} */
        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The base-rate comparison.
     *
     * @param scenario the generic scenario's name
     * @param design   the design run
     * @param runs     runs
     * @param counts   runs per {@link Ties} category, in its order
     */
    record BaseRates(String scenario, String design, long runs, long[] counts) {
        /**
         * {@return the model's share of a category, with its Wilson interval}
         *
         * @param t the category
         */
        Interval share(Ties t) {
            return Wilson.interval(counts[t.ordinal()], runs, CONFIDENCE);
        }

        /** {@return the total variation distance between the model's shares and TIES's: half the summed gaps} */
        double distance() {
            double d = 0;
            for (Ties t : Ties.values()) {
                d += Math.abs(share(t).estimate() - t.share);
            }
            return d / 2;
        }
    }

    /**
     * Runs one case.
     *
     * @param s       the scenario
     * @param record  its record
     * @param runs    runs
     * @param seed    the master seed
     * @param threads worker threads (no figure depends on them)
     * @return the case
     */
    static Case run(Scenario s, ObservedRecord record, long runs, long seed, int threads) {
        CaseLikelihood c = RecordLikelihood.of(s, record, runs, seed, threads, CONFIDENCE);
        // the core's shares are k/n in double precision, from which k comes back exactly
        return new Case(s.name(), record, c, count(c.outcome(), runs), count(c.window(), runs), c.matches());
    }

    private static long count(Interval share, long runs) {
        return Math.round(share.estimate() * runs);
    }

    private static Interval conditional(long k, long n) {
        return n == 0 ? new Interval(Double.NaN, Double.NaN, Double.NaN) : Wilson.interval(k, n, CONFIDENCE);
    }

    /**
     * Pools the cases' log scores.
     *
     * @param cases at least one case
     * @return the pooled score
     */
    static Pooled pool(List<Case> cases) {
        Interval score = RecordLikelihood.pooledLogScore(cases.stream().map(Case::likelihood).toList());
        return new Pooled(score, cases.size(), cases.stream().filter(c -> c.matches() == 0).map(Case::name).toList());
    }

    /**
     * Runs the generic scenario and sorts its runs into the TIES categories.
     *
     * @param s       the generic scenario
     * @param design  the design to run
     * @param runs    runs
     * @param seed    the master seed
     * @param threads worker threads
     * @return the shares
     */
    static BaseRates baseRates(Scenario s, String design, long runs, long seed, int threads) {
        double initial = s.principal(Role.TARGET).target().initialCapability();
        long[] counts = new long[Ties.values().length];
        MonteCarlo.of(s).design(design).runs(runs).seed(seed).threads(threads)
                .sink((i, r) -> counts[category(r, initial).ordinal()]++).run();
        return new BaseRates(s.name(), design, runs, counts);
    }

    /** The TIES category of one run (docs/VALIDATION.md gives the mapping and its limits). */
    static Ties category(RunResult r, double initialCapability) {
        if (r.outcome().kind() == OutcomeKind.COMPLETED) {
            return Ties.SETTLEMENT;
        }
        return r.metrics().capabilityRemaining() < initialCapability - 1e-9 ? Ties.ACQUIESCES : Ties.STALEMATE;
    }
}
