package io.github.bitforbit.engine;

import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.ParameterSpec;

import java.util.List;

/**
 * A kind of agent beyond the four built-in roles (docs/ODD.md section 2, "Extending"): its role
 * name as scenario files write it ({@code role: legislature}), the descriptors of its parameters,
 * and a factory. Register one with {@link AgentTypes#register} or list it in
 * {@code META-INF/services/io.github.bitforbit.engine.AgentType}; the scenario reader, the JSON
 * Schema, sweep paths ({@code parties.ID.PARAMETER}) and {@code describe} then know it.
 */
public interface AgentType {

    /**
     * The name scenario files give as a party's {@code role}.
     *
     * @return e.g. {@code "legislature"}: lower case letters and hyphens, not a built-in role
     */
    String role();

    /**
     * What {@code describe} and listings say about it.
     *
     * @return one line saying what the agent does
     */
    String summary();

    /**
     * Its parameters: names, units, ranges, defaults and meanings.
     *
     * @return the descriptors, in the order files and tables list them
     */
    List<ParameterSpec> parameters();

    /**
     * The agent for {@code party} (every parameter present and checked), built once per
     * simulation. It may also be a {@link VetoPoint} or a {@link Probe}.
     *
     * @param party the party, with a value for every parameter of {@link #parameters()}
     * @return its agent, which serves every run of one simulation
     */
    Actor create(AgentParty party);
}
