/**
 * The scenario as immutable data (docs/ODD.md sections 2 and 9): {@link io.github.bitforbit.model.Scenario},
 * its {@link io.github.bitforbit.model.Party}s and {@link io.github.bitforbit.model.AgentParty}s,
 * {@link io.github.bitforbit.model.Concession}s, exogenous events and uncertain parameters;
 * parameter paths for sweeps; {@link io.github.bitforbit.model.ParameterSpec} descriptors and
 * {@link io.github.bitforbit.model.Problem}s. No behaviour of the run lives here.
 */
package io.github.bitforbit.model;
