package io.github.bitforbit.cli;

import io.github.bitforbit.evidence.Generation;
import io.github.bitforbit.evidence.Posterior;
import io.github.bitforbit.stats.Interval;

import java.util.ArrayList;
import java.util.List;

/** The outputs of {@code calibrate}: the weighted posterior sample as CSV, and its summary for a terminal. */
final class CalibrationReport {
    /** The credible level of the intervals reported. */
    static final double LEVEL = 0.9;

    private CalibrationReport() {
    }

    /**
     * The posterior sample: provenance, summaries and generations as {@code #} comments, then one
     * row per particle with its values, weight, normalised weight and distance.
     */
    static String csv(Posterior post, Provenance p, Holdout holdout) {
        StringBuilder out = new StringBuilder(p.comments());
        for (io.github.bitforbit.evidence.Prior prior : post.priors()) {
            // one line a prior, in the form --posterior reads, so that the file names its own priors
            out.append("# prior: ").append(prior).append('\n');
        }
        out.append("# ess: ").append(Numbers.csv(post.ess())).append('\n');
        if (holdout != null) {
            out.append("# ").append(holdout.line()).append('\n');
        }
        for (int i = 0; i < post.paths().size(); i++) {
            Interval c = post.credible(i, LEVEL);
            out.append("# parameter ").append(post.paths().get(i)).append(": mean ").append(Numbers.csv(post.mean(i)))
                    .append(", median ").append(Numbers.csv(post.quantile(i, 0.5))).append(", 90% credible ")
                    .append(Numbers.csv(c.low())).append(" to ").append(Numbers.csv(c.high())).append('\n');
        }
        for (Generation g : post.generations()) {
            out.append("# generation ").append(g.index()).append(": tolerance ").append(Numbers.csv(g.tolerance()))
                    .append(", acceptance ").append(Numbers.csv(g.acceptance())).append(", simulations ")
                    .append(g.simulations()).append(", ess ").append(Numbers.csv(g.ess())).append('\n');
        }
        List<Object> header = new ArrayList<>(List.of("particle"));
        header.addAll(post.paths());
        header.addAll(List.of("weight", "normalisedWeight", "distance"));
        out.append(Csv.line(header));
        double total = post.particles().stream().mapToDouble(Posterior.Particle::weight).sum();
        for (int k = 0; k < post.particles().size(); k++) {
            Posterior.Particle q = post.particles().get(k);
            List<Object> row = new ArrayList<>(List.of(k));
            // exact decimals, so that --posterior reads back the posterior written
            q.values().forEach(v -> row.add(Numbers.exact(v)));
            row.add(Numbers.exact(q.weight()));
            row.add(Numbers.csv(q.weight() / total));
            row.add(Numbers.exact(q.distance()));
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    /** The summary: each parameter's mean, median and 90% credible interval, the ESS, then the generations. */
    static String summary(Posterior post, Holdout holdout) {
        StringBuilder out = new StringBuilder();
        out.append("Posterior: ").append(post.particles().size()).append(" weighted particles, effective sample size ")
                .append(Numbers.fixed(post.ess(), 1)).append("\n\n");
        Table params = new Table(null, "parameter", ">mean", ">median", ">90% credible interval");
        for (int i = 0; i < post.paths().size(); i++) {
            Interval c = post.credible(i, LEVEL);
            params.row(post.paths().get(i), Numbers.figure(post.mean(i)), Numbers.figure(post.quantile(i, 0.5)),
                    Numbers.figure(c.low()) + " to " + Numbers.figure(c.high()));
        }
        params.text(out);
        out.append('\n');
        Table gens = new Table(null, ">generation", ">tolerance", ">acceptance", ">simulations", ">ESS");
        for (Generation g : post.generations()) {
            gens.row(String.valueOf(g.index()), Numbers.figure(g.tolerance()), Numbers.percent(g.acceptance()),
                    Numbers.count(g.simulations()), Numbers.fixed(g.ess(), 1));
        }
        gens.text(out);
        if (holdout != null) {
            out.append('\n').append(Character.toUpperCase(holdout.line().charAt(0))).append(holdout.line().substring(1))
                    .append('\n');
        }
        return out.toString();
    }
}
