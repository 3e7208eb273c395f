package io.github.bitforbit.scenario;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.engine.AgentType;
import io.github.bitforbit.engine.AgentTypes;
import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.EventKind;
import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
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
import io.github.bitforbit.scenario.Node.Position;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;
import io.github.bitforbit.terms.Assurance;
import io.github.bitforbit.terms.AssuranceKind;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import io.github.bitforbit.validation.Suggestions;
import io.github.bitforbit.validation.Validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a located document tree (extends already merged) into a {@link Scenario}, reading every
 * key through its {@link Field} descriptor and collecting every problem before failing. Problems
 * that only the core can see (references, roles, impossible phases) come from
 * {@link Scenario#problems()} and are located back in the file.
 */
final class ScenarioReader {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private final List<Problem> problems = new ArrayList<>();
    private final List<UncertainParameter> uncertain = new ArrayList<>();
    private final Map<String, Node> uncertainAt = new LinkedHashMap<>();
    private final Map<String, String> uncertainFilePath = new LinkedHashMap<>();
    /** Core path (ids) to where it is in the file. */
    private final Map<String, Located> where = new LinkedHashMap<>();
    private final MapNode root;
    /** Names of rule sets that were written but are invalid: referring to one is no further problem. */
    private final Set<String> invalidRuleSets = new HashSet<>();
    /** Ids of parties and concessions that were written but are invalid, likewise. */
    private final Set<String> invalidIds = new HashSet<>();

    private record Located(String path, Node node) {
    }

    private ScenarioReader(MapNode root) {
        this.root = root;
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
     * The scenario the tree describes, with its observed record if it has one (files: none).
     *
     * @throws ScenarioException listing every problem, the record's included
     */
    static SourcedScenario readAll(MapNode root) {
        ScenarioReader r = new ScenarioReader(root);
        Scenario s = null;
        io.github.bitforbit.evidence.ObservedRecord observed = null;
        try {
            s = r.scenario();
            observed = ObservedReader.read(r, root, s);
        } catch (RuntimeException e) {
            if (e instanceof ScenarioException se) {
                throw se;
            }
            r.problem(root, "", "cannot be read: " + TreeReader.oneLine(String.valueOf(e.getMessage())));
        }
        if (!r.problems.isEmpty() || s == null) {
            List<Problem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(r.problems));
            sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            throw new ScenarioException(sorted);
        }
        return new SourcedScenario(s, List.of(), java.util.Optional.ofNullable(observed));
    }

    /** {@return the problems found so far} */
    int problemCount() {
        return problems.size();
    }

    // ================================================================ the scenario

    private Scenario scenario() {
        ObjectSpec spec = Format.SCENARIO;
        checkKeys(root, spec, null, "");
        where.put("", new Located("", root));
        String name = id(root, spec.get("name"), "");
        if (root.get("name") == null) {
            problem(root, "", "missing required key 'name'");
        }
        String title = text(root, spec.get("title"), "");
        String description = text(root, spec.get("description"), "");
        Integer horizon = integer(root, spec.get("horizon"), "");
        double falseAlarm = number(root, spec.get("falseAlarm"), "", "falseAlarm");

        List<Party> parties = new ArrayList<>();
        Node partiesNode = root.get("parties");
        if (partiesNode != null) {
            where.put("parties", new Located("parties", partiesNode));
        }
        List<MapNode> partyNodes = objects(root, spec.get("parties"), "");
        List<AgentParty> agents = new ArrayList<>();
        for (int i = 0; i < partyNodes.size(); i++) {
            Optional<AgentType> type = partyNodes.get(i) == null ? Optional.empty() : registeredType(partyNodes.get(i));
            if (type.isPresent()) {
                AgentParty a = agentParty(partyNodes.get(i), "parties[" + i + "]", type.get());
                if (a != null) {
                    agents.add(a);
                }
            } else if (partyNodes.get(i) != null) {
                Party p = party(partyNodes.get(i), "parties[" + i + "]");
                if (p != null) {
                    parties.add(p);
                } else {
                    invalid(partyNodes.get(i));
                }
            }
        }
        boolean partiesComplete = partiesNode instanceof ListNode pl
                && pl.items().size() == parties.size() + agents.size();
        if (partiesComplete) {
            for (Role r : List.of(Role.SANCTIONER, Role.TARGET)) {
                long n = parties.stream().filter(p -> p.role() == r).count();
                if (n != 1) {
                    problem(partiesNode, "parties", "needs exactly one " + r.label() + ", found " + n);
                }
            }
        }
        String sanctionerId = principal(parties, Role.SANCTIONER);
        String targetId = principal(parties, Role.TARGET);

        List<Concession> concessions = new ArrayList<>();
        Node concessionsNode = root.get("concessions");
        if (concessionsNode != null) {
            where.put("concessions", new Located("concessions", concessionsNode));
        }
        List<MapNode> cNodes = objects(root, spec.get("concessions"), "");
        for (int i = 0; i < cNodes.size(); i++) {
            if (cNodes.get(i) != null) {
                Concession c = concession(cNodes.get(i), "concessions[" + i + "]", sanctionerId, targetId);
                if (c != null) {
                    concessions.add(c);
                } else {
                    invalid(cNodes.get(i));
                }
            }
        }

        List<ExogenousEvent> events = new ArrayList<>();
        List<MapNode> eNodes = objects(root, spec.get("events"), "");
        for (int i = 0; i < eNodes.size(); i++) {
            if (eNodes.get(i) != null) {
                ExogenousEvent e = event(eNodes.get(i), "events[" + i + "]", events.size());
                if (e != null) {
                    events.add(e);
                }
            }
        }
        List<String> sources = texts(root, spec.get("sources"), "");
        List<String> assumptions = texts(root, spec.get("assumptions"), "");
        if (name == null || horizon == null) {
            return null;
        }

        Scenario draft;
        try {
            draft = new Scenario(name, title, description, horizon, parties, concessions, events, falseAlarm,
                    Template.BIT_FOR_BIT, List.of(), List.of(), sources, assumptions, agents);
        } catch (IllegalArgumentException e) {
            problem(root, "", strip(e.getMessage()));
            return null;
        }

        List<RuleSet> ruleSets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<MapNode> rsNodes = objects(root, spec.get("ruleSets"), "");
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
                problem(m.get("name"), path + ".name", "'" + rs.name() + "' is the name of a template; give the rule set another name");
            } else if (!names.add(rs.name())) {
                problem(m.get("name"), path + ".name", "duplicate rule set name '" + rs.name() + "'");
            } else {
                ruleSets.add(rs);
            }
        }

        AgreementDesign design = design(root.get("ruleSet"), draft, ruleSets);

        uncertainMap(root.get("uncertain"));
        if (design == null) {
            return null;
        }
        Scenario s;
        try {
            s = new Scenario(name, title, description, horizon, parties, concessions, events, falseAlarm, design,
                    ruleSets, uncertain, sources, assumptions, agents);
        } catch (IllegalArgumentException e) {
            problem(root, "", strip(e.getMessage()));
            return null;
        }
        if (!problems.isEmpty()) {
            // report what the core sees too, unless a bad value was replaced by its default
            for (io.github.bitforbit.validation.Problem p : safeProblems(s)) {
                String m = p.message();
                Matcher named = QUOTED.matcher(m);
                boolean cascade = m.contains("unknown") && named.find() && invalidIds.contains(named.group(1));
                if (!cascade && (m.contains("unknown") || m.contains("never complete") || m.contains("duplicate")
                        || m.contains("is not a principal") || m.contains("is owned by")
                        || m.contains("is not a sanction tranche"))) {
                    coreProblem(p);
                }
            }
            return null;
        }
        for (io.github.bitforbit.validation.Problem p : safeProblems(s)) {
            coreProblem(p);
        }
        if (problems.isEmpty()) {
            checkDraws(s);
        }
        return problems.isEmpty() ? s : null;
    }

    /** Remembers the id of an entry that could not be read, so that references to it raise nothing more. */
    private void invalid(MapNode entry) {
        if (entry.get("id") instanceof Scalar id && id.type() == ScalarType.STRING) {
            invalidIds.add(id.text());
        }
    }

    private static List<io.github.bitforbit.validation.Problem> safeProblems(Scenario s) {
        try {
            return s.issues();
        } catch (RuntimeException e) {
            return List.of(new io.github.bitforbit.validation.Problem("", e.getMessage()));
        }
    }

    private static String principal(List<Party> parties, Role role) {
        return parties.stream().filter(p -> p.role() == role).map(Party::id).findFirst().orElse(null);
    }

    /** Every uncertain parameter must stay valid at both ends of its distribution's range. */
    private void checkDraws(Scenario s) {
        for (UncertainParameter u : s.uncertainties()) {
            double[] ends = support(u.distribution());
            for (double v : ends) {
                try {
                    ParameterPath.set(s.withUncertainties(List.of()), u.path(), v);
                } catch (IllegalArgumentException e) {
                    Node at = uncertainAt.getOrDefault(u.path(), root);
                    problem(at, uncertainFilePath.getOrDefault(u.path(), "uncertain." + u.path()),
                            "the distribution " + u.distribution() + " reaches " + Range.number(v)
                                    + ", which is not allowed: " + strip(e.getMessage()));
                    break;
                }
            }
        }
    }

    static double[] support(Distribution d) {
        if (d instanceof Distribution.Uniform u) {
            return new double[] {u.low(), u.high()};
        }
        if (d instanceof Distribution.Beta) {
            return new double[] {0, 1};
        }
        if (d instanceof Distribution.TruncatedNormal t) {
            return new double[] {t.low(), t.high()};
        }
        Distribution.Triangular t = (Distribution.Triangular) d;
        return new double[] {t.low(), t.high()};
    }

    // ================================================================ parties

    /** The registered agent type a party node names as its role, if any (built-in roles are not). */
    private static Optional<AgentType> registeredType(MapNode m) {
        return m.get("role") instanceof Scalar s && s.text() != null ? AgentTypes.find(s.text()) : Optional.empty();
    }

    /** A party of a registered agent type: its id and the numbers its type's descriptors name. */
    private AgentParty agentParty(MapNode m, String path, AgentType type) {
        String id = id(m, Format.PARTY.get("id"), path);
        if (id == null) {
            return null;
        }
        where.put("parties." + id, new Located(path, m));
        String base = "parties." + id + ".";
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (ParameterSpec p : type.parameters()) {
            names.add(p.name());
            if (m.get(p.name()) != null) {
                Field f = Field.number(p.name(), p.unit(), Range.ANY, p.defaultValue(), p.doc());
                values.put(p.name(), number(m, f, path, base + p.name()));
            }
        }
        for (String key : m.entries().keySet()) {
            if (!key.equals("id") && !key.equals("role") && !names.contains(key)) {
                problem(m.get(key), join(path, key), "unknown key '" + key + "' for a " + type.role()
                        + Suggestions.didYouMean(key, names) + " (it takes: id, role"
                        + (names.isEmpty() ? "" : ", " + String.join(", ", names)) + ")");
            }
        }
        List<io.github.bitforbit.validation.Problem> problems = new ArrayList<>();
        AgentParty complete = AgentTypes.complete(new AgentParty(id, type.role(), values), problems);
        for (io.github.bitforbit.validation.Problem p : problems) {
            String key = p.path().substring(Math.min(p.path().length(), base.length()));
            Node at = m.get(key);
            problem(at == null ? m : at, join(path, key), p.message());
        }
        return problems.isEmpty() ? complete : null;
    }

    private Party party(MapNode m, String path) {
        ObjectSpec spec = Format.PARTY;
        String role = choice(m, spec.get("role"), path);
        checkKeys(m, spec, role, path);
        String id = id(m, spec.get("id"), path);
        if (id == null || role == null) {
            return null;
        }
        where.put("parties." + id, new Located(path, m));
        String base = "parties." + id + ".";
        double coop = 0.5;
        MapNode types = object(m, "types", path);
        if (types != null) {
            checkKeys(types, Format.TYPES, null, path + ".types");
        }
        coop = number(types, Format.TYPES.get("cooperative"), path + ".types", base + "types.cooperative");
        MapNode trust = object(m, "trust", path);
        if (trust != null) {
            checkKeys(trust, Format.TRUST, null, path + ".trust");
        }
        double initial = number(trust, Format.TRUST.get("initial"), path + ".trust", base + "trust.initial");
        double floor = number(trust, Format.TRUST.get("floor"), path + ".trust", base + "trust.floor");
        Integer patience = integer(m, spec.get("patience"), path);
        double discount = number(m, spec.get("discount"), path, base + "discount");
        double attention = number(m, spec.get("attention"), path, base + "attention");
        double lambda = number(m, spec.get("lambda"), path, base + "lambda");
        Strategy strategy = strategy(m, spec.get("strategy"), path, base + "strategy.");
        RoleParameters params = roleParameters(m, role, path, base);
        if (strategy == null || params == null || patience == null) {
            return null;
        }
        try {
            return new Party(id, role(role), coop, initial, floor, patience, discount, attention, lambda, strategy,
                    params);
        } catch (IllegalArgumentException e) {
            problem(m, path, strip(e.getMessage()));
            return null;
        }
    }

    static Role role(String label) {
        return Role.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private RoleParameters roleParameters(MapNode m, String role, String path, String base) {
        ObjectSpec spec = Format.PARTY;
        java.util.function.ToDoubleFunction<String> n = key -> number(m, spec.get(key, role), path, base + key);
        try {
            switch (role) {
                case Format.TARGET:
                    return new RoleParameters.Target(n.applyAsDouble("deterrenceValue"), n.applyAsDouble("kappa"),
                            n.applyAsDouble("threatPerception"), n.applyAsDouble("sanctionsPain"),
                            n.applyAsDouble("temptation"), n.applyAsDouble("outsideOption"),
                            n.applyAsDouble("cheatNoise"), n.applyAsDouble("initialCapability"),
                            n.applyAsDouble("opportunistPremium"));
                case Format.SANCTIONER:
                    return new RoleParameters.Sanctioner(n.applyAsDouble("threatCost"), n.applyAsDouble("hawkishness"),
                            n.applyAsDouble("snapbackRelief"), n.applyAsDouble("temptation"),
                            n.applyAsDouble("outsideOption"), n.applyAsDouble("renegeHazard"),
                            n.applyAsDouble("committedRenegeHazard"), n.applyAsDouble("electionRenegeFactor"),
                            n.applyAsDouble("waverCost"));
                case Format.PATRON:
                    return new RoleParameters.Patron(n.applyAsDouble("leakage"), n.applyAsDouble("leakageCut"),
                            n.applyAsDouble("vetoProbability"));
                default: {
                    double inducement = n.applyAsDouble("inducement");
                    List<String> requires = ids(m, spec.get("requires", role), path);
                    return new RoleParameters.Partner(inducement, requires, n.applyAsDouble("pressure"));
                }
            }
        } catch (IllegalArgumentException e) {
            problem(m, path, strip(e.getMessage()));
            return null;
        }
    }

    private Strategy strategy(MapNode m, Field f, String path, String paramBase) {
        Node n = m.get(f.name());
        String at = path + "." + f.name();
        if (n == null) {
            return Strategies.create((String) f.defaultValue(), Map.of());
        }
        String name;
        Map<String, Double> params = new LinkedHashMap<>();
        MapNode sm = null;
        if (n instanceof Scalar s && s.type() == ScalarType.STRING) {
            name = s.text();
        } else if (n instanceof MapNode mm) {
            sm = mm;
            Node nameNode = mm.get("name");
            if (!(nameNode instanceof Scalar s) || s.type() != ScalarType.STRING) {
                problem(nameNode == null ? mm : nameNode, at + ".name", nameNode == null
                        ? "missing required key 'name' (one of " + String.join(", ", Strategies.names()) + ")"
                        : "expected a strategy name, found " + nameNode.describe());
                return null;
            }
            name = s.text();
        } else {
            problem(n, at, "expected a strategy name or a mapping with 'name', found " + n.describe());
            return null;
        }
        if (!Strategies.names().contains(name)) {
            Node nameAt = sm == null ? n : sm.get("name");
            problem(nameAt, sm == null ? at : at + ".name", "unknown strategy '" + name + "'"
                    + Suggestions.didYouMean(name, Strategies.names()) + " (known: " + String.join(", ", Strategies.names()) + ")");
            return null;
        }
        Set<String> known = Strategies.parameters(name).keySet();
        if (sm != null) {
            for (Map.Entry<String, Node> e : sm.entries().entrySet()) {
                String key = e.getKey();
                if (key.equals("name")) {
                    continue;
                }
                if (!known.contains(key)) {
                    problem(sm.keyAt(key), at + "." + key, "strategy " + name + " has no parameter '" + key + "'"
                            + Suggestions.didYouMean(key, known)
                            + (known.isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", known) + ")"));
                    continue;
                }
                Field pf = Field.number(key, "", Range.ANY, Strategies.parameters(name).get(key), "");
                params.put(key, number(sm, pf, at, paramBase + key));
            }
        }
        try {
            return Strategies.create(name, params);
        } catch (IllegalArgumentException e) {
            problem(n, at, strip(e.getMessage()));
            return null;
        }
    }

    // ================================================================ concessions and events

    private Concession concession(MapNode m, String path, String sanctionerId, String targetId) {
        ObjectSpec spec = Format.CONCESSION;
        String kind = choice(m, spec.get("kind"), path);
        checkKeys(m, spec, kind, path);
        String id = id(m, spec.get("id"), path);
        if (id == null || kind == null) {
            return null;
        }
        where.put("concessions." + id, new Located(path, m));
        String owner = id(m, spec.get("owner"), path);
        if (owner == null && m.get("owner") == null) {
            owner = kind.equals(Format.DISARMAMENT) ? targetId : sanctionerId;
            if (owner == null) {
                return null; // the missing principal is reported once, on parties
            }
        }
        if (owner == null) {
            return null;
        }
        String base = "concessions." + id + ".";
        try {
            if (kind.equals(Format.DISARMAMENT)) {
                double deterrence = number(m, spec.get("deterrence", kind), path, base + "deterrence");
                Integer reversal = steps(m, spec.get("reversibility", kind), path);
                double verifiability = number(m, spec.get("verifiability", kind), path, base + "verifiability");
                double falseAlarm = m.get("falseAlarm") == null ? DisarmamentStep.SCENARIO_FALSE_ALARM
                        : number(m, spec.get("falseAlarm", kind), path, base + "falseAlarm");
                return reversal == null ? null
                        : new DisarmamentStep(id, owner, deterrence, reversal, verifiability, falseAlarm);
            }
            if (kind.equals(Format.TRANCHE)) {
                double weight = number(m, spec.get("weight", kind), path, base + "weight");
                String snap = choice(m, spec.get("snapback", kind), path);
                Field costField = spec.get("politicalCost", kind);
                double cost = m.get("politicalCost") == null ? weight : number(m, costField, path, base + "politicalCost");
                String re = choice(m, spec.get("reimposable", kind), path);
                if (snap == null || re == null && m.get("reimposable") != null) {
                    return null;
                }
                SnapbackMode mode = SnapbackMode.valueOf(snap.toUpperCase(Locale.ROOT));
                return new SanctionTranche(id, owner, weight, mode, cost, re == null ? Reimposition.defaultFor(mode)
                        : Reimposition.valueOf(re.toUpperCase(Locale.ROOT)));
            }
            double threat = number(m, spec.get("threatReduction", kind), path, base + "threatReduction");
            double relief = number(m, spec.get("painRelief", kind), path, base + "painRelief");
            double cost = number(m, spec.get("politicalCost", kind), path, base + "politicalCost");
            return new Assurance(id, owner, AssuranceKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_')),
                    threat, relief, cost);
        } catch (IllegalArgumentException e) {
            problem(m, path, strip(e.getMessage()));
            return null;
        }
    }

    private Integer steps(MapNode m, Field f, String path) {
        Node n = m.get(f.name());
        String at = path + "." + f.name();
        if (n == null) {
            return DisarmamentStep.IRREVERSIBLE;
        }
        if (n instanceof Scalar s && s.type() == ScalarType.STRING && s.text().equals(Format.IRREVERSIBLE)) {
            return DisarmamentStep.IRREVERSIBLE;
        }
        if (n instanceof Scalar s && s.type() == ScalarType.INTEGER) {
            return integer(m, f, path);
        }
        problem(n, at, "expected a whole number of steps >= 1 or 'irreversible', found " + n.describe()
                + (n instanceof Scalar s && s.type() == ScalarType.STRING
                ? Suggestions.didYouMean(s.text(), List.of(Format.IRREVERSIBLE)) : ""));
        return null;
    }

    private ExogenousEvent event(MapNode m, String path, int index) {
        ObjectSpec spec = Format.EVENT;
        checkKeys(m, spec, null, path);
        where.put("events[" + index + "]", new Located(path, m));
        String kind = choice(m, spec.get("kind"), path);
        Integer at = m.get("at") == null ? Integer.valueOf(-1) : integer(m, spec.get("at"), path);
        String base = "events[" + index + "].";
        double hazard = number(m, spec.get("hazard"), path, base + "hazard");
        Integer duration = integer(m, spec.get("duration"), path);
        double opportunistHazard = m.get("opportunistHazard") == null ? Double.NaN
                : number(m, spec.get("opportunistHazard"), path, base + "opportunistHazard");
        if (m.get("magnitude") == null && kind != null && !kind.equals("postponement") && !kind.equals("provocation")) {
            problem(m, path, "missing required key 'magnitude' (the strength of the " + kind + ")");
        }
        double magnitude = number(m, spec.get("magnitude"), path, base + "magnitude");
        if (kind == null || at == null || duration == null) {
            return null;
        }
        if (at >= 0 && m.get("hazard") != null) {
            problem(m.get("hazard"), path + ".hazard", "a scheduled event (at " + at + ") cannot also have a hazard");
            return null;
        }
        if (at < 0 && m.get("hazard") == null) {
            problem(m, path, "give 'at' (a scheduled event) or 'hazard' (a random one)");
            return null;
        }
        try {
            return new ExogenousEvent(EventKind.valueOf(kind.toUpperCase(Locale.ROOT)), at, hazard, duration, magnitude,
                    opportunistHazard);
        } catch (IllegalArgumentException e) {
            problem(m, path, strip(e.getMessage()));
            return null;
        }
    }

    // ================================================================ rule sets

    private AgreementDesign design(Node n, Scenario draft, List<RuleSet> own) {
        if (n == null) {
            where.put("ruleSets." + Template.BIT_FOR_BIT.name(), new Located("ruleSet", root));
            return Template.BIT_FOR_BIT;
        }
        if (n instanceof Scalar s && s.type() == ScalarType.STRING) {
            where.put("design " + s.text(), new Located("ruleSet", n));
            where.put("ruleSets." + s.text(), new Located("ruleSet", n));
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
            problem(n, "ruleSet", "unknown rule set '" + s.text() + "'" + Suggestions.didYouMean(s.text(), known)
                    + " (known: " + String.join(", ", known) + ")");
            return null;
        }
        if (n instanceof MapNode m) {
            RuleSet r = ruleSet(m, "ruleSet", false, draft);
            if (r != null) {
                for (RuleSet o : own) {
                    if (o.name().equals(r.name())) {
                        problem(m.get("name") == null ? m : m.get("name"), "ruleSet.name",
                                "the inline rule set is named '" + r.name() + "' like one of ruleSets; "
                                        + "refer to it by name instead (ruleSet: " + r.name() + ")");
                        return null;
                    }
                }
            }
            return r;
        }
        problem(n, "ruleSet", "expected a rule set name or a mapping, found " + n.describe());
        return null;
    }

    private RuleSet ruleSet(MapNode m, String path, boolean named, Scenario draft) {
        ObjectSpec spec = Format.RULE_SET;
        checkKeys(m, spec, null, path);
        String name = id(m, spec.get("name"), path);
        if (name == null) {
            if (named && m.get("name") == null) {
                problem(m, path, "missing required key 'name'");
            }
            if (named || m.get("name") != null) {
                return null;
            }
            name = Format.INLINE_RULE_SET;
        }
        where.put("ruleSets." + name, new Located(path, m));
        String templateName = choice(m, spec.get("template"), path);
        RuleSet base = null;
        if (templateName != null) {
            try {
                base = Template.byName(templateName).orElseThrow().ruleSetFor(draft);
            } catch (IllegalArgumentException e) {
                problem(m.get("template"), path + ".template", strip(e.getMessage()));
                return null;
            }
            if (m.get("phases") != null) {
                problem(m.get("phases"), path + ".phases", "give either 'template' or 'phases', not both");
                return null;
            }
        }
        List<Phase> phases = new ArrayList<>();
        boolean phaseFailed = false;
        if (base != null) {
            phases.addAll(base.phases());
        } else {
            List<MapNode> pNodes = objects(m, spec.get("phases"), path);
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
                where.put("ruleSets." + name + ".rules[" + rules.size() + "]", new Located(rp, l.items().get(i)));
                Rule r = rule(l.items().get(i), rp);
                if (r != null) {
                    rules.add(r);
                }
            }
        } else if (rulesNode != null) {
            problem(rulesNode, path + ".rules", "expected a list of rules, found " + rulesNode.describe());
        }
        boolean snapback = bool(m, spec.get("snapback"), path, base == null ? true : base.snapback());
        String proposals = choice(m, spec.get("proposals"), path);
        boolean counter = bool(m, spec.get("counterOffers"), path, base == null ? true : base.counterOffers());
        String first = choice(m, spec.get("firstProposer"), path);
        Negotiation negotiation = negotiation(object(m, "negotiation", path), path + ".negotiation");
        if (proposals == null || first == null || negotiation == null || phaseFailed) {
            return null; // a phase left out would only make the rule set's own checks mislead
        }
        try {
            return new RuleSet(name, phases, rules, snapback, ProposalMode.valueOf(proposals.toUpperCase(Locale.ROOT)),
                    counter, role(first), negotiation);
        } catch (IllegalArgumentException e) {
            problem(m, path, strip(e.getMessage()));
            return null;
        }
    }

    private Phase phase(MapNode m, String path, String ruleSet) {
        ObjectSpec spec = Format.PHASE;
        checkKeys(m, spec, null, path);
        String name = id(m, spec.get("name"), path);
        if (name == null) {
            return null;
        }
        where.put("ruleSets." + ruleSet + ".phases." + name, new Located(path, m));
        List<String> target = ids(m, spec.get("target"), path);
        List<String> sanctioner = ids(m, spec.get("sanctioner"), path);
        String order = choice(m, spec.get("order"), path);
        Integer deadline = integer(m, spec.get("deadline"), path);
        boolean verify = bool(m, spec.get("verifyBeforeReward"), path, true);
        boolean unilateral = bool(m, spec.get("unilateral"), path, false);
        Integer notBefore = integer(m, spec.get("notBefore"), path);
        if (order == null || deadline == null || notBefore == null) {
            return null;
        }
        try {
            return new Phase(name, target, sanctioner, Order.valueOf(order.toUpperCase(Locale.ROOT).replace('-', '_')),
                    deadline, verify, unilateral, notBefore);
        } catch (IllegalArgumentException e) {
            problem(m, path, strip(e.getMessage()));
            return null;
        }
    }

    private Rule rule(Node n, String path) {
        if (n instanceof Scalar s && s.type() == ScalarType.STRING) {
            try {
                return RuleSyntax.rule(s.text());
            } catch (IllegalArgumentException e) {
                problem(n, path, strip(e.getMessage()));
                return null;
            }
        }
        if (!(n instanceof MapNode m)) {
            problem(n, path, "expected a rule ('when C then A' or {when: C, then: A}), found " + n.describe());
            return null;
        }
        checkKeys(m, Format.RULE, null, path);
        String when = text(m, Format.RULE.get("when"), path);
        String then = text(m, Format.RULE.get("then"), path);
        Condition c = null;
        Action a = null;
        if (when != null) {
            try {
                c = RuleSyntax.condition(when);
            } catch (IllegalArgumentException e) {
                problem(m.get("when"), path + ".when", strip(e.getMessage()));
            }
        }
        if (then != null) {
            try {
                a = RuleSyntax.action(then);
            } catch (IllegalArgumentException e) {
                problem(m.get("then"), path + ".then", strip(e.getMessage()));
            }
        }
        return c == null || a == null ? null : new Rule(c, a);
    }

    private Negotiation negotiation(MapNode m, String path) {
        ObjectSpec spec = Format.NEGOTIATION;
        if (m != null) {
            checkKeys(m, spec, null, path);
        }
        double low = number(m, spec.get("ratioLow"), path, null);
        double high = number(m, spec.get("ratioHigh"), path, null);
        double maxBit = number(m, spec.get("maxBit"), path, null);
        String order = m == null ? (String) spec.get("order").defaultValue() : choice(m, spec.get("order"), path);
        Integer deadline = m == null ? Integer.valueOf(spec.get("deadline").defaultInteger())
                : integer(m, spec.get("deadline"), path);
        boolean verify = m == null ? Negotiation.DEFAULTS.verifyBeforeReward()
                : bool(m, spec.get("verifyBeforeReward"), path, Negotiation.DEFAULTS.verifyBeforeReward());
        if (order == null || deadline == null) {
            return null;
        }
        try {
            return new Negotiation(low, high, maxBit, Order.valueOf(order.toUpperCase(Locale.ROOT).replace('-', '_')),
                    deadline, verify);
        } catch (IllegalArgumentException e) {
            problem(m, path, strip(e.getMessage()));
            return null;
        }
    }

    private void uncertainMap(Node n) {
        if (n == null) {
            return;
        }
        if (!(n instanceof MapNode m)) {
            problem(n, "uncertain", "expected a mapping of parameter paths to distributions, found " + n.describe());
            return;
        }
        where.put("uncertain", new Located("uncertain", m));
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            String path = e.getKey();
            String at = "uncertain." + path;
            if (uncertainAt.containsKey(path)) {
                problem(m.keyAt(path), at, "already uncertain where it is written (" + uncertainFilePath.get(path) + ")");
                continue;
            }
            if (!(e.getValue() instanceof MapNode d)) {
                problem(e.getValue(), at, "expected a distribution such as {uniform: [low, high]}, found "
                        + e.getValue().describe());
                continue;
            }
            Distribution dist = distribution(d, at, Range.ANY);
            if (dist != null) {
                uncertain.add(new UncertainParameter(path, dist));
                uncertainAt.put(path, d);
                uncertainFilePath.put(path, at);
            }
        }
    }

    // ================================================================ values

    void checkKeys(MapNode m, ObjectSpec spec, String variant, String path) {
        boolean unknownVariant = !spec.discriminator().isEmpty() && variant == null;
        if (unknownVariant && m.get(spec.discriminator()) == null) {
            // without it the entry could only be dropped, and everything else would run without it
            problem(m, path, "missing required key '" + spec.discriminator() + "'");
        }
        List<Field> applicable = unknownVariant ? spec.fields() : spec.applicable(variant);
        List<String> names = applicable.stream().map(Field::name).distinct().toList();
        for (String key : m.entries().keySet()) {
            if (names.contains(key)) {
                continue;
            }
            String at = path.isEmpty() ? key : path + "." + key;
            Optional<Field> other = spec.field(key);
            if (other.isPresent() && variant != null) {
                String owners = String.join(" or ", other.get().variants().stream().sorted().toList());
                problem(m.keyAt(key), at, "'" + key + "' is a key of a " + owners + ", not of a " + variant);
            } else {
                problem(m.keyAt(key), at, "unknown key '" + Node.excerpt(key) + "'" + Suggestions.didYouMean(key, names)
                        + (Suggestions.closest(key, names).isPresent() ? "" : " (expected one of " + String.join(", ", names) + ")"));
            }
        }
        for (Field f : applicable) {
            if (f.required() && !unknownVariant && !m.entries().containsKey(f.name()) && !(spec == Format.SCENARIO && f.name().equals("name"))
                    && !(spec == Format.RULE_SET && f.name().equals("name"))) {
                problem(m, path, "missing required key '" + f.name() + "'");
            }
        }
    }

    MapNode object(MapNode parent, String key, String path) {
        if (parent == null) {
            return null;
        }
        Node n = parent.get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof MapNode m) {
            return m;
        }
        problem(n, join(path, key), "expected a mapping, found " + n.describe());
        return null;
    }

    private List<MapNode> objects(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        String at = join(path, f.name());
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof ListNode l)) {
            problem(n, at, "expected a list, found " + n.describe());
            return List.of();
        }
        List<MapNode> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            Node item = l.items().get(i);
            if (item instanceof MapNode m) {
                out.add(m);
            } else {
                problem(item, at + "[" + i + "]", "expected a mapping (one " + f.object().name() + "), found "
                        + item.describe());
                out.add(null);
            }
        }
        return out;
    }

    /** A number, or the default if it is absent or wrong (a problem is then recorded). */
    private double number(MapNode parent, Field f, String path, String parameterPath) {
        Node n = parent == null ? null : parent.get(f.name());
        String at = join(path, f.name());
        double def = f.defaultValue() == null ? 0.0 : f.defaultNumber();
        if (n == null) {
            return def;
        }
        if (n instanceof MapNode d && f.distributable() && parameterPath != null) {
            Distribution dist = distribution(d, at, f.range());
            if (dist == null) {
                return def;
            }
            if (uncertainAt.containsKey(parameterPath)) {
                problem(d, at, "already uncertain");
                return def;
            }
            uncertain.add(new UncertainParameter(parameterPath, dist));
            uncertainAt.put(parameterPath, d);
            uncertainFilePath.put(parameterPath, at);
            double mean = dist.mean();
            double[] s = support(dist);
            return Math.max(s[0], Math.min(s[1], mean));
        }
        if (n instanceof Scalar t && !t.isNumber() && f.range().infinite() && isInfinity(t.text())) {
            // infinity written as text: JSON has no infinity, and a writer may spell it Infinity
            return Double.POSITIVE_INFINITY;
        }
        if (!(n instanceof Scalar s) || !s.isNumber()) {
            problem(n, at, "expected a number" + (f.distributable() && parameterPath != null
                    ? " or a distribution such as {uniform: [low, high]}" : "") + ", found " + n.describe());
            return def;
        }
        double v = ((Number) s.value()).doubleValue();
        if (!Double.isFinite(v) && !(v == Double.POSITIVE_INFINITY && f.range().infinite())) {
            problem(n, at, s.text() + " is not a finite number");
            return def;
        }
        if (!f.range().contains(v)) {
            problem(n, at, f.range().violation(s.text()));
            return def;
        }
        return v;
    }

    private static boolean isInfinity(String text) {
        try {
            return io.github.bitforbit.model.ParameterPath.number(text) == Double.POSITIVE_INFINITY;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Distribution distribution(MapNode d, String at, Range range) {
        List<String> keys = Format.DISTRIBUTIONS.stream().map(Format.DistributionForm::key).toList();
        if (d.entries().size() != 1) {
            problem(d, at, "a distribution is a mapping with exactly one key, one of " + String.join(", ", keys)
                    + ", found " + d.entries().size());
            return null;
        }
        String key = d.entries().keySet().iterator().next();
        Optional<Format.DistributionForm> form = Format.DISTRIBUTIONS.stream().filter(x -> x.key().equals(key)).findFirst();
        if (form.isEmpty()) {
            problem(d.keyAt(key), at + "." + key, "unknown distribution '" + key + "'" + Suggestions.didYouMean(key, keys)
                    + " (known: " + String.join(", ", keys) + ")");
            return null;
        }
        Node v = d.get(key);
        List<String> params = form.get().parameters();
        String expect = key + " takes " + params.size() + " numbers [" + String.join(", ", params) + "]";
        if (!(v instanceof ListNode l) || l.items().size() != params.size()) {
            problem(v, at + "." + key, expect + ", found " + (v instanceof ListNode l2 ? l2.items().size() + " items"
                    : v.describe()));
            return null;
        }
        double[] x = new double[params.size()];
        for (int i = 0; i < x.length; i++) {
            Node item = l.items().get(i);
            if (!(item instanceof Scalar s) || !s.isNumber() || !Double.isFinite(((Number) s.value()).doubleValue())) {
                problem(item, at + "." + key + "[" + i + "]", expect + "; " + params.get(i) + " is " + item.describe());
                return null;
            }
            x[i] = ((Number) s.value()).doubleValue();
        }
        Distribution dist;
        try {
            switch (key) {
                case "uniform": dist = new Distribution.Uniform(x[0], x[1]); break;
                case "beta": dist = new Distribution.Beta(x[0], x[1]); break;
                case "truncatedNormal": dist = new Distribution.TruncatedNormal(x[0], x[1], x[2], x[3]); break;
                default: dist = new Distribution.Triangular(x[0], x[1], x[2]); break;
            }
        } catch (IllegalArgumentException e) {
            problem(v, at + "." + key, TreeReader.oneLine(e.getMessage()));
            return null;
        }
        double[] s = support(dist);
        if (!range.contains(s[0]) || !range.contains(s[1])) {
            problem(v, at + "." + key, "the distribution " + dist + " ranges over " + Range.number(s[0]) + ".."
                    + Range.number(s[1]) + ", outside the allowed " + range.describe());
            return null;
        }
        return dist;
    }

    Integer integer(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        String at = join(path, f.name());
        if (n == null) {
            return f.defaultValue() == null ? null : f.defaultInteger();
        }
        if (!(n instanceof Scalar s) || s.type() != ScalarType.INTEGER) {
            problem(n, at, "expected a whole number, found " + n.describe());
            return null;
        }
        Number v = (Number) s.value();
        boolean fits = (v instanceof Integer || v instanceof Long) && v.longValue() <= Integer.MAX_VALUE - 1
                && v.longValue() >= Integer.MIN_VALUE;
        if (!fits && Double.isInfinite(f.range().max()) && !s.text().trim().startsWith("-")) {
            problem(n, at, Node.excerpt(s.text()) + " is too large (at most " + (Integer.MAX_VALUE - 1) + ")");
            return null;
        }
        if (!fits || !f.range().contains(v.doubleValue())) {
            problem(n, at, f.range().violation(Node.excerpt(s.text())).replace("a finite number ", ""));
            return null;
        }
        return v.intValue();
    }

    private String text(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        if (n == null) {
            return (String) f.defaultValue();
        }
        if (!(n instanceof Scalar s) || s.type() == ScalarType.NULL) {
            problem(n, join(path, f.name()), "expected a text, found " + n.describe());
            return null;
        }
        // a title is printed as one line (a trace's header); a description may have several
        String bad = Validate.unprintable(s.text(), !f.name().equals("title"));
        if (bad != null) {
            problem(n, join(path, f.name()), bad);
            return null;
        }
        return s.text();
    }

    String id(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        if (n instanceof Scalar s && s.type() != ScalarType.NULL && !s.text().isBlank() && unprintableId(n, s.text(),
                join(path, f.name()))) {
            return null;
        }
        String t = text(parent, f, path);
        if (t != null && t.isBlank()) {
            problem(parent.get(f.name()), join(path, f.name()), "an identifier cannot be blank");
            return null;
        }
        return t;
    }

    /** Records a problem if an id or name is not printable text on one line. */
    private boolean unprintableId(Node n, String id, String path) {
        String bad = Validate.unprintable(id, false);
        if (bad != null) {
            problem(n, path, "'" + Node.excerpt(id) + "' is not a valid identifier: " + bad);
        }
        return bad != null;
    }

    private boolean bool(MapNode parent, Field f, String path, boolean def) {
        Node n = parent.get(f.name());
        if (n == null) {
            return def;
        }
        if (!(n instanceof Scalar s) || s.type() != ScalarType.BOOLEAN) {
            problem(n, join(path, f.name()), "expected true or false, found " + n.describe());
            return def;
        }
        return (Boolean) s.value();
    }

    String choice(MapNode parent, Field f, String path) {
        Node n = parent.get(f.name());
        if (n == null) {
            return (String) f.defaultValue();
        }
        if (!(n instanceof Scalar s) || s.type() != ScalarType.STRING || !f.choices().contains(s.text())) {
            String found = n instanceof Scalar s ? "'" + s.text() + "'" : n.describe();
            String hint = n instanceof Scalar s ? Suggestions.didYouMean(s.text(), f.choices()) : "";
            problem(n, join(path, f.name()), found + " is not one of " + String.join(", ", f.choices()) + hint);
            return null;
        }
        return s.text();
    }

    private List<String> ids(MapNode parent, Field f, String path) {
        return strings(parent, f, path, true);
    }

    List<String> texts(MapNode parent, Field f, String path) {
        return strings(parent, f, path, false);
    }

    private List<String> strings(MapNode parent, Field f, String path, boolean ids) {
        Node n = parent.get(f.name());
        String at = join(path, f.name());
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof ListNode l)) {
            problem(n, at, "expected a list" + (ids ? " of ids" : " of texts") + ", found " + n.describe());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            Node item = l.items().get(i);
            if (item instanceof Scalar s && s.type() != ScalarType.NULL && !(ids && s.text().isBlank())) {
                String bad = ids ? null : Validate.unprintable(s.text(), true);
                if (bad != null) {
                    problem(item, at + "[" + i + "]", bad);
                } else if (!ids || !unprintableId(item, s.text(), at + "[" + i + "]")) {
                    out.add(s.text());
                }
            } else {
                problem(item, at + "[" + i + "]", "expected " + (ids ? "an id" : "a text") + ", found " + item.describe());
            }
        }
        return out;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    // ================================================================ problems

    void problem(Node n, String path, String message) {
        problem(n == null ? root.at() : n.at(), path, message);
    }

    private void problem(Position at, String path, String message) {
        problems.add(new Problem(at.file(), at.line(), at.column(), path, message));
    }

    /** Drops a leading field path such as {@code parties.DPRK.discount: } from a core message. */
    static String strip(String message) {
        String m = TreeReader.oneLine(message);
        Matcher x = Pattern.compile("^[A-Za-z][\\w-]*(?:[.\\[][^:]*)?: (.*)$").matcher(m);
        if (x.matches() && m.indexOf(": ") > 0 && m.substring(0, m.indexOf(": ")).matches("[\\w.\\[\\]-]+")
                && m.substring(0, m.indexOf(": ")).contains(".")) {
            return x.group(1);
        }
        return m;
    }

    /** Locates a core problem (its dotted path and message) back in the file. */
    private void coreProblem(io.github.bitforbit.validation.Problem problem) {
        String p = problem.toString();
        String corePath = problem.path();
        String message = problem.message();
        String best = "";
        for (String k : where.keySet()) {
            if (k.length() > best.length() && (corePath.equals(k) || corePath.startsWith(k + ".")
                    || corePath.startsWith(k + "["))) {
                best = k;
            }
        }
        Located loc = where.getOrDefault(best, new Located("", root));
        String rest = corePath.length() > best.length() ? corePath.substring(best.length()).replaceFirst("^\\.", "") : "";
        if (loc.path().equals("ruleSet") && best.startsWith("ruleSets.") && Template.byName(best.substring(9)).isPresent()) {
            problem(loc.node(), "ruleSet", "under the " + best.substring(9) + " template" + (rest.isEmpty() ? "" : ", "
                    + rest.replace("phases.", "phase '").replaceFirst("$", rest.startsWith("phases.") ? "'" : "")) + ": " + message);
            return;
        }
        Node node = loc.node();
        String path = loc.path();
        if (!rest.isEmpty() && node instanceof MapNode m && m.get(rest) != null) {
            node = m.get(rest);
            path = join(path, rest);
        } else if (!rest.isEmpty() && !(best.isEmpty() && corePath.startsWith("design"))) {
            path = join(path, rest);
        }
        if (node instanceof MapNode u && loc.path().equals("uncertain")) {
            Matcher q = QUOTED.matcher(message);
            if (q.find() && u.get(q.group(1)) != null) {
                problem(u.keyAt(q.group(1)), "uncertain." + q.group(1), message);
                return;
            }
        }
        if (node instanceof ListNode l) {
            Matcher q = QUOTED.matcher(message);
            if (q.find()) {
                for (int i = 0; i < l.items().size(); i++) {
                    if (l.items().get(i) instanceof Scalar s && s.text().equals(q.group(1))) {
                        node = s;
                        path = path + "[" + i + "]";
                        break;
                    }
                }
            }
        }
        if (best.isEmpty() && !corePath.isEmpty() && !corePath.matches("[\\w.\\[\\] -]+")) {
            message = p;
        } else if (best.isEmpty() && corePath.startsWith("design ")) {
            message = p;
            path = "ruleSet";
        }
        problem(node, path, message);
    }
}
