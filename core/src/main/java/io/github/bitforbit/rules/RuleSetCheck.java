package io.github.bitforbit.rules;

import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.Terms;
import io.github.bitforbit.validation.Problem;
import io.github.bitforbit.validation.Suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a rule set against the scenario it is used in: every reference resolves, each side
 * gives only what it owns, and no phase is impossible to complete.
 */
public final class RuleSetCheck {
    private RuleSetCheck() {
    }

    /**
     * Every problem found, as text.
     *
     * @param rs the rule set
     * @param s  the scenario it is used in
     * @return one message each, {@code "path: message"}; empty if the rule set fits
     */
    public static List<String> problems(RuleSet rs, Terms s) {
        return issues(rs, s).stream().map(Problem::toString).toList();
    }

    /**
     * Every problem found, as data: unknown ids (with a suggestion), a concession given by the
     * wrong side or in two phases, a verified phase whose steps can never be verified, rules that
     * refer to what is not a tranche, a principal or a phase, and registered conditions that
     * reject their argument.
     *
     * @param rs the rule set
     * @param s  the scenario it is used in
     * @return where (a dotted path such as {@code ruleSets.historical.rules[2].then}) and what;
     *         empty if the rule set fits
     */
    public static List<Problem> issues(RuleSet rs, Terms s) {
        List<Problem> out = new ArrayList<>();
        String at = "ruleSets." + rs.name();
        Map<String, String> givenIn = new HashMap<>();
        List<String> allIds = s.concessions().stream().map(Concession::id).toList();
        for (Phase p : rs.phases()) {
            String where = at + ".phases." + p.name();
            side(out, s, where + ".target", p.targetGives(), Role.TARGET, allIds);
            side(out, s, where + ".sanctioner", p.sanctionerGives(), Role.SANCTIONER, allIds);
            for (String id : concat(p.targetGives(), p.sanctionerGives())) {
                String earlier = givenIn.putIfAbsent(id, p.name());
                if (earlier != null) {
                    out.add(new Problem(where, "'" + id + "' is already given in phase '" + earlier
                            + "'; a concession can be given once, so this phase can never complete"));
                }
            }
            if (p.verifyBeforeReward() && p.order() != Order.SIMULTANEOUS) {
                List<String> first = p.order() == Order.TARGET_FIRST ? p.targetGives() : p.sanctionerGives();
                for (String id : first) {
                    Optional<Concession> c = s.concession(id);
                    if (c.isPresent() && c.get() instanceof DisarmamentStep d && d.verifiability() == 0.0
                            && !(p.order() == Order.TARGET_FIRST ? p.sanctionerGives() : p.targetGives()).isEmpty()) {
                        out.add(new Problem(where, "rewards wait for verification of '" + id
                                + "', which has verifiability 0 and can never be verified, so this phase can never complete"));
                    }
                }
            }
        }
        List<String> phaseNames = rs.phases().stream().map(Phase::name).toList();
        List<String> principals = s.principalIds();
        for (int i = 0; i < rs.rules().size(); i++) {
            Rule r = rs.rules().get(i);
            String where = at + ".rules[" + i + "]";
            Condition when = r.when();
            if (when instanceof Condition.Restored c) {
                tranche(out, s, where + ".when", c.concession(), allIds);
            } else if (when instanceof Condition.TrustBelow c) {
                principal(out, where + ".when", c.truster(), principals);
                principal(out, where + ".when", c.trusted(), principals);
            } else if (when instanceof Condition.Custom c) {
                java.util.Optional<ConditionKind> kind = ConditionKinds.find(c.kind());
                String problem = kind.isEmpty() ? "unknown condition kind '" + c.kind() + "'"
                        : kind.get().check(c.argument(), s);
                if (problem != null) {
                    out.add(new Problem(where + ".when", problem));
                }
            } else if (!(when instanceof Condition.StepAtLeast)) {
                String id = when.concession();
                if (s.concession(id).isEmpty()) {
                    out.add(new Problem(where + ".when", "unknown concession '" + id + "'" + Suggestions.didYouMean(id, allIds)));
                }
            }
            Action then = r.then();
            if (then instanceof Action.Lift a) {
                tranche(out, s, where + ".then", a.tranche(), allIds);
            } else if (then instanceof Action.Restore a) {
                tranche(out, s, where + ".then", a.tranche(), allIds);
            } else if (then instanceof Action.WalkOut a) {
                principal(out, where + ".then", a.party(), principals);
            } else if (then instanceof Action.Offer a && !phaseNames.contains(a.phase())) {
                out.add(new Problem(where + ".then", "unknown phase '" + a.phase() + "'" + Suggestions.didYouMean(a.phase(), phaseNames)));
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void side(List<Problem> out, Terms s, String where, List<String> ids, Role role,
                             List<String> allIds) {
        for (String id : ids) {
            Optional<Concession> c = s.concession(id);
            if (c.isEmpty()) {
                out.add(new Problem(where, "unknown concession '" + id + "'" + Suggestions.didYouMean(id, allIds)));
                continue;
            }
            String owner = c.get().owner();
            Optional<Role> ownerRole = s.roleOf(owner);
            if (ownerRole.isPresent() && ownerRole.get() != role) {
                out.add(new Problem(where, "'" + id + "' is owned by " + owner + " (the " + ownerRole.get().label()
                        + "), not by the " + role.label()));
            }
        }
    }

    private static void tranche(List<Problem> out, Terms s, String where, String id, List<String> allIds) {
        Optional<Concession> c = s.concession(id);
        if (c.isEmpty()) {
            out.add(new Problem(where, "unknown tranche '" + id + "'" + Suggestions.didYouMean(id, allIds)));
        } else if (!(c.get() instanceof Relief)) {
            out.add(new Problem(where, "'" + id + "' is not a sanction tranche or aid"));
        }
    }

    private static void principal(List<Problem> out, String where, String id, List<String> principals) {
        if (!principals.contains(id)) {
            out.add(new Problem(where, "'" + id + "' is not a principal" + Suggestions.didYouMean(id, principals)
                    + " (principals: " + String.join(", ", principals) + ")"));
        }
    }
}
