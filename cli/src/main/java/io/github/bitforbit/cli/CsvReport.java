package io.github.bitforbit.cli;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.montecarlo.AfterCompletion;
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
import io.github.bitforbit.stats.IncidencePoint;
import io.github.bitforbit.stats.SurvivalPoint;
import io.github.bitforbit.stats.Interval;

import java.util.Map;

/**
 * The CSV form of {@code run} and {@code compare} results: {@code #} provenance comments (and, for
 * a comparison, one {@code # verdict:} line per sentence), then one tidy ("long") table with the
 * columns {@value #HEADER}. Each row is one statistic; section and statistic names are
 * lowerCamelCase, the same keys as in the JSON form:
 *
 * <pre>
 * design       section             item             statistic
 * bit-for-bit  outcome             collapsed        share (value, low, high) / count
 * bit-for-bit  metric              relief-delivered mean (value, low, high) / sd / p10 / median / p90
 * bit-for-bit  collapseCause       DPRK:utility     count / shareOfRuns / shareOfCollapses
 * bit-for-bit  collapseIncidence   12 (the step)    incidence (value, low, high) / atRisk / events / others / censored
 * bit-for-bit  completionIncidence 12 (the step)    the same
 * bit-for-bit  afterCompletion     ever-completed    share (value, low, high) / count
 * bit-for-bit  afterCompletion     collapsed-after-completion  share / count / shareOfCompleted
 * bit-for-bit  holdsAfterCompletion 7 (months since completion)  holding (value, low, high) / atRisk / events / censored
 * bit-for-bit  departure           EU (a member)    left / leftAfterCompletion / leftBeforeCompletion / endedRun (value,
 *                                                   low, high; shares of runs) and their ...Count / medianStep / meanStep /
 *                                                   anotherLeft / stayedWhenAnotherLeft (value, low, high) and its Count
 * bit-for-bit  departureCause      EU:reimposed     count
 * a - b        difference          collapsed        paired / unpaired / varianceReduction / onlyA / onlyB
 * a - b        metricDifference    relief-delivered paired / varianceReduction
 * </pre>
 *
 * Read it with {@code pandas.read_csv(f, comment="#")} or {@code read.csv(f, comment.char="#")}.
 */
public final class CsvReport {

    /** The header row. */
    public static final String HEADER = "design,section,item,statistic,value,low,high";

    private CsvReport() {
    }

    /**
     * A run as CSV.
     *
     * @param p the provenance written with the results
     * @param r the Monte Carlo result
     * @return the CSV text: provenance as comment lines, then one row per outcome and metric
     */
    public static String run(MonteCarloResult r, Provenance p) {
        StringBuilder out = new StringBuilder(p.comments()).append(HEADER).append('\n');
        result(out, r);
        return out.toString();
    }

    /**
     * A comparison as CSV: the verdict as comments, every design's rows, then the paired differences.
     *
     * @param c the comparison
     * @param p the provenance written with the results
     * @return the CSV text
     */
    public static String compare(Comparison c, Provenance p) {
        StringBuilder out = new StringBuilder(p.comments());
        c.verdict().sentences().forEach(v -> out.append("# verdict: ").append(v).append('\n'));
        out.append(HEADER).append('\n');
        c.results().forEach(r -> result(out, r));
        for (PairedComparison pc : c.pairs()) {
            String pair = pc.designA() + " - " + pc.designB();
            for (OutcomeKind k : OutcomeKind.values()) {
                ShareDifference d = pc.share(k);
                row(out, pair, "difference", k.label(), "paired", d.paired());
                row(out, pair, "difference", k.label(), "unpaired", d.unpaired());
                row(out, pair, "difference", k.label(), "varianceReduction", d.varianceReduction());
                row(out, pair, "difference", k.label(), "onlyA", d.onlyA());
                row(out, pair, "difference", k.label(), "onlyB", d.onlyB());
            }
            for (Metric m : Metric.values()) {
                MeanDifference d = pc.metric(m);
                row(out, pair, "metricDifference", m.label(), "paired", d.paired());
                row(out, pair, "metricDifference", m.label(), "varianceReduction", d.varianceReduction());
            }
        }
        return out.toString();
    }

    private static void result(StringBuilder out, MonteCarloResult r) {
        String d = r.design();
        row(out, d, "runs", "runs", "count", r.runs());
        for (OutcomeKind k : OutcomeKind.values()) {
            row(out, d, "outcome", k.label(), "share", r.share(k));
            row(out, d, "outcome", k.label(), "count", r.count(k));
        }
        for (Map.Entry<Metric, MetricSummary> e : r.metrics().entrySet()) {
            MetricSummary m = e.getValue();
            String name = e.getKey().label();
            row(out, d, "metric", name, "mean", m.meanInterval());
            row(out, d, "metric", name, "sd", m.sd());
            row(out, d, "metric", name, "p10", m.p10());
            row(out, d, "metric", name, "median", m.median());
            row(out, d, "metric", name, "p90", m.p90());
        }
        for (Map.Entry<CollapseKey, CollapseShare> e : r.collapses().entrySet()) {
            String key = e.getKey().toString();
            row(out, d, "collapseCause", key, "count", e.getValue().count());
            row(out, d, "collapseCause", key, "shareOfRuns", e.getValue().shareOfRuns());
            row(out, d, "collapseCause", key, "shareOfCollapses", e.getValue().shareOfCollapses());
        }
        incidence(out, d, "collapseIncidence", r.incidence(OutcomeKind.COLLAPSED));
        incidence(out, d, "completionIncidence", r.incidence(OutcomeKind.COMPLETED));
        AfterCompletion a = r.afterCompletion();
        row(out, d, "afterCompletion", "ever-completed", "share", a.everCompletedShare());
        row(out, d, "afterCompletion", "ever-completed", "count", a.everCompleted());
        row(out, d, "afterCompletion", "collapsed-after-completion", "share", a.collapsedAfterShare());
        row(out, d, "afterCompletion", "collapsed-after-completion", "count", a.collapsedAfter());
        row(out, d, "afterCompletion", "collapsed-after-completion", "shareOfCompleted",
                a.collapsedAfterOfCompleted());
        for (SurvivalPoint s : a.holds()) {
            String month = Integer.toString(s.time());
            row(out, d, "holdsAfterCompletion", month, "holding", new Interval(s.surviving(), s.low(), s.high()));
            row(out, d, "holdsAfterCompletion", month, "atRisk", s.atRisk());
            row(out, d, "holdsAfterCompletion", month, "events", s.events());
            row(out, d, "holdsAfterCompletion", month, "censored", s.censored());
        }
        for (MemberDepartures m : r.departures().values()) {
            String id = m.member();
            row(out, d, "departure", id, "left", m.leftShare());
            row(out, d, "departure", id, "leftCount", m.left());
            row(out, d, "departure", id, "leftAfterCompletion", m.leftAfterCompletionShare());
            row(out, d, "departure", id, "leftAfterCompletionCount", m.leftAfterCompletion());
            row(out, d, "departure", id, "leftBeforeCompletion", m.leftBeforeCompletionShare());
            row(out, d, "departure", id, "leftBeforeCompletionCount", m.leftBeforeCompletion());
            row(out, d, "departure", id, "endedRun", m.endedRunShare());
            row(out, d, "departure", id, "endedRunCount", m.endedRun());
            row(out, d, "departure", id, "medianStep", m.medianStep());
            row(out, d, "departure", id, "meanStep", m.meanStep());
            row(out, d, "departure", id, "anotherLeft", m.anotherLeft());
            row(out, d, "departure", id, "stayedWhenAnotherLeft", m.stayedWhenAnotherLeftShare());
            row(out, d, "departure", id, "stayedWhenAnotherLeftCount", m.stayedWhenAnotherLeft());
            m.causes().forEach((c, n) -> row(out, d, "departureCause", id + ":" + c.label(), "count", n));
        }
    }

    private static void incidence(StringBuilder out, String design, String section, Iterable<IncidencePoint> curve) {
        for (IncidencePoint s : curve) {
            String step = Integer.toString(s.time());
            row(out, design, section, step, "incidence", new Interval(s.incidence(), s.low(), s.high()));
            row(out, design, section, step, "atRisk", s.atRisk());
            row(out, design, section, step, "events", s.events());
            row(out, design, section, step, "others", s.others());
            row(out, design, section, step, "censored", s.censored());
        }
    }

    /** One row of the tidy table: an estimate with its interval (shared by every tidy CSV of designs). */
    static void row(StringBuilder out, String design, String section, String item, String statistic,
                    Interval i) {
        out.append(Csv.line(design, section, item, statistic, Numbers.csv(i.estimate()), Numbers.csv(i.low()),
                Numbers.csv(i.high())));
    }

    /** One row of the tidy table: a value without an interval. */
    static void row(StringBuilder out, String design, String section, String item, String statistic,
                    double value) {
        out.append(Csv.line(design, section, item, statistic, Numbers.csv(value), "", ""));
    }

    /** One row of the tidy table: a count. */
    static void row(StringBuilder out, String design, String section, String item, String statistic,
                    long value) {
        out.append(Csv.line(design, section, item, statistic, Long.toString(value), "", ""));
    }
}
