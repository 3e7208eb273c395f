package io.github.bitforbit.cli;

import io.github.bitforbit.robust.Prim;
import io.github.bitforbit.robust.PrimBox;
import io.github.bitforbit.robust.Regret;
import io.github.bitforbit.robust.RobustPoint;
import io.github.bitforbit.robust.RobustResult;

import java.util.Map;

/**
 * The CSV form of a robust comparison: {@code #} provenance comments (and {@code # usualWinner:}),
 * then one tidy table with the columns of {@link CsvReport#HEADER}:
 *
 * <pre>
 * design       section     item                 statistic
 * bit-for-bit  share       completesMore        share (value, low, high)
 * bit-for-bit  share       collapsesLess        share (value, low, high)
 * bit-for-bit  regret      completion           mean / p90 / max
 * bit-for-bit  regret      collapse             mean / p90 / max
 *              prim        box                  count / positives / mass / density / coverage / chosen
 *              prim        box:PATH             low / high / pValue
 *              trajectory  STEP                 count / positives / mass / density / coverage
 *              trajectory  STEP:PATH            low / high
 *              point       INDEX:PATH           value
 * bit-for-bit  point       INDEX                completed / collapsed
 * </pre>
 *
 * An unrestricted bound is an empty cell.
 */
final class RobustCsv {

    private RobustCsv() {
    }

    /**
     * The comparison as CSV.
     *
     * @param r the comparison
     * @param p the provenance written with it
     * @return the CSV text
     */
    static String of(RobustResult r, Provenance p) {
        StringBuilder out = new StringBuilder(p.comments());
        out.append("# usualWinner: ").append(r.usualWinner()).append('\n');
        out.append(CsvReport.HEADER).append('\n');
        for (int j = 0; j < r.designs().size(); j++) {
            String d = r.designs().get(j);
            CsvReport.row(out, d, "share", "completesMore", "share", r.completesMore().get(j));
            CsvReport.row(out, d, "share", "collapsesLess", "share", r.collapsesLess().get(j));
            regret(out, d, "completion", r.completionRegret().get(j));
            regret(out, d, "collapse", r.collapseRegret().get(j));
        }
        Prim.Result f = r.flips();
        if (f != null) {
            box(out, "prim", "box", f.box(), true);
            CsvReport.row(out, "", "prim", "box", "chosen", f.chosen());
            for (int i = 0; i < f.trajectory().size(); i++) {
                box(out, "trajectory", Integer.toString(i), f.trajectory().get(i), false);
            }
        }
        for (RobustPoint pt : r.points()) {
            for (Map.Entry<String, Object> e : pt.values().entrySet()) {
                CsvReport.row(out, "", "point", pt.index() + ":" + e.getKey(), "value", ((Number) e.getValue()).doubleValue());
            }
            for (int j = 0; j < r.designs().size(); j++) {
                CsvReport.row(out, r.designs().get(j), "point", Integer.toString(pt.index()), "completed", pt.completed().get(j));
                CsvReport.row(out, r.designs().get(j), "point", Integer.toString(pt.index()), "collapsed", pt.collapsed().get(j));
            }
        }
        return out.toString();
    }

    private static void box(StringBuilder out, String section, String item, PrimBox b, boolean pValues) {
        CsvReport.row(out, "", section, item, "count", b.count());
        CsvReport.row(out, "", section, item, "positives", b.positives());
        CsvReport.row(out, "", section, item, "mass", b.mass());
        CsvReport.row(out, "", section, item, "density", b.density());
        CsvReport.row(out, "", section, item, "coverage", b.coverage());
        for (PrimBox.Restriction x : b.restrictions()) {
            String at = item + ":" + x.parameter();
            CsvReport.row(out, "", section, at, "low", x.low());
            CsvReport.row(out, "", section, at, "high", x.high());
            if (pValues) {
                CsvReport.row(out, "", section, at, "pValue", x.pValue());
            }
        }
    }

    private static void regret(StringBuilder out, String design, String item, Regret g) {
        CsvReport.row(out, design, "regret", item, "mean", g.mean());
        CsvReport.row(out, design, "regret", item, "p90", g.p90());
        CsvReport.row(out, design, "regret", item, "max", g.max());
    }
}
