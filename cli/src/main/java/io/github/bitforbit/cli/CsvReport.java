package io.github.bitforbit.cli;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.montecarlo.CollapseKey;
import io.github.bitforbit.montecarlo.CollapseShare;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MeanDifference;
import io.github.bitforbit.montecarlo.Metric;
import io.github.bitforbit.montecarlo.MetricSummary;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.PairedComparison;
import io.github.bitforbit.montecarlo.ShareDifference;
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.stats.SurvivalPoint;

import java.util.Map;

/**
 * The CSV form of {@code run} and {@code compare} results: {@code #} provenance comments, then one
 * tidy ("long") table with the columns {@value #HEADER}. Each row is one statistic:
 *
 * <pre>
 * design       section          item            statistic          value  low  high
 * bit-for-bit  outcome          collapsed       share              ...
 * bit-for-bit  outcome          collapsed       count              ...
 * bit-for-bit  metric           relief-delivered mean / sd / p10 / median / p90
 * bit-for-bit  collapse-cause   DPRK:utility    count / share-of-runs / share-of-collapses
 * bit-for-bit  survival         12 (the step)   surviving / at-risk / events / censored
 * a - b        difference       collapsed       paired / unpaired / variance-reduction / only-a / only-b
 * a - b        metric-difference relief-delivered paired / variance-reduction
 * </pre>
 *
 * Read it with {@code pandas.read_csv(f, comment="#")} or {@code read.csv(f, comment.char="#")}.
 */
public final class CsvReport {

    /** The header row. */
    public static final String HEADER = "design,section,item,statistic,value,low,high";

    private CsvReport() {
    }

    /** A run as CSV. */
    public static String run(MonteCarloResult r, Provenance p) {
        StringBuilder out = new StringBuilder(p.comments()).append(HEADER).append('\n');
        result(out, r);
        return out.toString();
    }

    /** A comparison as CSV: every design's rows, then the paired differences. */
    public static String compare(Comparison c, Provenance p, String verdict) {
        StringBuilder out = new StringBuilder(p.comments());
        out.append("# verdict: ").append(verdict.replace('\n', ' ')).append('\n').append(HEADER).append('\n');
        c.results().forEach(r -> result(out, r));
        for (PairedComparison pc : c.pairs()) {
            String pair = pc.designA() + " - " + pc.designB();
            for (OutcomeKind k : OutcomeKind.values()) {
                ShareDifference d = pc.share(k);
                row(out, pair, "difference", k.label(), "paired", d.paired());
                row(out, pair, "difference", k.label(), "unpaired", d.unpaired());
                row(out, pair, "difference", k.label(), "variance-reduction", d.varianceReduction());
                row(out, pair, "difference", k.label(), "only-a", d.onlyA());
                row(out, pair, "difference", k.label(), "only-b", d.onlyB());
            }
            for (Metric m : Metric.values()) {
                MeanDifference d = pc.metric(m);
                row(out, pair, "metric-difference", m.label(), "paired", d.paired());
                row(out, pair, "metric-difference", m.label(), "variance-reduction", d.varianceReduction());
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
            row(out, d, "collapse-cause", key, "count", e.getValue().count());
            row(out, d, "collapse-cause", key, "share-of-runs", e.getValue().shareOfRuns());
            row(out, d, "collapse-cause", key, "share-of-collapses", e.getValue().shareOfCollapses());
        }
        for (SurvivalPoint s : r.survival()) {
            String step = Integer.toString(s.time());
            out.append(escape(d)).append(",survival,").append(step).append(",surviving,")
                    .append(Numbers.csv(s.surviving())).append(',').append(Numbers.csv(s.low())).append(',')
                    .append(Numbers.csv(s.high())).append('\n');
            row(out, d, "survival", step, "at-risk", s.atRisk());
            row(out, d, "survival", step, "events", s.events());
            row(out, d, "survival", step, "censored", s.censored());
        }
    }

    private static void row(StringBuilder out, String design, String section, String item, String statistic,
                            Interval i) {
        out.append(escape(design)).append(',').append(section).append(',').append(escape(item)).append(',')
                .append(statistic).append(',').append(Numbers.csv(i.estimate())).append(',')
                .append(Numbers.csv(i.low())).append(',').append(Numbers.csv(i.high())).append('\n');
    }

    private static void row(StringBuilder out, String design, String section, String item, String statistic,
                            double value) {
        out.append(escape(design)).append(',').append(section).append(',').append(escape(item)).append(',')
                .append(statistic).append(',').append(Numbers.csv(value)).append(",,\n");
    }

    private static void row(StringBuilder out, String design, String section, String item, String statistic,
                            long value) {
        out.append(escape(design)).append(',').append(section).append(',').append(escape(item)).append(',')
                .append(statistic).append(',').append(value).append(",,\n");
    }

    /** A CSV cell: quoted (with doubled quotes) if it holds a comma, a quote or a line break. */
    public static String escape(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
