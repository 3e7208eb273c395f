package io.github.bitforbit.scenario;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.engine.AgentType;
import io.github.bitforbit.engine.AgentTypes;
import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.scenario.Node.ListNode;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.validation.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Reads the {@code parties} list: each party of a built-in role with its type priors, trust,
 * patience, discount, attention, lambda, strategy and the coefficients of its role, and each party of a
 * registered agent type with the numbers its type declares; then checks that there is exactly
 * one or more sanctioners (a coalition) and one target.
 */
final class PartyReader extends SectionReader {

    /**
     * The parties read.
     *
     * @param parties those of the built-in roles
     * @param agents  those of registered agent types
     */
    record Parties(List<Party> parties, List<AgentParty> agents) {
        /** {@return the id of the party in this role, or null if there is not one} */
        String principal(Role role) {
            return parties.stream().filter(p -> p.role() == role).map(Party::id).findFirst().orElse(null);
        }

        /** The ids of the parties of {@code role}, in file order. */
        List<String> all(Role role) {
            return parties.stream().filter(p -> p.role() == role).map(Party::id).toList();
        }
    }

    /**
     * @param values reads the values of the keys
     * @param where  where each party read (or written but unreadable) is recorded
     */
    PartyReader(ValueReader values, SourceLocations where) {
        super(values, where);
    }

    /** Every party of the file's {@code parties} that can be read. */
    Parties read(MapNode root) {
        List<Party> parties = new ArrayList<>();
        Node partiesNode = root.get("parties");
        if (partiesNode != null) {
            where.put("parties", "parties", partiesNode);
        }
        List<MapNode> partyNodes = values.objects(root, Format.SCENARIO.get("parties"), "");
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
                    where.unreadable(partyNodes.get(i));
                }
            }
        }
        boolean partiesComplete = partiesNode instanceof ListNode pl
                && pl.items().size() == parties.size() + agents.size();
        if (partiesComplete) {
            for (Role r : List.of(Role.SANCTIONER, Role.TARGET)) {
                long n = parties.stream().filter(p -> p.role() == r).count();
                if (n == 0) {
                    problems.add(partiesNode, "parties", "needs " + (r == Role.TARGET ? "exactly" : "at least")
                            + " one " + r.label() + ", found none");
                } else if (n > 1 && r == Role.TARGET) {
                    // several sanctioners form a coalition; a side of several targets is not modelled yet
                    problems.add(partiesNode, "parties", "needs exactly one target, found " + n
                            + " (several sanctioners may form a coalition; several targets cannot yet)");
                }
            }
        }
        return new Parties(parties, agents);
    }

    /** The registered agent type a party node names as its role, if any (built-in roles are not). */
    private static Optional<AgentType> registeredType(MapNode m) {
        return m.get("role") instanceof Scalar s && s.text() != null ? AgentTypes.find(s.text()) : Optional.empty();
    }

    /** A party of a registered agent type: its id and the numbers its type's descriptors name. */
    private AgentParty agentParty(MapNode m, String path, AgentType type) {
        String id = values.id(m, Format.PARTY.get("id"), path);
        if (id == null) {
            return null;
        }
        where.put("parties." + id, path, m);
        String base = "parties." + id + ".";
        Map<String, Double> numbers = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (ParameterSpec p : type.parameters()) {
            names.add(p.name());
            if (m.get(p.name()) != null) {
                Field f = Field.number(p.name(), p.unit(), Range.ANY, p.defaultValue(), p.doc());
                numbers.put(p.name(), values.number(m, f, path, base + p.name()));
            }
        }
        for (String key : m.entries().keySet()) {
            if (!key.equals("id") && !key.equals("role") && !names.contains(key)) {
                problems.add(m.get(key), ValueReader.join(path, key), "unknown key '" + key + "' for a " + type.role()
                        + Suggestions.didYouMean(key, names) + " (it takes: id, role"
                        + (names.isEmpty() ? "" : ", " + String.join(", ", names)) + ")");
            }
        }
        List<io.github.bitforbit.validation.Problem> coreProblems = new ArrayList<>();
        AgentParty complete = AgentTypes.complete(new AgentParty(id, type.role(), numbers), coreProblems);
        for (io.github.bitforbit.validation.Problem p : coreProblems) {
            String key = p.path().substring(Math.min(p.path().length(), base.length()));
            Node at = m.get(key);
            problems.add(at == null ? m : at, ValueReader.join(path, key), p.message());
        }
        return coreProblems.isEmpty() ? complete : null;
    }

    private Party party(MapNode m, String path) {
        ObjectSpec spec = Format.PARTY;
        Entry entry = entry(m, spec, path, "parties");
        if (entry == null) {
            return null;
        }
        String id = entry.id();
        String role = entry.variant();
        String base = "parties." + id + ".";
        MapNode types = values.section(m, "types", Format.TYPES, path);
        double coop = values.number(types, Format.TYPES.get("cooperative"), path + ".types", base + "types.cooperative");
        MapNode trust = values.section(m, "trust", Format.TRUST, path);
        double initial = values.number(trust, Format.TRUST.get("initial"), path + ".trust", base + "trust.initial");
        double floor = values.number(trust, Format.TRUST.get("floor"), path + ".trust", base + "trust.floor");
        Integer patience = values.integer(m, spec.get("patience"), path);
        double discount = values.number(m, spec.get("discount"), path, base + "discount");
        double attention = values.number(m, spec.get("attention"), path, base + "attention");
        double lambda = values.number(m, spec.get("lambda"), path, base + "lambda");
        Strategy strategy = strategy(m, spec.get("strategy"), path, base + "strategy.");
        RoleParameters params = roleParameters(m, role, path, base);
        if (strategy == null || params == null || patience == null) {
            return null;
        }
        try {
            return new Party(id, Format.constant(Role.class, role), coop, initial, floor, patience, discount, attention,
                    lambda, strategy, params);
        } catch (IllegalArgumentException e) {
            problems.refused(m, path, e);
            return null;
        }
    }

    private RoleParameters roleParameters(MapNode m, String role, String path, String base) {
        ObjectSpec spec = Format.PARTY;
        ToDoubleFunction<String> n = key -> values.number(m, spec.get(key, role), path, base + key);
        try {
            switch (role) {
                case Format.TARGET:
                    return new RoleParameters.Target(n.applyAsDouble("deterrenceValue"), n.applyAsDouble("kappa"),
                            n.applyAsDouble("threatPerception"), n.applyAsDouble("sanctionsPain"),
                            n.applyAsDouble("temptation"), n.applyAsDouble("outsideOption"),
                            n.applyAsDouble("cheatNoise"), n.applyAsDouble("initialCapability"),
                            n.applyAsDouble("opportunistPremium"), n.applyAsDouble("correlation"));
                case Format.SANCTIONER:
                    return new RoleParameters.Sanctioner(n.applyAsDouble("threatCost"), n.applyAsDouble("hawkishness"),
                            n.applyAsDouble("snapbackRelief"), n.applyAsDouble("temptation"),
                            n.applyAsDouble("outsideOption"), n.applyAsDouble("renegeHazard"),
                            n.applyAsDouble("committedRenegeHazard"), n.applyAsDouble("electionRenegeFactor"),
                            n.applyAsDouble("waverCost"), n.applyAsDouble("assumedFalseAlarmFactor"));
                case Format.PATRON:
                    return new RoleParameters.Patron(n.applyAsDouble("leakage"), n.applyAsDouble("leakageCut"),
                            n.applyAsDouble("vetoProbability"));
                default: {
                    double inducement = n.applyAsDouble("inducement");
                    List<String> requires = values.ids(m, spec.get("requires", role), path);
                    return new RoleParameters.Partner(inducement, requires, n.applyAsDouble("pressure"));
                }
            }
        } catch (IllegalArgumentException e) {
            problems.refused(m, path, e);
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
                problems.add(nameNode == null ? mm : nameNode, at + ".name", nameNode == null
                        ? "missing required key 'name' (one of " + String.join(", ", Strategies.names()) + ")"
                        : "expected a strategy name, found " + nameNode.describe());
                return null;
            }
            name = s.text();
        } else {
            problems.add(n, at, "expected a strategy name or a mapping with 'name', found " + n.describe());
            return null;
        }
        if (!Strategies.names().contains(name)) {
            Node nameAt = sm == null ? n : sm.get("name");
            problems.add(nameAt, sm == null ? at : at + ".name", "unknown strategy '" + name + "'"
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
                    problems.add(sm.keyAt(key), at + "." + key, "strategy " + name + " has no parameter '" + key + "'"
                            + Suggestions.didYouMean(key, known)
                            + (known.isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", known) + ")"));
                    continue;
                }
                Field pf = Field.number(key, "", Range.ANY, Strategies.parameters(name).get(key), "");
                params.put(key, values.number(sm, pf, at, paramBase + key));
            }
        }
        try {
            return Strategies.create(name, params);
        } catch (IllegalArgumentException e) {
            problems.refused(n, at, e);
            return null;
        }
    }
}
