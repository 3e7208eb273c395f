package io.github.bitforbit.engine;

import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.validation.Problem;
import io.github.bitforbit.validation.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registered {@link AgentType}s and {@link Probe}s: those listed under {@code META-INF/services}
 * on the class path, and those added with {@link #register(AgentType)} and
 * {@link #register(Probe)}.
 */
public final class AgentTypes {
    private static final Map<String, AgentType> TYPES = new LinkedHashMap<>(); // guarded by the class
    private static final Map<String, Probe> PROBES = new LinkedHashMap<>(); // guarded by the class

    static {
        ClassLoader loader = AgentTypes.class.getClassLoader();
        for (AgentType t : ServiceLoader.load(AgentType.class, loader)) {
            register(t);
        }
        for (Probe p : ServiceLoader.load(Probe.class, loader)) {
            register(p);
        }
    }

    private AgentTypes() {
    }

    /**
     * Adds an agent type under its role name; registering the same class again replaces it.
     *
     * @param type the agent type
     * @throws IllegalArgumentException if the name is a built-in role or taken by another type
     */
    public static synchronized void register(AgentType type) {
        String role = type.role();
        boolean builtIn = false;
        for (Role r : Role.values()) {
            builtIn |= r.name().toLowerCase(Locale.ROOT).equals(role);
        }
        if (!role.matches("[a-z][a-z-]*") || builtIn) {
            throw new IllegalArgumentException("agent type '" + role + "': not a free role name");
        }
        AgentType old = TYPES.get(role);
        if (old != null && old.getClass() != type.getClass()) {
            throw new IllegalArgumentException("an agent type named '" + role + "' is already registered");
        }
        TYPES.put(role, type);
    }

    /**
     * Adds a probe, read at the end of every run of every simulation built after this call.
     *
     * @param probe the probe; registering the same class again replaces it
     * @throws IllegalArgumentException if another probe has its name
     */
    public static synchronized void register(Probe probe) {
        Probe old = PROBES.get(probe.name());
        if (old != null && old.getClass() != probe.getClass()) {
            throw new IllegalArgumentException("a probe named '" + probe.name() + "' is already registered");
        }
        PROBES.put(probe.name(), probe);
    }

    /**
     * The type registered under a role name.
     *
     * @param role a role name, e.g. {@code "legislature"}
     * @return the type, or empty if none is registered under it
     */
    public static synchronized Optional<AgentType> find(String role) {
        return Optional.ofNullable(TYPES.get(role));
    }

    /**
     * The roles beyond the four built-in ones.
     *
     * @return the registered role names, in registration order
     */
    public static synchronized List<String> roles() {
        return List.copyOf(TYPES.keySet());
    }

    /**
     * The probes every simulation reads after each run (actors that are probes are read as well).
     *
     * @return the registered probes, in registration order
     */
    public static synchronized List<Probe> probes() {
        return List.copyOf(PROBES.values());
    }

    /**
     * {@code party} with every parameter of its type (missing ones at their defaults), or the
     * problems: unknown type, unknown parameter, value out of range.
     *
     * @param party    a party of a registered agent type, as read
     * @param problems where each problem is added, with its path ({@code parties.ID.NAME})
     * @return the party with every parameter present, or {@code party} itself if its type is unknown
     */
    public static AgentParty complete(AgentParty party, List<Problem> problems) {
        String at = "parties." + party.id();
        Optional<AgentType> type = find(party.type());
        if (type.isEmpty()) {
            problems.add(new Problem(at + ".role", "unknown role '" + party.type() + "'"
                    + Suggestions.didYouMean(party.type(), roles()) + knownRoles()));
            return party;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (ParameterSpec p : type.get().parameters()) {
            names.add(p.name());
            double v = party.parameters().getOrDefault(p.name(), p.defaultValue());
            Problem problem = p.check(at + "." + p.name(), v);
            if (problem != null) {
                problems.add(problem);
            }
            values.put(p.name(), v);
        }
        for (String key : party.parameters().keySet()) {
            if (!names.contains(key)) {
                problems.add(new Problem(at + "." + key, "a " + party.type() + " has no parameter '" + key + "'"
                        + Suggestions.didYouMean(key, names)));
            }
        }
        return new AgentParty(party.id(), party.type(), values);
    }

    private static String knownRoles() {
        List<String> all = new ArrayList<>(List.of("sanctioner", "target", "patron", "partner"));
        all.addAll(roles());
        return " (known: " + String.join(", ", all) + ")";
    }
}
