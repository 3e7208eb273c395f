package io.github.bitforbit.cli.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.engine.Trace;
import io.github.bitforbit.engine.TraceEvent;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.CancellationToken;
import io.github.bitforbit.montecarlo.CollapseKey;
import io.github.bitforbit.montecarlo.CollapseShare;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.PairedComparison;
import io.github.bitforbit.montecarlo.RunSeeds;
import io.github.bitforbit.montecarlo.ShareDifference;
import io.github.bitforbit.montecarlo.Sweep;
import io.github.bitforbit.montecarlo.SweepResult;
import io.github.bitforbit.montecarlo.SweepRow;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.scenario.ScenarioInfo;
import io.github.bitforbit.scenario.Scenarios;
import io.github.bitforbit.stats.IncidencePoint;
import io.github.bitforbit.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the explorer computes, as JSON for the page: a thin layer over {@link MonteCarlo},
 * {@link Sweep} and {@link Scenarios}. Every method takes a parsed, bounded
 * {@link ExplorerRequest} and keeps nothing between calls, so one instance serves every user.
 * Refusals are {@link BadRequest}s; a cancelled computation is {@link Cancelled}.
 */
public final class Explorer {

    /** The designs compared when a request names none: the central question. */
    public static final List<String> DEFAULT_DESIGNS = List.of("all-or-nothing", "bit-for-bit");
    /** The level of every interval shown. */
    public static final double CONFIDENCE = 0.95;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int threads;

    /** Thrown when a newer request of the same page cancelled this one. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled by a newer request", null, false, false);
        }
    }

    /**
     * An explorer.
     *
     * @param threads the worker threads of each Monte Carlo, {@code >= 1} (changes no figure)
     */
    public Explorer(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.threads = threads;
    }

    /** {@return the built-in scenarios, {@code {"scenarios": [{"name", "title"}, ...], "default": NAME}}} */
    public ObjectNode scenarios() {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode list = o.putArray("scenarios");
        for (ScenarioInfo i : Scenarios.list()) {
            list.addObject().put("name", i.name()).put("title", i.title());
        }
        o.put("default", Scenarios.DEFAULT);
        return o;
    }

    /**
     * The request's scenario, overrides applied: from the built-ins or the uploaded text only.
     *
     * @param r the request
     * @return the scenario, validated
     * @throws BadRequest for an unknown name, a malformed upload (with line and column) or a bad override
     */
    public static Scenario scenario(ExplorerRequest r) {
        Scenario s;
        if (r.upload() != null) {
            s = UploadedScenario.parse(r.upload());
        } else {
            try {
                s = Scenarios.builtIn(r.builtIn());
            } catch (IllegalArgumentException e) {
                throw new BadRequest(404, e.getMessage(), List.of());
            }
        }
        for (Map.Entry<String, String> o : r.overrides().entrySet()) {
            try {
                s = ParameterPath.set(s, o.getKey(), (Object) o.getValue());
            } catch (IllegalArgumentException e) {
                throw new BadRequest("set " + o.getKey() + "=" + ExplorerRequest.clip(o.getValue()) + ": "
                        + ExplorerRequest.line(e.getMessage()));
            }
        }
        return s;
    }

    /**
     * The scenario's description: title, designs, key parameters (for sliders) and every numeric path.
     *
     * @param r the request, of which the scenario and overrides are used
     * @return the description as JSON
     * @throws BadRequest for an unknown scenario, a malformed upload or a bad override
     */
    public ObjectNode describe(ExplorerRequest r) {
        Scenario s = scenario(r);
        ObjectNode o = JSON.createObjectNode();
        o.put("name", s.name()).put("title", s.title()).put("description", s.description());
        o.put("horizon", s.horizon()).put("defaultDesign", s.design().name());
        ArrayNode designs = o.putArray("designs");
        s.designNames().forEach(designs::add);
        ArrayNode defaults = o.putArray("defaultDesigns");
        DEFAULT_DESIGNS.forEach(defaults::add);
        ArrayNode params = o.putArray("parameters");
        for (KeyParameter p : KeyParameters.of(s)) {
            params.add(JSON.valueToTree(p));
        }
        ArrayNode paths = o.putArray("paths");
        ParameterPath.numericPaths(s).forEach(paths::add);
        return o;
    }

    /**
     * A paired Monte Carlo of the request's designs: outcome shares with intervals, paired
     * differences, cumulative incidence, collapse causes and one run's trace.
     *
     * @param r      the request
     * @param cancel cancelled by a newer request of the same page (null: never)
     * @return the comparison as JSON, with the elapsed time in milliseconds
     * @throws BadRequest for bad settings; {@link Cancelled} if cancelled
     */
    public ObjectNode compare(ExplorerRequest r, CancellationToken cancel) {
        long start = System.nanoTime();
        Scenario s = scenario(r);
        List<AgreementDesign> designs = designs(s, r.designs());
        MonteCarlo mc = MonteCarlo.of(s).runs(r.runs()).seed(r.seed()).threads(threads).confidence(CONFIDENCE)
                .cancellation(cancel);
        if (!Double.isNaN(r.precision())) {
            mc.precision(r.precision());
        }
        Comparison c = mc.compare(designs.toArray(AgreementDesign[]::new));
        if (c.results().get(0).partial()) {
            throw new Cancelled();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("scenario", s.name()).put("title", s.title()).put("seed", r.seed());
        o.put("requestedRuns", r.runs()).put("runs", c.results().get(0).runs());
        if (!Double.isNaN(r.precision())) {
            o.put("precision", r.precision()).put("reachedPrecision", c.results().get(0).reachedPrecision());
        }
        ArrayNode ds = o.putArray("designs");
        for (int j = 0; j < designs.size(); j++) {
            ds.add(design(c.results().get(j)));
        }
        ArrayNode pairs = o.putArray("pairs");
        for (PairedComparison p : c.pairs()) {
            pairs.add(pair(p));
        }
        o.set("trace", trace(s, designs.get(r.traceDesign()), r.seed(), r.traceRun()));
        o.put("elapsedMs", (System.nanoTime() - start) / 1e6);
        return o;
    }

    /**
     * A heatmap: the collapse and completion shares of every design at every point of a grid over
     * two parameters, each point a Monte Carlo on the same run seeds.
     *
     * @param r      the request, with its {@code sweep}
     * @param cancel cancelled by a newer request of the same page (null: never)
     * @return the heatmap as JSON: axis values, and per cell its design and both shares (0 to 1)
     * @throws BadRequest without a sweep, for a bad path or value; {@link Cancelled} if cancelled
     */
    public ObjectNode sweep(ExplorerRequest r, CancellationToken cancel) {
        long start = System.nanoTime();
        if (r.sweep() == null) {
            throw new BadRequest("sweep is missing: give x, y and runsPerPoint");
        }
        Scenario s = scenario(r);
        List<AgreementDesign> designs = designs(s, r.designs());
        ExplorerRequest.Axis x = r.sweep().x();
        ExplorerRequest.Axis y = r.sweep().y();
        List<String> names = new ArrayList<>();
        designs.forEach(d -> names.add(d.name()));
        SweepResult result;
        try {
            result = Sweep.of(s).vary(x.path(), x.spec()).vary(y.path(), y.spec())
                    .vary(ParameterPath.RULE_SET, String.join(",", names)).runsPerPoint(r.sweep().runsPerPoint())
                    .seed(r.seed()).threads(threads).confidence(CONFIDENCE).cancellation(cancel).run();
        } catch (IllegalArgumentException e) {
            throw new BadRequest("sweep: " + ExplorerRequest.line(e.getMessage()));
        }
        if (result.partial()) {
            throw new Cancelled();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("x", x.path()).put("y", y.path()).put("runsPerPoint", r.sweep().runsPerPoint());
        ArrayNode dn = o.putArray("designs");
        names.forEach(dn::add);
        ArrayNode xs = o.putArray("xValues");
        ArrayNode ys = o.putArray("yValues");
        List<Object> seenX = new ArrayList<>();
        List<Object> seenY = new ArrayList<>();
        ArrayNode cells = o.putArray("cells");
        for (SweepRow row : result.rows()) {
            Object xv = row.values().get(x.path());
            Object yv = row.values().get(y.path());
            if (!seenX.contains(xv)) {
                seenX.add(xv);
                xs.add(((Number) xv).doubleValue());
            }
            if (!seenY.contains(yv)) {
                seenY.add(yv);
                ys.add(((Number) yv).doubleValue());
            }
            ObjectNode cell = cells.addObject();
            cell.put("x", seenX.indexOf(xv)).put("y", seenY.indexOf(yv));
            cell.put("design", names.indexOf(String.valueOf(row.values().get(ParameterPath.RULE_SET))));
            cell.put("collapsed", row.result().share(OutcomeKind.COLLAPSED).estimate());
            cell.put("completed", row.result().share(OutcomeKind.COMPLETED).estimate());
        }
        o.put("elapsedMs", (System.nanoTime() - start) / 1e6);
        return o;
    }

    /**
     * The scenario of the current settings as YAML (it loads back and validates), with the
     * explorer's other settings as a comment saying how to re-run them from the command line.
     *
     * @param r the request
     * @return the YAML text
     * @throws BadRequest for an unknown scenario, a malformed upload or a bad override
     */
    public String yaml(ExplorerRequest r) {
        Scenario s = scenario(r);
        List<String> names = new ArrayList<>();
        designs(s, r.designs()).forEach(d -> names.add(d.name()));
        String body;
        try {
            body = Scenarios.toYaml(s);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("this scenario cannot be written as a file: " + ExplorerRequest.line(e.getMessage()));
        }
        return "# written by bitforbit explore; the same figures from the command line:\n"
                + "#   bitforbit compare " + s.name() + ".yaml --rule-sets " + String.join(",", names) + " --runs "
                + r.runs() + (Double.isNaN(r.precision()) ? "" : " --precision " + r.precision()) + " --seed "
                + r.seed() + "\n" + body;
    }

    // ---------------------------------------------------------------- internals

    private static List<AgreementDesign> designs(Scenario s, List<String> names) {
        List<String> chosen = names.isEmpty() ? DEFAULT_DESIGNS : names;
        if (chosen.size() < 2) {
            throw new BadRequest("designs: choose at least two designs to compare (e.g. all-or-nothing and bit-for-bit)");
        }
        List<AgreementDesign> out = new ArrayList<>();
        for (String n : chosen) {
            try {
                AgreementDesign d = s.design(n);
                d.ruleSetFor(s);
                out.add(d);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("designs: " + ExplorerRequest.line(e.getMessage()));
            }
        }
        return out;
    }

    private static ObjectNode design(MonteCarloResult m) {
        ObjectNode d = JSON.createObjectNode();
        d.put("name", m.design()).put("runs", m.runs());
        ObjectNode shares = d.putObject("shares");
        for (OutcomeKind k : OutcomeKind.values()) {
            interval(shares.putObject(k.label()), m.share(k)).put("count", m.count(k));
        }
        ArrayNode causes = d.putArray("causes");
        for (Map.Entry<CollapseKey, CollapseShare> e : m.collapses().entrySet()) {
            CollapseCause c = e.getKey().cause();
            causes.addObject().put("party", e.getKey().party()).put("cause", c.label())
                    .put("description", c.description()).put("count", e.getValue().count())
                    .put("shareOfRuns", e.getValue().shareOfRuns())
                    .put("shareOfCollapses", e.getValue().shareOfCollapses());
        }
        ObjectNode after = d.putObject("afterCompletion");
        interval(after.putObject("everCompleted"), m.afterCompletion().everCompletedShare())
                .put("count", m.afterCompletion().everCompleted());
        interval(after.putObject("collapsedAfterCompletion"), m.afterCompletion().collapsedAfterShare())
                .put("count", m.afterCompletion().collapsedAfter());
        // competing first events: completion, and collapse before it
        ObjectNode inc = d.putObject("incidence");
        for (OutcomeKind k : List.of(OutcomeKind.COLLAPSED, OutcomeKind.COMPLETED)) {
            ObjectNode curve = inc.putObject(k.label());
            ArrayNode est = curve.putArray("estimate");
            ArrayNode low = curve.putArray("low");
            ArrayNode high = curve.putArray("high");
            for (IncidencePoint p : months(m.incidence(k))) {
                est.add(round(p.incidence()));
                low.add(round(p.low()));
                high.add(round(p.high()));
            }
        }
        return d;
    }

    /**
     * The points of an incidence curve the chart shows, one per month: step t is month t + 1. The
     * result's curves run to the longest possible horizon H, a step after the last one a run can
     * be in (H - 1, where talks still open stall): at step H no run is at risk and the estimate
     * repeats step H - 1's, so showing it would add a month H + 1 that no run has.
     */
    static List<IncidencePoint> months(List<IncidencePoint> curve) {
        int n = curve.size();
        return n > 1 && curve.get(n - 1).atRisk() == 0 ? curve.subList(0, n - 1) : curve;
    }

    private static ObjectNode pair(PairedComparison p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("a", p.designA()).put("b", p.designB()).put("runs", p.runs());
        ObjectNode shares = o.putObject("shares");
        for (OutcomeKind k : OutcomeKind.values()) {
            ShareDifference s = p.share(k);
            ObjectNode n = interval(shares.putObject(k.label()), s.paired());
            n.put("unpairedLow", s.unpaired().low()).put("unpairedHigh", s.unpaired().high());
            n.put("onlyA", s.onlyA()).put("onlyB", s.onlyB());
        }
        return o;
    }

    private static ObjectNode trace(Scenario s, AgreementDesign design, long masterSeed, long run) {
        long seed = RunSeeds.seed(masterSeed, run);
        Trace trace = new Trace();
        RunResult result = new Simulation(s, design).run(seed, trace);
        ObjectNode o = JSON.createObjectNode();
        o.put("design", design.name()).put("run", run).put("seed", seed);
        o.put("outcome", result.outcome().kind().label()).put("description", result.outcome().toString());
        o.put("endMonth", result.outcome().step() + 1);
        ArrayNode months = o.putArray("months");
        ArrayNode events = o.putArray("events");
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.StepEnd end) {
                months.addObject().put("month", end.step() + 1).put("trustInTarget", round(end.trustInTarget()))
                        .put("trustInSanctioner", round(end.trustInSanctioner()))
                        .put("capability", round(end.capability())).put("relief", round(end.reliefDelivered()));
            } else if (!(e instanceof TraceEvent.TrustChanged)) {
                events.addObject().put("month", e.step() + 1).put("type", e.getClass().getSimpleName())
                        .put("text", e.describe());
            }
        }
        return o;
    }

    private static ObjectNode interval(ObjectNode n, Interval i) {
        return n.put("estimate", i.estimate()).put("low", i.low()).put("high", i.high());
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
