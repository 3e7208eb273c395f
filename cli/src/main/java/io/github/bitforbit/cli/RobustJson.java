package io.github.bitforbit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bitforbit.robust.Prim;
import io.github.bitforbit.robust.PrimBox;
import io.github.bitforbit.robust.Regret;
import io.github.bitforbit.robust.RobustPoint;
import io.github.bitforbit.robust.RobustResult;
import io.github.bitforbit.stats.Interval;

import java.util.Map;

/**
 * The JSON form of a robust comparison: {@code {"provenance", "scenario", "designs", "parameters",
 * "sampling", "seed", "runsPerPoint", "points", "shares", "regret", "usualWinner",
 * "flippedPoints", "prim", "pointResults"}}. Every figure as the library computed it; an
 * unrestricted bound or a missing value is {@code null}.
 */
final class RobustJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RobustJson() {
    }

    /**
     * The comparison as a JSON object.
     *
     * @param r the comparison
     * @param p the provenance written with it
     * @return the object
     */
    static ObjectNode of(RobustResult r, Provenance p) {
        ObjectNode o = F.objectNode();
        o.set("provenance", p.json());
        o.put("scenario", r.scenario());
        r.designs().forEach(o.putArray("designs")::add);
        r.paths().forEach(o.putArray("parameters")::add);
        o.put("sampling", r.method());
        o.put("seed", r.seed());
        o.put("runsPerPoint", r.runsPerPoint());
        o.put("points", r.points().size());
        ArrayNode shares = o.putArray("shares");
        ArrayNode regret = o.putArray("regret");
        for (int j = 0; j < r.designs().size(); j++) {
            ObjectNode s = shares.addObject();
            s.put("design", r.designs().get(j));
            interval(s.putObject("completesMore"), r.completesMore().get(j));
            interval(s.putObject("collapsesLess"), r.collapsesLess().get(j));
            ObjectNode g = regret.addObject();
            g.put("design", r.designs().get(j));
            regret(g.putObject("completion"), r.completionRegret().get(j));
            regret(g.putObject("collapse"), r.collapseRegret().get(j));
        }
        o.put("usualWinner", r.usualWinner());
        o.put("flippedPoints", RobustReport.flippedPoints(r));
        Prim.Result f = r.flips();
        if (f == null) {
            o.putNull("prim");
        } else {
            ObjectNode prim = o.putObject("prim");
            prim.put("outcome", "another design completes more than " + r.usualWinner());
            prim.put("chosen", f.chosen());
            box(prim.putObject("box"), f.box());
            ArrayNode t = prim.putArray("trajectory");
            f.trajectory().forEach(b -> box(t.addObject(), b));
        }
        ArrayNode points = o.putArray("pointResults");
        for (RobustPoint pt : r.points()) {
            ObjectNode n = points.addObject();
            n.put("index", pt.index());
            ObjectNode values = n.putObject("values");
            for (Map.Entry<String, Object> e : pt.values().entrySet()) {
                JsonReport.num(values, e.getKey(), ((Number) e.getValue()).doubleValue());
            }
            pt.completed().forEach(n.putArray("completed")::add);
            pt.collapsed().forEach(n.putArray("collapsed")::add);
            winner(n, "completionWinner", r, pt.completionWinner());
            winner(n, "collapseWinner", r, pt.collapseWinner());
        }
        return o;
    }

    private static void winner(ObjectNode n, String name, RobustResult r, int index) {
        if (index < 0) {
            n.putNull(name);
        } else {
            n.put(name, r.designs().get(index));
        }
    }

    private static void box(ObjectNode n, PrimBox b) {
        n.put("count", b.count());
        n.put("positives", b.positives());
        JsonReport.num(n, "mass", b.mass());
        JsonReport.num(n, "density", b.density());
        JsonReport.num(n, "coverage", b.coverage());
        ArrayNode rs = n.putArray("restrictions");
        for (PrimBox.Restriction x : b.restrictions()) {
            ObjectNode rn = rs.addObject();
            rn.put("parameter", x.parameter());
            JsonReport.num(rn, "low", x.low());
            JsonReport.num(rn, "high", x.high());
            JsonReport.num(rn, "pValue", x.pValue());
        }
    }

    private static void interval(ObjectNode n, Interval i) {
        JsonReport.num(n, "share", i.estimate());
        JsonReport.num(n, "low", i.low());
        JsonReport.num(n, "high", i.high());
    }

    private static void regret(ObjectNode n, Regret g) {
        JsonReport.num(n, "mean", g.mean());
        JsonReport.num(n, "p90", g.p90());
        JsonReport.num(n, "max", g.max());
    }
}
