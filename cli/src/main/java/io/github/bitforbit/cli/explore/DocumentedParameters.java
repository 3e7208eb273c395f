package io.github.bitforbit.cli.explore;

import io.github.bitforbit.model.Concession;
import io.github.bitforbit.model.DisarmamentStep;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Role;
import io.github.bitforbit.model.Scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The key parameters as documented in docs/ODD.md section 9 (meaning, unit and valid range),
 * with slider ends chosen inside the valid range where it is open-ended. A scenario's value outside
 * the slider's ends widens them, so a slider never hides the scenario's own value. Only paths the
 * scenario has are offered ({@link ParameterPath#numericPaths}).
 */
public final class DocumentedParameters implements ParameterCatalog {

    /** Where a parameter lives: the scenario, every party of a role, or every disarmament step. */
    private enum Scope { SCENARIO, SANCTIONER, TARGET, PRINCIPAL, PATRON, PARTNER, DISARMAMENT }

    /** One row of the documented table. */
    private record Entry(Scope scope, String leaf, String name, String unit, String range, double min, double max,
                         double step, String doc) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(Scope.SCENARIO, "horizon", "horizon", "steps (months)", ">= 1", 6, 120, 1,
                    "the longest a run lasts: talks still open then have stalled"),
            new Entry(Scope.SCENARIO, "falseAlarm", "false alarm", "probability", "[0, 1)", 0, 0.5, 0.01,
                    "the chance that inspecting an honest step reports cheating"),
            new Entry(Scope.PRINCIPAL, "trust.initial", "initial trust", "probability", "[0, 1]", 0, 1, 0.01,
                    "its initial belief that the other principal is the cooperative type"),
            new Entry(Scope.PRINCIPAL, "types.cooperative", "cooperative prior", "probability", "[0, 1]", 0, 1, 0.01,
                    "the prior probability that it is itself the cooperative type (drawn each run)"),
            new Entry(Scope.PRINCIPAL, "trust.floor", "trust floor", "probability", "[0, 1]", 0, 0.5, 0.01,
                    "it walks out when its trust falls below this"),
            new Entry(Scope.PRINCIPAL, "patience", "patience", "steps", ">= 1", 1, 24, 1,
                    "losing steps in a row (or rejections) it tolerates before walking out"),
            new Entry(Scope.PRINCIPAL, "discount", "discount", "factor per step", "(0, 1]", 0.8, 1, 0.005,
                    "how much a step later is worth relative to now"),
            new Entry(Scope.PRINCIPAL, "attention", "attention", "probability", "[0, 1]", 0, 1, 0.01,
                    "the chance that it acts in a given step"),
            new Entry(Scope.TARGET, "deterrenceValue", "deterrence value", "utility/step", ">= 0", 0, 3, 0.05,
                    "D, what the full deterrent is worth to the target each step"),
            new Entry(Scope.TARGET, "sanctionsPain", "sanctions pain", "utility/step", ">= 0", 0, 3, 0.05,
                    "P, the pain of all sanctions in force each step"),
            new Entry(Scope.TARGET, "temptation", "temptation", "share", "[0, 1)", 0, 0.95, 0.01,
                    "Kydd's a: the gain from cheating on a step relative to its value"),
            new Entry(Scope.TARGET, "initialCapability", "initial capability", "share", "[0, 1]", 0, 1, 0.01,
                    "the share of the deterrent the target still has at step 0"),
            new Entry(Scope.SANCTIONER, "hawkishness", "hawkishness", "-", ">= 0", 0, 3, 0.05,
                    "h: how much low trust raises the political cost of giving relief"),
            new Entry(Scope.SANCTIONER, "threatCost", "threat cost", "utility/step", ">= 0", 0, 3, 0.05,
                    "T: the sanctioner's cost of facing the target's capability c, T c per step"),
            new Entry(Scope.SANCTIONER, "snapbackRelief", "snapback relief", "share", "[0, 1]", 0, 1, 0.01,
                    "rho: the share of the cost of relief that a reliable snapback removes"),
            new Entry(Scope.SANCTIONER, "renegeHazard", "renege hazard", "per step per tranche", "[0, 1]", 0, 0.2,
                    0.002, "how often a wavering sanctioner re-imposes a lifted tranche without cause"),
            new Entry(Scope.PATRON, "leakage", "leakage", "share", "[0, 1]", 0, 1, 0.01,
                    "the share of the sanctions pain the patron offsets"),
            new Entry(Scope.PATRON, "vetoProbability", "veto probability", "probability", "[0, 1]", 0, 1, 0.01,
                    "the chance that the patron vetoes restoring a tranche by vote"),
            new Entry(Scope.PARTNER, "inducement", "inducement", "utility/step", ">= 0", 0, 1, 0.01,
                    "what the partner's projects are worth to the target once relief arrives"),
            new Entry(Scope.PARTNER, "pressure", "pressure", "share", "[0, 1)", 0, 0.95, 0.01,
                    "the cut in the sanctioner's political cost of relief that the partner's pressure brings"),
            new Entry(Scope.DISARMAMENT, "verifiability", "verifiability", "probability", "[0, 1]", 0, 1, 0.01,
                    "the chance that one inspection of this step is conclusive"));

    /** A catalog over the documented table. */
    public DocumentedParameters() {
    }

    @Override
    public List<KeyParameter> parameters(Scenario scenario) {
        Set<String> valid = new HashSet<>(ParameterPath.numericPaths(scenario));
        List<KeyParameter> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (e.scope == Scope.SCENARIO) {
                add(out, valid, scenario, e, "scenario", e.leaf);
            }
        }
        for (Party p : scenario.parties()) {
            String group = p.id() + " (" + p.role().name().toLowerCase(Locale.ROOT) + ")";
            for (Entry e : ENTRIES) {
                if (applies(e.scope, p.role())) {
                    add(out, valid, scenario, e, group, "parties." + p.id() + "." + e.leaf);
                }
            }
        }
        for (Concession c : scenario.concessions()) {
            if (c instanceof DisarmamentStep) {
                for (Entry e : ENTRIES) {
                    if (e.scope == Scope.DISARMAMENT) {
                        add(out, valid, scenario, e, "step " + c.id(), "concessions." + c.id() + "." + e.leaf);
                    }
                }
            }
        }
        return out;
    }

    private static boolean applies(Scope scope, Role role) {
        switch (scope) {
            case PRINCIPAL:
                return role == Role.SANCTIONER || role == Role.TARGET;
            case SANCTIONER:
                return role == Role.SANCTIONER;
            case TARGET:
                return role == Role.TARGET;
            case PATRON:
                return role == Role.PATRON;
            case PARTNER:
                return role == Role.PARTNER;
            default:
                return false;
        }
    }

    private static void add(List<KeyParameter> out, Set<String> valid, Scenario s, Entry e, String group,
                            String path) {
        if (!valid.contains(path)) {
            return;
        }
        double value = ParameterPath.get(s, path);
        double min = Math.min(e.min, value);
        double max = Math.max(e.max, value);
        out.add(new KeyParameter(e.name, group, path, e.unit, e.range, min, max, e.step, value, e.doc));
    }
}
