package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.stats.Interval;

import java.util.List;
import java.util.Locale;

/** The three forms of {@code check-history}'s results: a table, one JSON object, one tidy CSV table. */
final class HistoryReport {

    /** The CSV header. */
    static final String CSV_HEADER = "scenario,design,runs,statistic,value,low,high,matches";

    /** How a record that no run matched is scored, in words. */
    static final String ZERO_RULE = "ln((k + 0.5) / (n + 1)) for k of n runs matching: a record no run matched "
            + "counts as half a match, about ln(1 / (2n)), so the sum stays finite";

    private HistoryReport() {
    }

    /** The results of one check. */
    record Results(List<HistoryCheck.Case> cases, HistoryCheck.Pooled pooled, HistoryCheck.BaseRates baseRates,
                   long runs, long seed) {
    }

    // ---------------------------------------------------------------- table

    static String table(Results r, Provenance p) {
        StringBuilder out = new StringBuilder();
        out.append("History check: how likely the model finds each case's record, under the design in force\n");
        out.append(Numbers.count(r.runs()) + " runs per case on the same seeds, seed " + r.seed()
                + "; 95% Monte Carlo intervals (Wilson)\n\n");
        Table t = new Table(null, "case", "design", ">runs", "record", ">P(outcome)", ">P(window | outcome)",
                ">P(ended by/how | window)", ">P(record)", ">log score");
        for (HistoryCheck.Case c : r.cases()) {
            t.row(c.name(), c.record().design(), Numbers.count(c.likelihood().runs()), describe(c.record()),
                    cell(c.pOutcome()), cell(c.pWindow()),
                    cell(c.pEnded()), cell(c.pRecord()), Numbers.fixed(c.logScore(), 2));
        }
        t.text(out);
        out.append('\n').append(pooledLine(r.pooled(), r.runs())).append('\n');
        if (r.baseRates() != null) {
            out.append(baseRateLine(r.baseRates())).append('\n');
        }
        out.append('\n').append(p.comments());
        return out.toString();
    }

    /** A record in a few words, e.g. {@code collapsed, months 9-14, USA (trust)}. */
    static String describe(ObservedRecord o) {
        StringBuilder b = new StringBuilder(o.outcome().label()).append(", months ").append(o.fromMonth()).append('-')
                .append(o.toMonth());
        if (o.endedBy() != null || o.cause() != null) {
            b.append(", ").append(o.endedBy() == null ? "either side" : o.endedBy());
            if (o.cause() != null) {
                b.append(" (").append(o.cause().label()).append(')');
            }
        }
        for (io.github.bitforbit.evidence.ObservedDeparture d : o.left()) {
            b.append("; ").append(d.party()).append(" left, months ").append(d.fromMonth()).append('-')
                    .append(d.toMonth());
        }
        if (!o.left().isEmpty()) {
            b.append("; the others stayed");
        }
        return b.toString();
    }

    private static String cell(Interval i) {
        if (!Double.isFinite(i.estimate())) {
            return "- (no run)";
        }
        return share(i.estimate()) + " (" + bare(i.low()) + "-" + bare(i.high()) + ")";
    }

    private static String bare(double x) {
        return share(x).replace("%", "");
    }

    /** A probability as a percentage, with more digits below 1% so that small ones are not shown as 0. */
    static String share(double x) {
        if (x == 0 || x >= 0.01) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * x);
        }
        return String.format(Locale.ROOT, x >= 0.001 ? "%.2f%%" : "%.3f%%", 100 * x);
    }

    static String pooledLine(HistoryCheck.Pooled p, long runs) {
        String zero = p.unmatched().isEmpty() ? "every case had a matching run"
                : p.unmatched().size() + " of " + p.cases() + " cases had no matching run (" + String.join(", ",
                p.unmatched()) + ") and count as half a match each, ln(0.5 / " + Numbers.count(runs + 1) + ") = "
                + Numbers.fixed(Math.log(0.5 / (runs + 1)), 2);
        return "Pooled log score: " + Numbers.fixed(p.score().estimate(), 2) + " (band " + Numbers.fixed(p.score().low(), 2)
                + " to " + Numbers.fixed(p.score().high(), 2) + "), the sum over " + p.cases() + " cases of "
                + ZERO_RULE + "; " + zero;
    }

    static String baseRateLine(HistoryCheck.BaseRates b) {
        StringBuilder s = new StringBuilder("Base rates (" + b.scenario() + " under " + b.design() + ", "
                + Numbers.count(b.runs()) + " runs, parameters drawn per run) vs TIES after imposition: ");
        for (HistoryCheck.Ties t : HistoryCheck.Ties.values()) {
            Interval i = b.share(t);
            s.append(t.label).append(' ').append(share(i.estimate())).append(" (").append(bare(i.low())).append('-')
                    .append(bare(i.high())).append(") vs ").append(Math.round(100 * t.share)).append("%; ");
        }
        return s.append("total variation distance ").append(Numbers.fixed(b.distance(), 3)).toString();
    }

    // ---------------------------------------------------------------- JSON

    static String json(Results r, Provenance p) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.set("provenance", p.json());
        o.put("runs", r.runs());
        o.put("seed", r.seed());
        o.put("confidence", HistoryCheck.CONFIDENCE);
        ArrayNode cases = o.putArray("cases");
        for (HistoryCheck.Case c : r.cases()) {
            ObjectNode n = cases.addObject();
            n.put("scenario", c.name());
            n.put("design", c.record().design());
            ObjectNode rec = n.putObject("observed");
            ObservedRecord x = c.record();
            rec.put("outcome", x.outcome().label());
            rec.put("from", x.fromMonth());
            rec.put("to", x.toMonth());
            rec.put("endedBy", x.endedBy());
            rec.put("cause", x.cause() == null ? null : x.cause().label());
            ArrayNode left = rec.putArray("left");
            for (io.github.bitforbit.evidence.ObservedDeparture d : x.left()) {
                left.addObject().put("party", d.party()).put("from", d.fromMonth()).put("to", d.toMonth());
            }
            n.put("runs", c.likelihood().runs());
            probability(n.putObject("outcome"), c.pOutcome(), c.outcome());
            probability(n.putObject("windowGivenOutcome"), c.pWindow(), c.window());
            probability(n.putObject("endedGivenWindow"), c.pEnded(), c.matches());
            probability(n.putObject("record"), c.pRecord(), c.matches());
            JsonReport.num(n, "logScore", c.logScore());
        }
        ObjectNode pooled = o.putObject("pooled");
        JsonReport.num(pooled, "logScore", r.pooled().score().estimate());
        JsonReport.num(pooled, "low", r.pooled().score().low());
        JsonReport.num(pooled, "high", r.pooled().score().high());
        pooled.put("cases", r.pooled().cases());
        ArrayNode unmatched = pooled.putArray("unmatched");
        r.pooled().unmatched().forEach(unmatched::add);
        pooled.put("zeroRule", ZERO_RULE);
        if (r.baseRates() != null) {
            HistoryCheck.BaseRates b = r.baseRates();
            ObjectNode n = o.putObject("baseRates");
            n.put("scenario", b.scenario());
            n.put("design", b.design());
            n.put("runs", b.runs());
            ArrayNode cats = n.putArray("categories");
            for (HistoryCheck.Ties t : HistoryCheck.Ties.values()) {
                ObjectNode c = cats.addObject();
                c.put("category", t.key());
                c.put("label", t.label);
                probability(c.putObject("model"), b.share(t), b.counts()[t.ordinal()]);
                c.put("ties", t.share);
            }
            JsonReport.num(n, "totalVariationDistance", b.distance());
        }
        return JsonReport.text(o);
    }

    private static void probability(ObjectNode n, Interval i, long matches) {
        JsonReport.num(n, "p", i.estimate());
        JsonReport.num(n, "low", i.low());
        JsonReport.num(n, "high", i.high());
        n.put("runs", matches);
    }

    // ---------------------------------------------------------------- CSV

    static String csv(Results r, Provenance p) {
        StringBuilder out = new StringBuilder(p.comments()).append(CSV_HEADER).append('\n');
        for (HistoryCheck.Case c : r.cases()) {
            String d = c.record().design();
            long n = c.likelihood().runs();
            row(out, c.name(), d, n, "outcome", c.pOutcome(), c.outcome());
            row(out, c.name(), d, n, "windowGivenOutcome", c.pWindow(), c.window());
            row(out, c.name(), d, n, "endedGivenWindow", c.pEnded(), c.matches());
            row(out, c.name(), d, n, "record", c.pRecord(), c.matches());
            out.append(Csv.line(c.name(), d, n, "logScore", Numbers.csv(c.logScore()), "", "", c.matches()));
        }
        Interval s = r.pooled().score();
        out.append(Csv.line("pooled", "", r.runs(), "logScore", Numbers.csv(s.estimate()), Numbers.csv(s.low()),
                Numbers.csv(s.high()), ""));
        if (r.baseRates() != null) {
            HistoryCheck.BaseRates b = r.baseRates();
            for (HistoryCheck.Ties t : HistoryCheck.Ties.values()) {
                row(out, b.scenario(), b.design(), b.runs(), "share:" + t.key(), b.share(t), b.counts()[t.ordinal()]);
                out.append(Csv.line(b.scenario(), b.design(), "", "ties:" + t.key(), Numbers.csv(t.share), "", "", ""));
            }
            out.append(Csv.line(b.scenario(), b.design(), b.runs(), "totalVariationDistance",
                    Numbers.csv(b.distance()), "", "", ""));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String scenario, String design, long runs, String statistic,
                            Interval i, long matches) {
        out.append(Csv.line(scenario, design, runs, statistic, Numbers.csv(i.estimate()), Numbers.csv(i.low()),
                Numbers.csv(i.high()), matches));
    }
}
