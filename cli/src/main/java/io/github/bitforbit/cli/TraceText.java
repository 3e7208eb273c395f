package io.github.bitforbit.cli;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.Trace;
import io.github.bitforbit.engine.TraceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The story of one run for people, one line per month in which something happened:
 * {@code month 3   test-moratorium verified -> USA lifts textiles (rule 2)   trust USA->DPRK 0.30 -> 0.41
 * DPRK->USA 0.40}. Events of a month are joined by
 * {@code " -> "} in the order they happened; an action a trigger took is tagged with its rule;
 * trust is shown as it ended the month, with the change when it changed. The last line is the
 * outcome and what its cause means.
 */
public final class TraceText {

    private TraceText() {
    }

    /**
     * Formats a trace.
     *
     * @param trace      the recorded run
     * @param sanctioner the sanctioner's id
     * @param target     the target's id
     * @return the lines, each ending in a newline
     */
    public static String format(Trace trace, String sanctioner, String target) {
        StringBuilder out = new StringBuilder();
        List<String> parts = new ArrayList<>();
        double trustInTarget = Double.NaN;
        double trustInSanctioner = Double.NaN;
        String rule = null;
        int ruleNumber = 0;
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.StepEnd) {
                TraceEvent.StepEnd s = (TraceEvent.StepEnd) e;
                boolean changed = !Double.isNaN(trustInTarget) && (moved(trustInTarget, s.trustInTarget())
                        || moved(trustInSanctioner, s.trustInSanctioner()));
                if (rule != null) {
                    parts.add(rule);
                    rule = null;
                }
                if (!parts.isEmpty() || changed) {
                    out.append(String.format(Locale.ROOT, "month %-3d %s   trust %s->%s %s  %s->%s %s%n", s.step() + 1,
                            parts.isEmpty() ? "(no action)" : String.join(" -> ", parts), sanctioner, target,
                            trust(trustInTarget, s.trustInTarget()), target, sanctioner,
                            trust(trustInSanctioner, s.trustInSanctioner())));
                    parts.clear();
                }
                trustInTarget = s.trustInTarget();
                trustInSanctioner = s.trustInSanctioner();
            } else if (e instanceof TraceEvent.Ended) {
                if (rule != null) {
                    parts.add(rule);
                    rule = null;
                }
                TraceEvent.Ended end = (TraceEvent.Ended) e;
                if (!parts.isEmpty()) {
                    out.append(String.format(Locale.ROOT, "month %-3d %s%n", end.step() + 1, String.join(" -> ", parts)));
                    parts.clear();
                }
                out.append("outcome: ").append(end.outcome()).append(cause(end.outcome()))
                        .append(System.lineSeparator());
            } else if (e instanceof TraceEvent.RuleFired) {
                if (rule != null) {
                    parts.add(rule);
                }
                TraceEvent.RuleFired r = (TraceEvent.RuleFired) e;
                rule = "rule " + r.rule() + " fires: " + r.text();
                ruleNumber = r.rule();
            } else if (!(e instanceof TraceEvent.TrustChanged)) {
                String text = e.describe();
                if (rule != null) {
                    if (e instanceof TraceEvent.Performed || e instanceof TraceEvent.Restored
                            || e instanceof TraceEvent.RestoreBlocked || e instanceof TraceEvent.LiftBlocked) {
                        text += " (rule " + ruleNumber + ")";
                    } else {
                        parts.add(rule);
                    }
                    rule = null;
                }
                parts.add(text);
            }
        }
        return out.toString();
    }

    /**
     * What a collapse cause means, in a few words.
     *
     * @param cause why a principal walked out
     * @return a few words for a trace or table
     */
    public static String explain(CollapseCause cause) {
        return cause.description();
    }

    private static String cause(Outcome o) {
        if (o instanceof Outcome.Collapsed) {
            return " -- " + explain(((Outcome.Collapsed) o).cause());
        }
        return "";
    }

    private static boolean moved(double before, double after) {
        return Math.abs(before - after) >= 0.005;
    }

    private static String trust(double before, double after) {
        if (Double.isNaN(before) || !moved(before, after)) {
            return String.format(Locale.ROOT, "%.2f", after);
        }
        return String.format(Locale.ROOT, "%.2f -> %.2f", before, after);
    }
}
