package io.github.bitforbit.evidence;

import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.MonteCarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The historical records of several cases as an ABC {@link Simulator}: for parameter values
 * shared by every case, the summaries are, per case, the share of {@code runsPerCase} runs of its
 * recorded design that match its whole {@link ObservedRecord}; the observed summaries are all 1
 * ({@link #observed()}). With {@link AbcSmc#scaled(boolean) scaling off}, the ABC distance is
 * then {@code sqrt(sum over cases of (1 - p_case)^2)}: zero only where every case's record is
 * certain.
 *
 * <p>A prior's path may hold {@code *} for any run of characters except a dot, so that
 * {@code parties.*.trust.initial} sets the initial trust of every party that has one; each
 * path must name at least one parameter in every case.
 */
public final class RecordCalibration implements Simulator {

    /**
     * One case.
     *
     * @param scenario the scenario
     * @param record   its observed record
     */
    public record Case(Scenario scenario, ObservedRecord record) {
        /**
         * Checks that the record fits the scenario.
         *
         * @param scenario see {@link #scenario()}
         * @param record see {@link #record()}
         */
        public Case {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(record, "record");
            RecordLikelihood.check(scenario, record);
        }
    }

    private final List<Case> cases;
    private final List<List<List<String>>> targets = new ArrayList<>();
    private final int runsPerCase;

    /**
     * A calibration target.
     *
     * @param cases       at least one case
     * @param priors      the priors, whose paths each name a parameter in every case
     * @param runsPerCase runs per case and simulation, {@code >= 1}
     * @throws IllegalArgumentException naming a path that matches nothing in a case
     */
    public RecordCalibration(List<Case> cases, List<Prior> priors, int runsPerCase) {
        this.cases = List.copyOf(cases);
        if (this.cases.isEmpty()) {
            throw new IllegalArgumentException("cases: calibrate against at least one case");
        }
        if (runsPerCase < 1) {
            throw new IllegalArgumentException("runsPerCase must be >= 1: " + runsPerCase);
        }
        this.runsPerCase = runsPerCase;
        for (Case c : this.cases) {
            List<List<String>> perPrior = new ArrayList<>();
            for (Prior p : priors) {
                perPrior.add(expand(c.scenario(), p.path()));
            }
            targets.add(perPrior);
        }
    }

    /** The paths of {@code scenario} that {@code path} names, {@code *} standing for any run of non-dots. */
    static List<String> expand(Scenario scenario, String path) {
        if (!path.contains("*")) {
            ParameterPath.check(scenario, path);
            return List.of(path);
        }
        Pattern glob = Pattern.compile(Pattern.quote(path).replace("*", "\\E[^.]*\\Q"));
        List<String> out = new ArrayList<>();
        for (String p : ParameterPath.numericPaths(scenario)) {
            if (glob.matcher(p).matches()) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(scenario.name() + ": the prior path '" + path
                    + "' names no parameter");
        }
        return out;
    }

    /** {@return the observed summaries: 1 per case, the record matched for certain} */
    public double[] observed() {
        double[] ones = new double[cases.size()];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    /**
     * A case's scenario with the parameter values set.
     *
     * @param index the case's index
     * @param theta one value per prior
     * @return the scenario
     */
    public Scenario scenario(int index, double[] theta) {
        Scenario s = cases.get(index).scenario();
        List<List<String>> perPrior = targets.get(index);
        for (int k = 0; k < theta.length; k++) {
            for (String path : perPrior.get(k)) {
                double v = ParameterPath.isWholeNumber(s, path) ? Math.rint(theta[k]) : theta[k];
                s = ParameterPath.set(s, path, v);
            }
        }
        return s;
    }

    @Override
    public double[] summaries(double[] theta, long seed) {
        double[] out = new double[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            ObservedRecord record = cases.get(i).record();
            long[] counts = new long[3];
            MonteCarlo.of(scenario(i, theta)).design(record.design()).runs(runsPerCase).seed(seed).threads(1)
                    .sink((index, r) -> RecordLikelihood.count(record, r, counts)).run();
            out[i] = (double) counts[2] / runsPerCase;
        }
        return out;
    }
}
