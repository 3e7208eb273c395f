package io.github.bitforbit.rules;

import io.github.bitforbit.terms.Assurance;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.Aid;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import io.github.bitforbit.terms.Terms;
import io.github.bitforbit.validation.Warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What in a rule set that fits its scenario ({@link RuleSetCheck} found no problem) still cannot
 * act as written (docs/ODD.md section 7.7; the review found such designs silently giving 0%):
 * a phase in which a principal gives nothing its counterpart values, a rule whose event can never
 * happen, a {@code restore} of a tranche that cannot be restored.
 */
public final class DesignWarnings {
    private DesignWarnings() {
    }

    /**
     * Every warning about {@code rs} in {@code s}.
     *
     * @param rs    the rule set (its references already checked)
     * @param s     the scenario it is used in
     * @param where the path prefix of the rule set, e.g. {@code ruleSets.historical}
     * @return one per phase side, rule condition or rule action that cannot act; empty if none
     */
    public static List<Warning> of(RuleSet rs, Terms s, String where) {
        List<Warning> out = new ArrayList<>();
        for (Phase p : rs.phases()) {
            String at = where + ".phases." + p.name();
            boolean targetEmpty = p.targetGives().isEmpty();
            boolean sanctionerEmpty = p.sanctionerGives().isEmpty();
            // a declared unilateral phase may leave one side empty: that is the design (a GRIT step)
            if (!(p.unilateral() && targetEmpty) && p.targetGives().stream().noneMatch(id -> valuedBySanctioner(s, id))) {
                out.add(new Warning(at + ".target", "the target gives nothing the sanctioner values (no step that "
                        + "removes deterrence), so the sanctioner gains nothing by accepting this phase"));
            }
            if (!(p.unilateral() && sanctionerEmpty)
                    && p.sanctionerGives().stream().noneMatch(id -> valuedByTarget(s, id))) {
                out.add(new Warning(at + ".sanctioner", "the sanctioner gives nothing the target values (no tranche "
                        + "with weight, no assurance that lowers threat or pain), so the target gains nothing by "
                        + "accepting this phase"));
            }
        }
        for (int i = 0; i < rs.rules().size(); i++) {
            Rule r = rs.rules().get(i);
            String at = where + ".rules[" + i + "]";
            String never = neverHappens(r.when(), rs, s);
            if (never != null) {
                out.add(new Warning(at + ".when", "'" + r.when() + "' can never happen: " + never));
            }
            if (r.then() instanceof Action.Restore a && s.concession(a.tranche()).orElse(null) instanceof Relief t
                    && t.snapback() == SnapbackMode.NONE) {
                out.add(new Warning(at + ".then", "'" + r.then() + "' does nothing: '" + t.id()
                        + "' has snapback: none, so it is never restored once lifted"));
            }
        }
        return out;
    }

    private static boolean valuedBySanctioner(Terms s, String id) {
        return s.concession(id).orElse(null) instanceof DisarmamentStep d && d.deterrence() > 0;
    }

    private static boolean valuedByTarget(Terms s, String id) {
        Concession c = s.concession(id).orElse(null);
        if (c instanceof SanctionTranche t) {
            return t.weight() > 0;
        }
        if (c instanceof Aid aid) {
            return aid.value() > 0;
        }
        return c instanceof Assurance a && (a.threatReduction() > 0 || a.painRelief() > 0);
    }

    /** Why the event of {@code when} can never happen in a run of {@code rs}, or null if it can. */
    private static String neverHappens(Condition when, RuleSet rs, Terms s) {
        if (when instanceof Condition.StepAtLeast || when instanceof Condition.TrustBelow
                || when instanceof Condition.Custom) {
            return null;
        }
        Optional<Concession> c = s.concession(when.concession());
        if (c.isEmpty()) {
            return null;
        }
        if (when instanceof Condition.Violated && c.get() instanceof Relief t
                && t.reimposable() == Reimposition.NEVER) {
            return "relief is violated only by a re-imposition or suspension without cause, and '" + t.id()
                    + "' is reimposable: never";
        }
        if (when instanceof Condition.Violated && c.get() instanceof DisarmamentStep d
                && rs.phases().stream().noneMatch(p -> p.targetGives().contains(d.id())
                        && (!p.unilateral() || d.continuing()))) {
            return "a step is violated only by missing the deadline of an agreed (not unilateral) phase or, "
                    + "if it is a continuing obligation, by an open break once performed, and no phase that "
                    + "could do either holds '" + d.id() + "'";
        }
        if ((when instanceof Condition.Detected || when instanceof Condition.Verified)
                && c.get() instanceof DisarmamentStep d && d.verifiability() == 0.0) {
            return "'" + d.id() + "' has verifiability 0, so no inspection of it is ever conclusive";
        }
        if (when instanceof Condition.Restored && c.get() instanceof Relief t
                && t.snapback() == SnapbackMode.NONE && t.reimposable() == Reimposition.NEVER) {
            return "'" + t.id() + "' has snapback: none and is reimposable: never, so it is never put back";
        }
        return null;
    }
}
