package io.github.bitforbit.model;

import io.github.bitforbit.validation.Validate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A party of a registered agent type beyond the four built-in roles (docs/ODD.md section 2,
 * "Extending"), e.g. a legislature that may veto relief: its id, its type's role name, and its
 * numeric parameters by name. The scenario only holds the data; the engine finds the type by
 * name, checks the values against the type's {@link ParameterSpec}s and builds the agent.
 *
 * @param id         its id, unique among all parties
 * @param type       the role name its agent type is registered under, e.g. {@code "legislature"}
 * @param parameters its parameters by name, in the type's order (read-only)
 */
public record AgentParty(String id, String type, Map<String, Double> parameters) {

    /**
     * Checks the id and role name and copies the parameters, keeping their order. The values are
     * checked against the type's descriptors only when the party is simulated, since the type may
     * be registered later.
     *
     * @param id         its id: printable text on one line
     * @param type       the role name of its agent type
     * @param parameters its parameters by name (not null; copied)
     * @throws IllegalArgumentException if the id or role name is missing or unprintable
     */
    public AgentParty {
        Validate.id("party.id", id);
        Validate.id("parties." + id + ".role", type);
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                Validate.notNull("parties." + id + " parameters", parameters)));
    }

    /**
     * The value of one of its parameters.
     *
     * @param name the parameter's name, as its type's {@link ParameterSpec} names it
     * @return its value, in the unit of that descriptor
     * @throws IllegalArgumentException if it has no parameter of that name
     */
    public double get(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("parties." + id + ": no parameter '" + name + "'");
        }
        return v;
    }

    /**
     * A copy with one parameter set (added if absent); the range is checked when simulated.
     *
     * @param name  the parameter's name
     * @param value its new value
     * @return the copy
     */
    public AgentParty with(String name, double value) {
        Map<String, Double> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new AgentParty(id, type, p);
    }
}
