package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Action;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.Condition;
import io.github.bitforbit.rules.Negotiation;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.ProposalMode;
import io.github.bitforbit.rules.Rule;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Node.ListNode;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.validation.Suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the agreement designs: the {@code ruleSets} list of named rule sets and the
 * {@code ruleSet} the scenario runs under (a template's name, one of its own rule sets' names,
 * or an inline rule set). A rule set is a template or a list of phases (who gives what, in which
 * order, by which deadline, verified or not), with its rules ({@code when C then A}), proposal
 * mode, first proposer and negotiation.
 */
final class RuleSetReader extends SectionReader {
    /** Names of rule sets that were written but are invalid: referring to one is no further problem. */
    private final Set<String> invalidRuleSets = new HashSet<>();

    /**
     * @param values reads the values of the keys
     * @param where  where each rule set, phase and rule read is recorded
     */
    RuleSetReader(ValueReader values, SourceLocations where) {
        super(values, where);
    }

    /**
     * Every rule set of the file's {@code ruleSets} that can be read, each with a name of its own.
     *
     * @param draft the scenario without its designs, which a template is built for
     */
    List<RuleSet> ruleSets(MapNode root, Scenario draft) {
        List<RuleSet> ruleSets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<MapNode> rsNodes = values.objects(root, Format.SCENARIO.get("ruleSets"), "");
        for (int i = 0; i < rsNodes.size(); i++) {
            MapNode m = rsNodes.get(i);
            if (m == null) {
                continue;
            }
            String path = "ruleSets[" + i + "]";
            RuleSet rs = ruleSet(m, path, true, draft);
            if (rs == null) {
                if (m.get("name") instanceof Scalar n && n.type() == ScalarType.STRING) {
                    invalidRuleSets.add(n.text());
                }
                continue;
            }
            if (Template.byName(rs.name()).isPresent()) {
                problems.add(m.get("name"), path + ".name", "'" + rs.name() + "' is the name of a template; give the rule set another name");
            } else if (!names.add(rs.name())) {
                problems.add(m.get("name"), path + ".name", "duplicate rule set name '" + rs.name() + "'");
            } else {
                ruleSets.add(rs);
            }
        }
        return ruleSets;
    }

    /**
     * The design the file's {@code ruleSet} names or writes inline; the default template without one.
     *
     * @param draft the scenario without its designs
     * @param own   the scenario's own rule sets, which it may name
     * @return the design, or null if it cannot be read (a problem is then recorded, unless it
     *         names a rule set of {@code ruleSets} that has problems of its own)
     */
    AgreementDesign design(MapNode root, Scenario draft, List<RuleSet> own) {
        Node n = root.get("ruleSet");
        if (n == null) {
            where.put("ruleSets." + Template.BIT_FOR_BIT.name(), "ruleSet", root);
            return Template.BIT_FOR_BIT;
        }
        if (n instanceof Scalar s && s.type() == ScalarType.STRING) {
            where.put("design " + s.text(), "ruleSet", n);
            where.put("ruleSets." + s.text(), "ruleSet", n);
            for (RuleSet r : own) {
                if (r.name().equals(s.text())) {
                    return r;
                }
            }
            Optional<Template> t = Template.byName(s.text());
            if (t.isPresent()) {
                return t.get();
            }
            if (invalidRuleSets.contains(s.text())) {
                return null; // its own problems are reported where it is written
            }
            List<String> known = new ArrayList<>(Template.names());
            own.forEach(r -> known.add(r.name()));
            problems.add(n, "ruleSet", "unknown rule set '" + s.text() + "'" + Suggestions.didYouMean(s.text(), known)
                    + " (known: " + String.join(", ", known) + ")");
            return null;
        }
        if (n instanceof MapNode m) {
            RuleSet r = ruleSet(m, "ruleSet", false, draft);
            if (r != null) {
                for (RuleSet o : own) {
                    if (o.name().equals(r.name())) {
                        problems.add(m.get("name") == null ? m : m.get("name"), "ruleSet.name",
                                "the inline rule set is named '" + r.name() + "' like one of ruleSets; "
                                        + "refer to it by name instead (ruleSet: " + r.name() + ")");
                        return null;
                    }
                }
            }
            return r;
        }
        problems.add(n, "ruleSet", "expected a rule set name or a mapping, found " + n.describe());
        return null;
    }

    /** A rule set; {@code named} if it must have a name (one of {@code ruleSets}; an inline one need not). */
    private RuleSet ruleSet(MapNode m, String path, boolean named, Scenario draft) {
        ObjectSpec spec = Format.RULE_SET;
        values.checkKeys(m, spec, null, path);
        String name = values.id(m, spec.get("name"), path);
        if (name == null) {
            if (named && m.get("name") == null) {
                problems.add(m, path, "missing required key 'name'");
            }
            if (named || m.get("name") != null) {
                return null;
            }
            name = Format.INLINE_RULE_SET;
        }
        where.put("ruleSets." + name, path, m);
        String templateName = values.choice(m, spec.get("template"), path);
        RuleSet base = null;
        if (templateName != null) {
            try {
                base = Template.byName(templateName).orElseThrow().ruleSetFor(draft);
            } catch (IllegalArgumentException e) {
                problems.refused(m.get("template"), path + ".template", e);
                return null;
            }
            if (m.get("phases") != null) {
                problems.add(m.get("phases"), path + ".phases", "give either 'template' or 'phases', not both");
                return null;
            }
        }
        List<Phase> phases = new ArrayList<>();
        boolean phaseFailed = false;
        if (base != null) {
            phases.addAll(base.phases());
        } else {
            List<MapNode> pNodes = values.objects(m, spec.get("phases"), path);
            for (int i = 0; i < pNodes.size(); i++) {
                Phase p = pNodes.get(i) == null ? null : phase(pNodes.get(i), path + ".phases[" + i + "]", name);
                if (p != null) {
                    phases.add(p);
                } else {
                    phaseFailed = true;
                }
            }
        }
        List<Rule> rules = new ArrayList<>(base == null ? List.of() : base.rules());
        Node rulesNode = m.get("rules");
        if (rulesNode instanceof ListNode l) {
            for (int i = 0; i < l.items().size(); i++) {
                String rp = path + ".rules[" + i + "]";
                where.put("ruleSets." + name + ".rules[" + rules.size() + "]", rp, l.items().get(i));
                Rule r = rule(l.items().get(i), rp);
                if (r != null) {
                    rules.add(r);
                }
            }
        } else if (rulesNode != null) {
            problems.add(rulesNode, path + ".rules", "expected a list of rules, found " + rulesNode.describe());
        }
        boolean snapback = values.bool(m, spec.get("snapback"), path, base == null ? true : base.snapback());
        String proposals = values.choice(m, spec.get("proposals"), path);
        boolean counter = values.bool(m, spec.get("counterOffers"), path, base == null ? true : base.counterOffers());
        String first = values.choice(m, spec.get("firstProposer"), path);
        Negotiation negotiation = negotiation(values.section(m, "negotiation", Format.NEGOTIATION, path),
                path + ".negotiation");
        if (proposals == null || first == null || negotiation == null || phaseFailed) {
            return null; // a phase left out would only make the rule set's own checks mislead
        }
        try {
            return new RuleSet(name, phases, rules, snapback, Format.constant(ProposalMode.class, proposals),
                    counter, Format.constant(Role.class, first), negotiation);
        } catch (IllegalArgumentException e) {
            problems.refused(m, path, e);
            return null;
        }
    }

    private Phase phase(MapNode m, String path, String ruleSet) {
        ObjectSpec spec = Format.PHASE;
        values.checkKeys(m, spec, null, path);
        String name = values.id(m, spec.get("name"), path);
        if (name == null) {
            return null;
        }
        where.put("ruleSets." + ruleSet + ".phases." + name, path, m);
        List<String> target = values.ids(m, spec.get("target"), path);
        List<String> sanctioner = values.ids(m, spec.get("sanctioner"), path);
        String order = values.choice(m, spec.get("order"), path);
        Integer deadline = values.integer(m, spec.get("deadline"), path);
        boolean verify = values.bool(m, spec.get("verifyBeforeReward"), path, true);
        boolean unilateral = values.bool(m, spec.get("unilateral"), path, false);
        Integer notBefore = values.integer(m, spec.get("notBefore"), path);
        if (order == null || deadline == null || notBefore == null) {
            return null;
        }
        try {
            return new Phase(name, target, sanctioner, Format.constant(Order.class, order), deadline, verify, unilateral,
                    notBefore);
        } catch (IllegalArgumentException e) {
            problems.refused(m, path, e);
            return null;
        }
    }

    /** A rule, written {@code 'when C then A'} or {@code {when: C, then: A}}. */
    private Rule rule(Node n, String path) {
        if (n instanceof Scalar s && s.type() == ScalarType.STRING) {
            try {
                return RuleSyntax.rule(s.text());
            } catch (IllegalArgumentException e) {
                problems.refused(n, path, e);
                return null;
            }
        }
        if (!(n instanceof MapNode m)) {
            problems.add(n, path, "expected a rule ('when C then A' or {when: C, then: A}), found " + n.describe());
            return null;
        }
        values.checkKeys(m, Format.RULE, null, path);
        String when = values.text(m, Format.RULE.get("when"), path);
        String then = values.text(m, Format.RULE.get("then"), path);
        Condition c = null;
        Action a = null;
        if (when != null) {
            try {
                c = RuleSyntax.condition(when);
            } catch (IllegalArgumentException e) {
                problems.refused(m.get("when"), path + ".when", e);
            }
        }
        if (then != null) {
            try {
                a = RuleSyntax.action(then);
            } catch (IllegalArgumentException e) {
                problems.refused(m.get("then"), path + ".then", e);
            }
        }
        return c == null || a == null ? null : new Rule(c, a);
    }

    /** The negotiation of a rule set ({@code m} null: every default). */
    private Negotiation negotiation(MapNode m, String path) {
        ObjectSpec spec = Format.NEGOTIATION;
        double low = values.number(m, spec.get("ratioLow"), path, null);
        double high = values.number(m, spec.get("ratioHigh"), path, null);
        double maxBit = values.number(m, spec.get("maxBit"), path, null);
        String order = m == null ? (String) spec.get("order").defaultValue() : values.choice(m, spec.get("order"), path);
        Integer deadline = m == null ? Integer.valueOf(spec.get("deadline").defaultInteger())
                : values.integer(m, spec.get("deadline"), path);
        boolean verify = m == null ? Negotiation.DEFAULTS.verifyBeforeReward()
                : values.bool(m, spec.get("verifyBeforeReward"), path, Negotiation.DEFAULTS.verifyBeforeReward());
        if (order == null || deadline == null) {
            return null;
        }
        try {
            return new Negotiation(low, high, maxBit, Format.constant(Order.class, order), deadline, verify);
        } catch (IllegalArgumentException e) {
            problems.refused(m, path, e);
            return null;
        }
    }
}
