package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.validation.Suggestions;
import io.github.bitforbit.scenario.Node.MapNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a scenario's {@code observed} block into an {@link ObservedRecord}, with the problems the
 * reader reports for every other key. Checks that need the scenario (the horizon, its designs and
 * parties) are made only when the scenario itself could be read.
 */
final class ObservedReader {
    /** The key of the block. */
    static final String KEY = "observed";

    private ObservedReader() {
    }

    /**
     * The record, or null if the file has none or it has problems (then recorded in {@code r}).
     *
     * @param r        the reader of the rest of the file, which collects the problems
     * @param root     the file's tree
     * @param scenario the scenario, or null if it could not be read
     */
    static ObservedRecord read(ScenarioReader r, MapNode root, Scenario scenario) {
        if (root.get(KEY) == null) {
            return null;
        }
        int before = r.problemCount();
        MapNode m = r.object(root, KEY, "");
        if (m == null) {
            return null;
        }
        ObjectSpec spec = Format.OBSERVED;
        r.checkKeys(m, spec, null, KEY);
        String outcome = r.choice(m, spec.get("outcome"), KEY);
        Integer from = r.integer(m, spec.get("from"), KEY);
        Integer to = m.get("to") == null ? (scenario == null ? null : (Integer) scenario.horizon())
                : r.integer(m, spec.get("to"), KEY);
        String endedBy = r.id(m, spec.get("endedBy"), KEY);
        String cause = r.choice(m, spec.get("cause"), KEY);
        String design = r.id(m, spec.get("design"), KEY);
        List<String> judgements = r.texts(m, spec.get("judgements"), KEY);
        List<String> sources = r.texts(m, spec.get("sources"), KEY);
        if (from != null && to != null && from > to) {
            r.problem(m.get("from"), KEY + ".from", "the window starts after it ends: from " + from + " > to " + to);
        }
        if (outcome != null && !outcome.equals(OutcomeKind.COLLAPSED.label())) {
            for (String k : List.of("endedBy", "cause")) {
                if (m.get(k) != null) {
                    r.problem(m.get(k), KEY + "." + k, "'" + k + "' applies to a collapse only, not to a record that "
                            + outcome);
                }
            }
        }
        if (scenario != null) {
            checkAgainst(r, m, scenario, from, to, endedBy, design);
        }
        if (r.problemCount() > before || outcome == null || from == null || to == null) {
            return null;
        }
        return new ObservedRecord(OutcomeKind.valueOf(outcome.toUpperCase(Locale.ROOT)), from, to, endedBy,
                cause == null ? null : CollapseCause.valueOf(cause.toUpperCase(Locale.ROOT)), design, judgements,
                sources);
    }

    /** The checks that need the scenario: window within the horizon, a design and a principal it has. */
    private static void checkAgainst(ScenarioReader r, MapNode m, Scenario s, Integer from, Integer to,
                                     String endedBy, String design) {
        int h = s.horizon();
        if (to != null && to > h) {
            r.problem(m.get("to"), KEY + ".to", "month " + to + " is beyond the horizon (" + h + " months): no run "
                    + "lasts that long");
        } else if (from != null && from >= h) {
            r.problem(m.get("from"), KEY + ".from", "month " + from + " is at or beyond the horizon (" + h
                    + " months): every run has ended by month " + (h - 1));
        }
        if (design != null && !s.designNames().contains(design)) {
            String known = " (the scenario's: " + String.join(", ", s.designNames()) + ")";
            if (m.get("design") == null) {
                r.problem(m, KEY, "the scenario has no rule set '" + design + "', the design a record is read under "
                        + "unless observed.design names another" + known);
            } else {
                r.problem(m.get("design"), KEY + ".design", "unknown design '" + Node.excerpt(design) + "'"
                        + Suggestions.didYouMean(design, s.designNames()) + known);
            }
        }
        if (endedBy != null) {
            List<String> principals = new ArrayList<>();
            s.parties().forEach(p -> {
                if (p.role().isPrincipal()) {
                    principals.add(p.id());
                }
            });
            if (!principals.contains(endedBy)) {
                boolean party = s.party(endedBy).isPresent()
                        || s.agents().stream().anyMatch(a -> a.id().equals(endedBy));
                r.problem(m.get("endedBy"), KEY + ".endedBy", (party ? "'" + Node.excerpt(endedBy)
                        + "' is not a principal; only the sanctioner or the target walks out"
                        : "unknown party '" + Node.excerpt(endedBy) + "'" + Suggestions.didYouMean(endedBy, principals))
                        + " (principals: " + String.join(", ", principals) + ")");
            }
        }
    }
}
