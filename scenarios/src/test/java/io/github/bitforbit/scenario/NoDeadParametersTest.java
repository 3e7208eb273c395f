package io.github.bitforbit.scenario;

import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Assurance;
import io.github.bitforbit.terms.DisarmamentStep;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No dead parameters (MODEL.md 8; issue "Model version 2"): every numeric parameter a scenario can
 * set, by every path {@link ParameterPath#numericPaths} lists for the built-ins, changes some
 * outcome count, metric or collapse cause of some built-in under some design when it is
 * perturbed, on the same seeds; or it is listed in docs/ODD.md section 9's table of inert
 * parameters with the reason it cannot. The list must be exact: a listed parameter that does act
 * is an error too, so the table stays true.
 */
class NoDeadParametersTest {
    private static final int RUNS = 300;

    @Test
    void everyParameterChangesSomeResultOrIsDocumentedAsInert() throws IOException {
        Map<String, String> documented = documentedInert();
        Map<String, List<String>> tried = new TreeMap<>();
        Set<String> live = new TreeSet<>();
        for (String name : Scenarios.BUILT_IN) {
            Scenario base = Scenarios.builtIn(name);
            List<AgreementDesign> designs = List.of(base.design(), Template.ALL_OR_NOTHING, Template.BIT_FOR_BIT);
            Map<AgreementDesign, List<Object>> reference = new LinkedHashMap<>();
            for (AgreementDesign d : designs) {
                reference.put(d, fingerprint(base, d));
            }
            for (String path : ParameterPath.numericPaths(base)) {
                String parameter = parameterOf(base, path);
                tried.computeIfAbsent(parameter, k -> new ArrayList<>()).add(name + ":" + path);
                if (live.contains(parameter)) {
                    continue;
                }
                Scenario perturbed = perturb(base, path);
                if (perturbed == null) {
                    continue;
                }
                for (AgreementDesign d : designs) {
                    if (!fingerprint(perturbed, d).equals(reference.get(d))) {
                        live.add(parameter);
                        break;
                    }
                }
            }
        }
        Set<String> inert = new TreeSet<>(tried.keySet());
        inert.removeAll(live);
        Set<String> undocumented = new TreeSet<>(inert);
        undocumented.removeAll(documented.keySet());
        assertTrue(undocumented.isEmpty(), "parameters that change nothing in any built-in under any design, "
                + "not listed in docs/ODD.md's inert parameters: " + describe(undocumented, tried));
        Set<String> stale = new TreeSet<>(documented.keySet());
        stale.retainAll(live);
        assertTrue(stale.isEmpty(), "listed as inert in docs/ODD.md but they do change results: " + stale);
        Set<String> unknown = new TreeSet<>(documented.keySet());
        unknown.removeAll(tried.keySet());
        assertEquals(Set.of(), unknown, "listed as inert in docs/ODD.md but no built-in has them");
    }

    /**
     * No built-in has aid, so the test above never meets an aid's parameters; they act where
     * there is aid: in a scenario whose first phase delivers fuel oil for 6 months, moving its
     * value or its duration (to 8 months, {@link #perturb}'s first move) changes some outcome
     * count or metric under some design, on the same seeds.
     */
    @Test
    void anAidsValueAndDurationChangeResultsWhereThereIsAid() {
        Scenario s = Scenarios.parse(Version2FieldsTest.BASE
                .replace("snapback: automatic, reimposable: vote}", "snapback: automatic, reimposable: vote}\n"
                        + "  - {id: fuel-oil, kind: aid, value: 0.15, duration: 6}")
                .replace("sanctioner: [coal, oil]", "sanctioner: [coal, oil, fuel-oil]"), "aid.yaml");
        List<AgreementDesign> designs = List.of(s.design(), Template.ALL_OR_NOTHING, Template.BIT_FOR_BIT);
        for (String path : List.of("concessions.fuel-oil.value", "concessions.fuel-oil.duration")) {
            assertEquals(path.endsWith("value") ? "aid.value" : "aid.duration", parameterOf(s, path));
            Scenario perturbed = perturb(s, path);
            assertTrue(designs.stream().anyMatch(d -> !fingerprint(perturbed, d).equals(fingerprint(s, d))),
                    path + " changes nothing");
        }
    }

    /**
     * A step's {@code continuing} flag is no number, so the paths above never reach it; it acts
     * where a reversible step is worth breaking: the freeze of a version-2 file made a one-off
     * step changes some outcome count, metric or collapse cause under some design, on the same
     * seeds.
     */
    @Test
    void aStepsContinuingFlagChangesResultsWhereAReversibleStepIsPerformed() {
        Scenario s = Scenarios.parse(Version2FieldsTest.BASE, "continuing.yaml");
        Scenario oneOff = Scenarios.parse(Version2FieldsTest.BASE.replace("reversibility: 3,",
                "reversibility: 3, continuing: false,"), "one-off.yaml");
        List<AgreementDesign> designs = List.of(s.design(), Template.ALL_OR_NOTHING, Template.BIT_FOR_BIT);
        assertTrue(designs.stream().anyMatch(d -> !fingerprint(oneOff, d).equals(fingerprint(s, d))),
                "continuing changes nothing");
    }

    /** The parameter a path sets, as one name across scenarios: role, concession kind or event kind, and key. */
    static String parameterOf(Scenario s, String path) {
        String[] parts = path.split("\\.", 3);
        if (path.startsWith("parties.")) {
            Party p = s.party(parts[1]).orElse(null);
            String rest = parts[2];
            if (rest.startsWith("strategy.")) {
                return "strategy " + p.strategy().name() + "." + rest.substring("strategy.".length());
            }
            boolean common = io.github.bitforbit.model.BuiltInParameters.COMMON.stream()
                    .anyMatch(spec -> spec.name().equals(rest));
            String role = p == null ? "agent" : p.role().label();
            return common ? (p != null && p.role().isPrincipal() ? "principal." : role + ".") + rest : role + "." + rest;
        }
        if (path.startsWith("concessions.")) {
            String kind = s.concessions().stream().filter(c -> c.id().equals(parts[1])).findFirst()
                    .map(c -> c instanceof DisarmamentStep ? "disarmament" : c instanceof Assurance a
                            ? "assurance" : c instanceof io.github.bitforbit.terms.Aid ? "aid" : "tranche")
                    .orElse("concession");
            return kind + "." + parts[2];
        }
        if (path.startsWith("events[")) {
            int i = Integer.parseInt(path.substring(7, path.indexOf(']')));
            ExogenousEvent e = s.events().get(i);
            return "event " + e.kind().label() + (e.isScheduled() ? " (scheduled)" : " (random)") + "."
                    + path.substring(path.indexOf("].") + 2);
        }
        return path;
    }

    /** The scenario with the value at {@code path} moved within its range, or null if no move is allowed. */
    static Scenario perturb(Scenario s, String path) {
        double v = ParameterPath.get(s, path);
        boolean whole = ParameterPath.isWholeNumber(s, path);
        double[] candidates = whole ? new double[]{v + 2, v - 2, v + 1, v - 1}
                : Double.isInfinite(v) ? new double[]{3}
                : new double[]{v * 1.5, v + 0.2, v - 0.2, v * 0.5, v + 0.05, v - 0.05, 0.5};
        for (double c : candidates) {
            if (c == v) {
                continue;
            }
            try {
                return ParameterPath.set(s, path, c);
            } catch (IllegalArgumentException outOfRange) {
                // try the next move
            }
        }
        return null;
    }

    private static List<Object> fingerprint(Scenario s, AgreementDesign d) {
        MonteCarloResult r = MonteCarlo.of(s).design(d).runs(RUNS).seed(5).threads(2).run();
        return List.of(r.outcomeCounts(), r.metrics(), r.collapses(), r.afterCompletion());
    }

    /** The table between the markers in docs/ODD.md: parameter name, reason. */
    static Map<String, String> documentedInert() throws IOException {
        String odd = Files.readString(Path.of("..", "docs", "ODD.md"));
        int b = odd.indexOf("<!-- inert parameters -->");
        int e = odd.indexOf("<!-- end of inert parameters -->");
        assertTrue(b >= 0 && e > b, "inert-parameter markers in docs/ODD.md");
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : odd.substring(b, e).split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| parameter") && !line.startsWith("| ---")) {
                String[] cells = line.split("\\|");
                String name = cells[1].trim().replace("`", "");
                String reason = cells[2].trim();
                assertTrue(!reason.isEmpty(), "no reason given for " + name);
                out.put(name, reason);
            }
        }
        return out;
    }

    private static String describe(Set<String> names, Map<String, List<String>> tried) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            List<String> where = tried.get(n);
            out.add(n + " (e.g. " + where.get(0) + ", " + where.size() + " paths)");
        }
        return out.toString();
    }
}
