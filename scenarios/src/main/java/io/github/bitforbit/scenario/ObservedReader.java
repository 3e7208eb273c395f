package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.evidence.ObservedDeparture;
import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.validation.Suggestions;
import io.github.bitforbit.scenario.Node.MapNode;

import java.util.ArrayList;
import java.util.List;

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
     * The record, or null if the file has none or it has problems (then recorded through {@code values}).
     *
     * @param values   reads the values of the keys, and collects the problems of the whole file
     * @param root     the file's tree
     * @param scenario the scenario, or null if it could not be read
     */
    static ObservedRecord read(ValueReader values, MapNode root, Scenario scenario) {
        if (root.get(KEY) == null) {
            return null;
        }
        FileProblems problems = values.problems();
        int before = problems.count();
        MapNode m = values.section(root, KEY, Format.OBSERVED, "");
        if (m == null) {
            return null;
        }
        ObjectSpec spec = Format.OBSERVED;
        String outcome = values.choice(m, spec.get("outcome"), KEY);
        Integer from = values.integer(m, spec.get("from"), KEY);
        Integer to = m.get("to") == null ? (scenario == null ? null : (Integer) scenario.horizon())
                : values.integer(m, spec.get("to"), KEY);
        String endedBy = values.id(m, spec.get("endedBy"), KEY);
        String cause = values.choice(m, spec.get("cause"), KEY);
        String design = values.id(m, spec.get("design"), KEY);
        List<String> judgements = values.texts(m, spec.get("judgements"), KEY);
        List<String> sources = values.texts(m, spec.get("sources"), KEY);
        List<ObservedDeparture> left = new java.util.ArrayList<>();
        List<MapNode> leftNodes = values.objects(m, spec.get("left"), KEY);
        for (int i = 0; i < leftNodes.size(); i++) {
            MapNode d = leftNodes.get(i);
            String at = KEY + ".left[" + i + "]";
            ObjectSpec ds = Format.OBSERVED_DEPARTURE;
            String party = values.id(d, ds.get("party"), at);
            Integer dFrom = values.integer(d, ds.get("from"), at);
            Integer dTo = values.integer(d, ds.get("to"), at);
            if (party == null || dFrom == null || dTo == null) {
                continue;
            }
            if (dFrom > dTo) {
                problems.add(d.get("from"), at + ".from", "the window starts after it ends: from " + dFrom + " > to " + dTo);
            } else if (scenario != null && scenario.party(party).map(p -> p.role() != Role.SANCTIONER).orElse(true)) {
                problems.add(d.get("party"), at + ".party", "'" + party + "' is not a sanctioning member of the scenario"
                        + Suggestions.didYouMean(party, scenario.parties().stream()
                        .filter(p -> p.role() == Role.SANCTIONER).map(io.github.bitforbit.model.Party::id).toList()));
            } else if (scenario != null && dTo > scenario.horizon()) {
                problems.add(d.get("to"), at + ".to", "month " + dTo + " is beyond the horizon (" + scenario.horizon()
                        + " months)");
            } else {
                left.add(new ObservedDeparture(party, dFrom, dTo));
            }
        }
        if (from != null && to != null && from > to) {
            problems.add(m.get("from"), KEY + ".from", "the window starts after it ends: from " + from + " > to " + to);
        }
        if (outcome != null && !outcome.equals(OutcomeKind.COLLAPSED.label())) {
            for (String k : List.of("endedBy", "cause")) {
                if (m.get(k) != null) {
                    problems.add(m.get(k), KEY + "." + k, "'" + k + "' applies to a collapse only, not to a record that "
                            + outcome);
                }
            }
        }
        if (scenario != null) {
            checkAgainst(problems, m, scenario, from, to, endedBy, design);
        }
        if (problems.count() > before || outcome == null || from == null || to == null) {
            return null;
        }
        return new ObservedRecord(Format.constant(OutcomeKind.class, outcome), from, to, endedBy,
                cause == null ? null : Format.constant(CollapseCause.class, cause), design, judgements, sources, left);
    }

    /** The checks that need the scenario: window within the horizon, a design and a principal it has. */
    private static void checkAgainst(FileProblems problems, MapNode m, Scenario s, Integer from, Integer to,
                                     String endedBy, String design) {
        int h = s.horizon();
        if (to != null && to > h) {
            problems.add(m.get("to"), KEY + ".to", "month " + to + " is beyond the horizon (" + h + " months): no run "
                    + "lasts that long");
        } else if (from != null && from >= h) {
            problems.add(m.get("from"), KEY + ".from", "month " + from + " is at or beyond the horizon (" + h
                    + " months): every run has ended by month " + (h - 1));
        }
        if (design != null && !s.designNames().contains(design)) {
            String known = " (the scenario's: " + String.join(", ", s.designNames()) + ")";
            if (m.get("design") == null) {
                problems.add(m, KEY, "the scenario has no rule set '" + design + "', the design a record is read under "
                        + "unless observed.design names another" + known);
            } else {
                problems.add(m.get("design"), KEY + ".design", "unknown design '" + Node.excerpt(design) + "'"
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
                problems.add(m.get("endedBy"), KEY + ".endedBy", (party ? "'" + Node.excerpt(endedBy)
                        + "' is not a principal; only the sanctioner or the target walks out"
                        : "unknown party '" + Node.excerpt(endedBy) + "'" + Suggestions.didYouMean(endedBy, principals))
                        + " (principals: " + String.join(", ", principals) + ")");
            }
        }
    }
}
