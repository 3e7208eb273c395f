package io.github.bitforbit.cli;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.montecarlo.CollapseKey;
import io.github.bitforbit.montecarlo.CollapseShare;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MeanDifference;
import io.github.bitforbit.montecarlo.MemberDepartures;
import io.github.bitforbit.montecarlo.Metric;
import io.github.bitforbit.montecarlo.MetricSummary;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.PairedComparison;
import io.github.bitforbit.montecarlo.ShareDifference;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.IncidencePoint;
import io.github.bitforbit.stats.SurvivalPoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text (terminal) and Markdown forms of {@code run} and {@code compare} results: a provenance
 * line, the outcome shares with intervals, collapse causes, for a coalition (several sanctioners)
 * the members who left, metric summaries and the cumulative incidence of collapse and of
 * completion at a few months (the full curves are in the CSV and JSON forms).
 */
public final class TableReport {

    /** At most this many rows of the incidence curves are shown. */
    static final int INCIDENCE_ROWS = 12;

    private final Document doc;

    private TableReport(boolean markdown) {
        this.doc = new Document(markdown);
    }

    /**
     * A run as text ({@code markdown} false) or Markdown.
     *
     * @param markdown true for Markdown, false for plain text
     * @param p the provenance written with the results
     * @param r the Monte Carlo result
     * @param title the scenario's title, shown as the heading
     * @return the report, lines ended by newlines
     */
    public static String run(MonteCarloResult r, Provenance p, String title, boolean markdown) {
        TableReport t = new TableReport(markdown);
        t.doc.heading(title, r.scenario() + " under " + r.design() + ": " + runs(r) + ", seed " + r.seed());
        List<MonteCarloResult> one = List.of(r);
        t.doc.table(outcomes(one, confidenceLabel(r)));
        t.doc.table(causes(r));
        t.departures(r);
        t.doc.table(metrics(r));
        t.doc.table(incidence(one));
        t.doc.table(holds(one));
        t.doc.provenance(p);
        return t.doc.toString();
    }

    /**
     * A comparison as text or Markdown, the verdict first.
     *
     * @param c the comparison
     * @param markdown true for Markdown, false for plain text
     * @param p the provenance written with the results
     * @param title the scenario's title, shown as the heading
     * @return the report, lines ended by newlines
     */
    public static String compare(Comparison c, Provenance p, String title, boolean markdown) {
        TableReport t = new TableReport(markdown);
        MonteCarloResult first = c.results().get(0);
        List<String> names = c.results().stream().map(MonteCarloResult::design).toList();
        t.doc.heading(title, first.scenario() + ": " + String.join(" vs ", names) + ", " + runs(first)
                + " on the same seeds (paired), seed " + first.seed());
        List<String> verdict = c.verdict().sentences();
        StringBuilder v = new StringBuilder(markdown ? "**Verdict:** " : "Verdict: ").append(verdict.get(0));
        if (markdown && verdict.size() > 1) {
            v.append('\n');
        }
        for (String s : verdict.subList(1, verdict.size())) {
            v.append(markdown ? "\n- " : "\n  - ").append(s);
        }
        t.doc.paragraph(v.toString());
        t.doc.table(outcomes(c.results(), confidenceLabel(first)));
        t.doc.table(differences(c));
        for (MonteCarloResult r : c.results()) {
            t.doc.table(causes(r));
            t.departures(r);
        }
        t.doc.table(metricMeans(c));
        t.doc.table(incidence(c.results()));
        t.doc.table(holds(c.results()));
        t.doc.provenance(p);
        return t.doc.toString();
    }

    private static String runs(MonteCarloResult r) {
        String s = Numbers.count(r.runs()) + (r.runs() == 1 ? " run" : " runs");
        if (!Double.isNaN(r.precisionTarget())) {
            s += " (precision target +-" + Numbers.points(r.precisionTarget()) + " points "
                    + (r.reachedPrecision() ? "reached" : "not reached within " + Numbers.count(r.requestedRuns())) + ")";
        }
        return r.partial() ? s + " (partial)" : s;
    }

    private static String confidenceLabel(MonteCarloResult r) {
        return String.format(Locale.ROOT, "%.0f%% CI", 100 * r.confidence());
    }

    private static String ci(Interval i) {
        return Numbers.percent(i.low()) + " to " + Numbers.percent(i.high());
    }

    private static Table outcomes(List<MonteCarloResult> results, String level) {
        List<String> headers = new ArrayList<>(List.of("rule set"));
        for (OutcomeKind k : OutcomeKind.values()) {
            headers.add(">" + k.label());
        }
        headers.add(">ever completed");
        headers.add(">collapsed after completion");
        headers.add(">runs");
        Table t = new Table("Outcomes (share of runs, " + level + ")", headers.toArray(String[]::new));
        for (MonteCarloResult r : results) {
            List<String> cells = new ArrayList<>(List.of(r.design()));
            for (OutcomeKind k : OutcomeKind.values()) {
                cells.add(withInterval(r.share(k)));
            }
            cells.add(withInterval(r.afterCompletion().everCompletedShare()));
            cells.add(withInterval(r.afterCompletion().collapsedAfterShare()));
            cells.add(Numbers.count(r.runs()));
            t.row(cells.toArray(String[]::new));
        }
        t.note("completed: every phase done and the agreement still in force at the horizon; ever completed "
                + "adds those that collapsed after completion (they count as collapsed)");
        return t;
    }

    /** The Kaplan-Meier curve of "the agreement holds" after completion, at a few months. */
    private static Table holds(List<MonteCarloResult> results) {
        List<String> headers = new ArrayList<>(List.of(">months since completion"));
        boolean one = results.size() == 1;
        int months = 0;
        for (MonteCarloResult r : results) {
            headers.add(">" + (one ? "" : r.design() + " ") + "holding");
            List<SurvivalPoint> curve = r.afterCompletion().holds();
            int n = curve.size();
            while (n > 1 && curve.get(n - 1).atRisk() == 0) {
                n--;
            }
            months = Math.max(months, curve.isEmpty() || curve.get(0).atRisk() == 0 ? 0 : n);
        }
        Table t = new Table("The agreement holds: share of completed agreements still in force, by months since "
                + "completion (Kaplan-Meier, " + confidenceLabel(results.get(0)) + ")", headers.toArray(String[]::new));
        int stride = Math.max(1, (int) Math.ceil(months / (double) INCIDENCE_ROWS));
        for (int m = 0; m < months; m++) {
            if (m % stride != 0 && m != months - 1) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(Integer.toString(m)));
            for (MonteCarloResult r : results) {
                List<SurvivalPoint> curve = r.afterCompletion().holds();
                SurvivalPoint s = curve.isEmpty() ? null : curve.get(Math.min(m, curve.size() - 1));
                cells.add(s == null ? "" : withInterval(new Interval(s.surviving(), s.low(), s.high())));
            }
            t.row(cells.toArray(String[]::new));
        }
        if (t.isEmpty()) {
            t.note("no run completed");
        } else {
            t.note("month 0 is the month of completion; an agreement still in force at the horizon is censored there");
        }
        return t;
    }

    /** {@code 50.9% (49.9 to 51.9)}: a share with its interval in percentage points. */
    static String withInterval(Interval i) {
        return Numbers.percent(i.estimate()) + " (" + Numbers.points(i.low()) + " to " + Numbers.points(i.high()) + ")";
    }

    private static Table causes(MonteCarloResult r) {
        Table t = new Table("Collapse causes" + " under " + r.design() + " (who walked out, and why)",
                "party", "cause", ">runs", ">of runs", ">of collapses");
        for (Map.Entry<CollapseKey, CollapseShare> e : r.collapses().entrySet()) {
            t.row(e.getKey().party(), e.getKey().cause().label(), Numbers.count(e.getValue().count()),
                    Numbers.percent(e.getValue().shareOfRuns()), Numbers.percent(e.getValue().shareOfCollapses()));
        }
        if (t.isEmpty()) {
            t.note("no run collapsed");
        } else {
            Set<CollapseCause> seen = new LinkedHashSet<>();
            r.collapses().keySet().forEach(k -> seen.add(k.cause()));
            List<String> notes = new ArrayList<>();
            for (CollapseCause c : seen) {
                notes.add(c.label() + ": " + TraceText.explain(c));
            }
            t.note(String.join("; ", notes));
        }
        return t;
    }

    /**
     * The members of a coalition who left while their side went on, with one sentence each;
     * nothing for a side of one principal.
     */
    private void departures(MonteCarloResult r) {
        if (r.departures().isEmpty()) {
            return;
        }
        Table t = new Table("Members who left under " + r.design() + " (share of runs, " + confidenceLabel(r) + ")",
                "member", ">left", ">after completion", ">before completion", ">ended the run",
                ">stayed when another left", ">median month", "why");
        List<String> sentences = new ArrayList<>();
        for (MemberDepartures d : r.departures().values()) {
            List<String> why = new ArrayList<>();
            d.causes().forEach((c, n) -> why.add(c.label() + " " + Numbers.count(n)));
            t.row(d.member(), withInterval(d.leftShare()), withInterval(d.leftAfterCompletionShare()),
                    withInterval(d.leftBeforeCompletionShare()), withInterval(d.endedRunShare()),
                    shareOrDash(d.stayedWhenAnotherLeftShare()),
                    Double.isNaN(d.medianStep()) ? "-" : Numbers.count((long) d.medianStep() + 1), String.join(", ", why));
            sentences.add(sentence(d));
        }
        String separator = doc.markdown() ? "  \n" : "\n  ";
        t.note("ended the run: it left as the last member in, and that was the run's collapse (also among the "
                + "collapse causes); stayed when another left: share of the runs in which another member left; median "
                + "month: when it left, over the runs in which it did (month 1 is the first)" + separator
                + String.join(separator, sentences));
        doc.table(t);
    }

    /**
     * E.g. "USA left in 30.2% of runs (after completion in 15.0%, before completion in 15.2%), in 4.1% as the
     * last member in, ending the run; it stayed in 79.1% of the runs in which another member left".
     */
    static String sentence(MemberDepartures d) {
        String stayed = d.anotherLeft() == 0 ? "no other member ever left"
                : "it stayed in " + Numbers.percent(d.stayedWhenAnotherLeftShare().estimate())
                        + " of the runs in which another member left";
        if (d.left() == 0) {
            return d.member() + " never left; " + stayed;
        }
        return d.member() + " left in " + Numbers.percent(d.leftShare().estimate()) + " of runs (after completion in "
                + Numbers.percent(d.leftAfterCompletionShare().estimate()) + ", before completion in "
                + Numbers.percent(d.leftBeforeCompletionShare().estimate()) + ")"
                + (d.endedRun() == 0 ? "" : ", in " + Numbers.percent(d.endedRunShare().estimate())
                        + " as the last member in, ending the run") + "; " + stayed;
    }

    private static String shareOrDash(Interval i) {
        return Double.isNaN(i.estimate()) ? "-" : withInterval(i);
    }

    private static Table metrics(MonteCarloResult r) {
        Table t = new Table("Metrics (per run)", "metric", ">mean", ">" + confidenceLabel(r), ">sd", ">p10",
                ">median", ">p90");
        for (Map.Entry<Metric, MetricSummary> e : r.metrics().entrySet()) {
            MetricSummary m = e.getValue();
            t.row(e.getKey().label(), Numbers.figure(m.mean()),
                    Numbers.figure(m.meanInterval().low()) + " to " + Numbers.figure(m.meanInterval().high()),
                    Numbers.figure(m.sd()), Numbers.figure(m.p10()), Numbers.figure(m.median()),
                    Numbers.figure(m.p90()));
        }
        return t;
    }

    private static Table metricMeans(Comparison c) {
        List<String> headers = new ArrayList<>(List.of("metric"));
        c.results().forEach(r -> headers.add(">" + r.design()));
        for (PairedComparison pc : c.pairs()) {
            headers.add(">" + pc.designA() + " - " + pc.designB());
            headers.add(">" + confidenceLabel(c.results().get(0)));
        }
        Table t = new Table("Metric means (paired differences)", headers.toArray(String[]::new));
        for (Metric m : Metric.values()) {
            List<String> cells = new ArrayList<>(List.of(m.label()));
            c.results().forEach(r -> cells.add(Numbers.figure(r.metric(m).mean())));
            for (PairedComparison pc : c.pairs()) {
                MeanDifference d = pc.metric(m);
                cells.add(Numbers.signed(d.paired().estimate(), 3));
                cells.add(Numbers.signed(d.paired().low(), 3) + " to " + Numbers.signed(d.paired().high(), 3));
            }
            t.row(cells.toArray(String[]::new));
        }
        return t;
    }

    private static Table differences(Comparison c) {
        String level = confidenceLabel(c.results().get(0));
        Table t = new Table("Differences in outcome shares (A minus B, percentage points, paired runs)",
                "A", "B", "outcome", ">difference", ">" + level, ">unpaired " + level, ">variance reduction");
        for (PairedComparison pc : c.pairs()) {
            for (OutcomeKind k : OutcomeKind.values()) {
                ShareDifference d = pc.share(k);
                t.row(pc.designA(), pc.designB(), k.label(), Numbers.signedPoints(d.paired().estimate()),
                        Numbers.signedPoints(d.paired().low()) + " to " + Numbers.signedPoints(d.paired().high()),
                        Numbers.signedPoints(d.unpaired().low()) + " to " + Numbers.signedPoints(d.unpaired().high()),
                        Numbers.percent(d.varianceReduction()));
            }
        }
        t.note("variance reduction: how much narrower pairing on common seeds makes the interval's variance");
        return t;
    }

    private static Table incidence(List<MonteCarloResult> results) {
        List<String> headers = new ArrayList<>(List.of(">month"));
        boolean one = results.size() == 1;
        for (MonteCarloResult r : results) {
            headers.add(">" + (one ? "" : r.design() + " ") + "collapsed");
            headers.add(">" + (one ? "" : r.design() + " ") + "completed");
        }
        Table t = new Table("Cumulative incidence: share of runs that collapsed before completion, and that "
                + "completed, by the end of the month (Aalen-Johansen, " + confidenceLabel(results.get(0)) + ")", headers.toArray(String[]::new));
        int months = 0;
        for (MonteCarloResult r : results) {
            months = Math.max(months, observed(r.incidence(OutcomeKind.COLLAPSED)));
        }
        int stride = Math.max(1, (int) Math.ceil(months / (double) INCIDENCE_ROWS));
        for (int step = 0; step < months; step++) {
            int month = step + 1;
            if (month % stride != 0 && step != months - 1) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(Integer.toString(month)));
            for (MonteCarloResult r : results) {
                for (OutcomeKind k : List.of(OutcomeKind.COLLAPSED, OutcomeKind.COMPLETED)) {
                    List<IncidencePoint> curve = r.incidence(k);
                    IncidencePoint s = curve.get(Math.min(step, curve.size() - 1));
                    cells.add(withInterval(new Interval(s.incidence(), s.low(), s.high())));
                }
            }
            t.row(cells.toArray(String[]::new));
        }
        t.note("every " + (stride == 1 ? "month" : stride + " months") + "; completion and collapse before it "
                + "compete (the first of them counts); runs that stall at the horizon are censored; the full curves "
                + "are in --format csv or json");
        return t;
    }

    /** The number of leading points of a curve with any run still under way at their start. */
    static int observed(List<IncidencePoint> curve) {
        int n = curve.size();
        while (n > 1 && curve.get(n - 1).atRisk() == 0) {
            n--;
        }
        return n;
    }
}
