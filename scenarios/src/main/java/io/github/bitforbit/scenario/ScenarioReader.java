package io.github.bitforbit.scenario;

import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.Role;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Turns a located document tree (extends already merged) into a {@link Scenario}, reading every
 * key through its {@link Field} descriptor and collecting every problem before failing. Reads the
 * scenario's own keys (name, title, horizon, sources, ...) and the order of the whole: parties
 * ({@link PartyReader}), concessions ({@link ConcessionReader}), events ({@link EventReader}),
 * designs ({@link RuleSetReader}), what is uncertain ({@link UncertainReader}) and the observed
 * record ({@link ObservedReader}). Problems that only the core can see (references, roles,
 * impossible phases) come from {@link Scenario#problems()} and are located back in the file
 * ({@link SourceLocations}).
 */
final class ScenarioReader {
    private final MapNode root;
    private final FileProblems problems;
    private final UncertainReader uncertain;
    private final ValueReader values;
    private final SourceLocations where;

    private ScenarioReader(MapNode root) {
        this.root = root;
        this.problems = new FileProblems(root);
        this.uncertain = new UncertainReader(problems);
        this.values = new ValueReader(problems, uncertain);
        this.where = new SourceLocations(root, problems);
    }

    /**
     * The scenario the tree describes.
     *
     * @throws ScenarioException listing every problem
     */
    static Scenario read(MapNode root) {
        return readAll(root).scenario();
    }

    /**
     * The scenario the tree describes, with its observed record if it has one and its warnings
     * located in the file (files: none).
     *
     * @throws ScenarioException listing every problem, the record's included
     */
    static SourcedScenario readAll(MapNode root) {
        ScenarioReader r = new ScenarioReader(root);
        Scenario s = null;
        ObservedRecord observed = null;
        try {
            s = r.scenario();
            observed = ObservedReader.read(r.values, root, s);
        } catch (RuntimeException e) {
            if (e instanceof ScenarioException se) {
                throw se;
            }
            r.problems.add(root, "", "cannot be read: " + TreeReader.oneLine(String.valueOf(e.getMessage())));
        }
        if (!r.problems.isEmpty() || s == null) {
            throw new ScenarioException(r.problems.inFileOrder());
        }
        return new SourcedScenario(s, List.of(), Optional.ofNullable(observed),
                r.where.locate(SourcedScenario.warningsOf(s), s.design()));
    }

    private Scenario scenario() {
        ObjectSpec spec = Format.SCENARIO;
        values.checkKeys(root, spec, null, "");
        where.put("", "", root);
        String name = values.id(root, spec.get("name"), "");
        if (root.get("name") == null) {
            problems.add(root, "", "missing required key 'name'");
        }
        String title = values.text(root, spec.get("title"), "");
        String description = values.text(root, spec.get("description"), "");
        Integer horizon = values.integer(root, spec.get("horizon"), "");
        double falseAlarm = values.number(root, spec.get("falseAlarm"), "", "falseAlarm");

        PartyReader.Parties parties = new PartyReader(values, where).read(root);
        List<Concession> concessions = new ConcessionReader(values, where).read(root,
                parties.all(Role.SANCTIONER), parties.principal(Role.TARGET));
        List<ExogenousEvent> events = new EventReader(values, where).read(root);
        List<String> sources = values.texts(root, spec.get("sources"), "");
        List<String> assumptions = values.texts(root, spec.get("assumptions"), "");
        if (name == null || horizon == null) {
            return null;
        }

        Scenario draft;
        try {
            draft = new Scenario(name, title, description, horizon, parties.parties(), concessions, events, falseAlarm,
                    Template.BIT_FOR_BIT, List.of(), List.of(), sources, assumptions, parties.agents());
        } catch (IllegalArgumentException e) {
            problems.refused(root, "", e);
            return null;
        }

        RuleSetReader designs = new RuleSetReader(values, where);
        List<RuleSet> ruleSets = designs.ruleSets(root, draft);
        AgreementDesign design = designs.design(root, draft, ruleSets);

        uncertain.block(root.get("uncertain"), where);
        if (design == null) {
            return null;
        }
        Scenario s;
        try {
            s = new Scenario(name, title, description, horizon, parties.parties(), concessions, events, falseAlarm,
                    design, ruleSets, uncertain.parameters(), sources, assumptions, parties.agents());
        } catch (IllegalArgumentException e) {
            problems.refused(root, "", e);
            return null;
        }
        if (!problems.isEmpty()) {
            // report what the core sees too, unless a bad value was replaced by its default
            for (io.github.bitforbit.validation.Problem p : safeProblems(s)) {
                String m = p.message();
                Matcher named = SourceLocations.QUOTED.matcher(m);
                boolean cascade = m.contains("unknown") && named.find() && where.isUnreadable(named.group(1));
                if (!cascade && (m.contains("unknown") || m.contains("never complete") || m.contains("duplicate")
                        || m.contains("is not a principal") || m.contains("is owned by")
                        || m.contains("is not a sanction tranche"))) {
                    where.report(p);
                }
            }
            return null;
        }
        for (io.github.bitforbit.validation.Problem p : safeProblems(s)) {
            where.report(p);
        }
        if (problems.isEmpty()) {
            uncertain.checkDraws(s);
        }
        return problems.isEmpty() ? s : null;
    }

    private static List<io.github.bitforbit.validation.Problem> safeProblems(Scenario s) {
        try {
            return s.issues();
        } catch (RuntimeException e) {
            return List.of(new io.github.bitforbit.validation.Problem("", e.getMessage()));
        }
    }
}
