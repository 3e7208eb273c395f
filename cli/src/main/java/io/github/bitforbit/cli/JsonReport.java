package io.github.bitforbit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.github.bitforbit.stats.Interval;
import io.github.bitforbit.montecarlo.Verdict;
import io.github.bitforbit.stats.IncidencePoint;
import io.github.bitforbit.stats.SurvivalPoint;

import java.util.List;

import java.util.Map;

/**
 * The JSON form of {@code run} and {@code compare} results. Every figure is written exactly as
 * the library computed it (shortest round-trip decimal); a NaN (an interval that does not exist,
 * such as a t interval from one run) is written as {@code null}.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonReport() {
    }

    /**
     * A run: {@code {"provenance": {...}, "scenario", "design", "seed", "runs", ..., "outcomes",
     * "metrics", "collapseCauses", "collapseIncidence", "completionIncidence", "afterCompletion",
     * "departures"}}; {@code departures} is empty unless the scenario has several sanctioners.
     *
     * @param p the provenance written with the results
     * @param r the Monte Carlo result
     * @return the run's summary as a JSON object
     */
    public static ObjectNode run(MonteCarloResult r, Provenance p) {
        ObjectNode o = F.objectNode();
        o.set("provenance", p.json());
        o.setAll(result(r));
        return o;
    }

    /**
     * A comparison: {@code {"provenance", "verdict": {...}, "designs": [run, ...], "differences":
     * [...], "metricDifferences": [...]}}; each difference is design {@code a} minus design
     * {@code b} on paired runs. The verdict is {@code {"best", "undominated", "sentences",
     * "judgements": [{"first", "second", "relation", "completion", "collapse"}]}}, as
     * {@link Verdict}; {@code best} is null when no design dominates every other.
     *
     * @param c the comparison
     * @param p the provenance written with the results
     * @return the comparison as a JSON object
     */
    public static ObjectNode compare(Comparison c, Provenance p) {
        ObjectNode o = F.objectNode();
        o.set("provenance", p.json());
        o.set("verdict", verdict(c.verdict()));
        ArrayNode designs = o.putArray("designs");
        c.results().forEach(r -> designs.add(result(r)));
        ArrayNode diffs = o.putArray("differences");
        ArrayNode metricDiffs = o.putArray("metricDifferences");
        for (PairedComparison pc : c.pairs()) {
            for (OutcomeKind k : OutcomeKind.values()) {
                ShareDifference d = pc.share(k);
                ObjectNode n = diffs.addObject();
                n.put("a", pc.designA());
                n.put("b", pc.designB());
                n.put("outcome", k.label());
                num(n, "difference", d.paired().estimate());
                num(n, "low", d.paired().low());
                num(n, "high", d.paired().high());
                num(n, "unpairedLow", d.unpaired().low());
                num(n, "unpairedHigh", d.unpaired().high());
                num(n, "varianceReduction", d.varianceReduction());
                n.put("onlyA", d.onlyA());
                n.put("onlyB", d.onlyB());
                n.put("runs", pc.runs());
            }
            for (Metric m : Metric.values()) {
                MeanDifference d = pc.metric(m);
                ObjectNode n = metricDiffs.addObject();
                n.put("a", pc.designA());
                n.put("b", pc.designB());
                n.put("metric", m.label());
                num(n, "difference", d.paired().estimate());
                num(n, "low", d.paired().low());
                num(n, "high", d.paired().high());
                num(n, "varianceReduction", d.varianceReduction());
            }
        }
        return o;
    }

    /**
     * The summary of one design, without provenance (an element of a comparison's {@code designs}).
     *
     * @param r the Monte Carlo result
     * @return the summary as a JSON object
     */
    public static ObjectNode result(MonteCarloResult r) {
        ObjectNode o = F.objectNode();
        o.put("scenario", r.scenario());
        o.put("design", r.design());
        o.put("seed", r.seed());
        o.put("requestedRuns", r.requestedRuns());
        o.put("runs", r.runs());
        o.put("partial", r.partial());
        num(o, "confidence", r.confidence());
        num(o, "precisionTarget", r.precisionTarget());
        o.put("reachedPrecision", r.reachedPrecision());
        ObjectNode outcomes = o.putObject("outcomes");
        for (OutcomeKind k : OutcomeKind.values()) {
            ObjectNode n = outcomes.putObject(k.label());
            interval(n, r.share(k), "share");
            n.put("count", r.count(k));
        }
        ObjectNode metrics = o.putObject("metrics");
        for (Map.Entry<Metric, MetricSummary> e : r.metrics().entrySet()) {
            MetricSummary m = e.getValue();
            ObjectNode n = metrics.putObject(e.getKey().label());
            num(n, "mean", m.mean());
            num(n, "low", m.meanInterval().low());
            num(n, "high", m.meanInterval().high());
            num(n, "sd", m.sd());
            num(n, "p10", m.p10());
            num(n, "median", m.median());
            num(n, "p90", m.p90());
        }
        ObjectNode causes = o.putObject("collapseCauses");
        for (Map.Entry<CollapseKey, CollapseShare> e : r.collapses().entrySet()) {
            ObjectNode n = causes.putObject(e.getKey().toString());
            n.put("party", e.getKey().party());
            n.put("cause", e.getKey().cause().label());
            n.put("count", e.getValue().count());
            num(n, "shareOfCollapses", e.getValue().shareOfCollapses());
            num(n, "shareOfRuns", e.getValue().shareOfRuns());
        }
        incidence(o.putArray("collapseIncidence"), r.incidence(OutcomeKind.COLLAPSED));
        incidence(o.putArray("completionIncidence"), r.incidence(OutcomeKind.COMPLETED));
        afterCompletion(o.putObject("afterCompletion"), r.afterCompletion());
        departures(o.putObject("departures"), r.departures());
        return o;
    }

    /**
     * The members of a coalition who left, by member id in scenario order: {@code {"left",
     * "leftAfterCompletion", "leftBeforeCompletion", "endedRun": {"share", "low", "high", "count"}
     * (shares of all runs), "causes": {cause: count}, "medianStep", "meanStep", "anotherLeft",
     * "stayedWhenAnotherLeft": {"share", "low", "high", "count"} (a share of the anotherLeft runs)}};
     * empty for a side of one principal.
     */
    private static void departures(ObjectNode o, Map<String, MemberDepartures> departures) {
        for (MemberDepartures d : departures.values()) {
            ObjectNode n = o.putObject(d.member());
            share(n.putObject("left"), d.leftShare(), d.left());
            share(n.putObject("leftAfterCompletion"), d.leftAfterCompletionShare(), d.leftAfterCompletion());
            share(n.putObject("leftBeforeCompletion"), d.leftBeforeCompletionShare(), d.leftBeforeCompletion());
            share(n.putObject("endedRun"), d.endedRunShare(), d.endedRun());
            ObjectNode causes = n.putObject("causes");
            d.causes().forEach((c, k) -> causes.put(c.label(), k));
            num(n, "medianStep", d.medianStep());
            num(n, "meanStep", d.meanStep());
            n.put("anotherLeft", d.anotherLeft());
            share(n.putObject("stayedWhenAnotherLeft"), d.stayedWhenAnotherLeftShare(), d.stayedWhenAnotherLeft());
        }
    }

    private static void share(ObjectNode n, Interval i, long count) {
        interval(n, i, "share");
        n.put("count", count);
    }

    private static void afterCompletion(ObjectNode o, AfterCompletion a) {
        ObjectNode ever = o.putObject("everCompleted");
        interval(ever, a.everCompletedShare(), "share");
        ever.put("count", a.everCompleted());
        ObjectNode after = o.putObject("collapsedAfterCompletion");
        interval(after, a.collapsedAfterShare(), "share");
        after.put("count", a.collapsedAfter());
        interval(o.putObject("collapsedAfterCompletionOfCompleted"), a.collapsedAfterOfCompleted(), "share");
        ArrayNode holds = o.putArray("holds");
        for (SurvivalPoint s : a.holds()) {
            ObjectNode n = holds.addObject();
            n.put("monthsSinceCompletion", s.time());
            num(n, "holding", s.surviving());
            num(n, "low", s.low());
            num(n, "high", s.high());
            n.put("atRisk", s.atRisk());
            n.put("events", s.events());
            n.put("censored", s.censored());
        }
    }

    private static void incidence(ArrayNode out, List<IncidencePoint> curve) {
        for (IncidencePoint s : curve) {
            ObjectNode n = out.addObject();
            n.put("step", s.time());
            num(n, "incidence", s.incidence());
            num(n, "low", s.low());
            num(n, "high", s.high());
            n.put("atRisk", s.atRisk());
            n.put("events", s.events());
            n.put("others", s.others());
            n.put("censored", s.censored());
        }
    }

    private static ObjectNode verdict(Verdict v) {
        ObjectNode o = F.objectNode();
        if (v.best().isPresent()) {
            o.put("best", v.best().get());
        } else {
            o.putNull("best");
        }
        ArrayNode undominated = o.putArray("undominated");
        v.undominated().forEach(undominated::add);
        ArrayNode sentences = o.putArray("sentences");
        v.sentences().forEach(sentences::add);
        ArrayNode judgements = o.putArray("judgements");
        for (Verdict.Judgement j : v.judgements()) {
            ObjectNode n = judgements.addObject();
            n.put("first", j.first());
            n.put("second", j.second());
            n.put("relation", Keys.camel(j.relation().name()));
            interval(n.putObject("completion"), j.completion(), "difference");
            interval(n.putObject("collapse"), j.collapse(), "difference");
        }
        return o;
    }

    /**
     * Pretty-printed JSON text ending in a newline.
     *
     * @param node the JSON tree
     * @return the text, indented, with a final newline
     */
    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the shared mapper (pretty-printing)} */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static void interval(ObjectNode n, Interval i, String estimateName) {
        num(n, estimateName, i.estimate());
        num(n, "low", i.low());
        num(n, "high", i.high());
    }

    /** Puts a number, or null for NaN or an infinity. */
    static void num(ObjectNode n, String name, double x) {
        if (Double.isFinite(x)) {
            n.put(name, x);
        } else {
            n.putNull(name);
        }
    }
}
