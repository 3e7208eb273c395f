/**
 * The scenario as immutable data (docs/ODD.md sections 2 and 9): what a negotiation is made of,
 * before anything runs. A {@link io.github.bitforbit.model.Scenario} holds its
 * {@link io.github.bitforbit.model.Party}s of the four built-in {@link io.github.bitforbit.terms.Role}s
 * (with their {@link io.github.bitforbit.model.RoleParameters}) and
 * {@link io.github.bitforbit.model.AgentParty}s of registered agent types; the
 * {@link io.github.bitforbit.terms.Concession}s each side can give (disarmament steps, sanction
 * tranches, assurances); {@link io.github.bitforbit.model.ExogenousEvent}s; the default agreement
 * design; and {@link io.github.bitforbit.model.UncertainParameter}s drawn per run from a
 * {@link io.github.bitforbit.model.Distribution}. Time is in steps of one month; utilities are in
 * utility units per step; probabilities and shares are in [0, 1].
 *
 * <p>How it relates to the other packages: {@code io.github.bitforbit.rules} turns a scenario's
 * concessions into the phases and rules of a design; {@code io.github.bitforbit.engine} simulates a
 * scenario under a design, one seed at a time; {@code io.github.bitforbit.montecarlo} runs it many
 * times, compares designs and sweeps parameters addressed by
 * {@link io.github.bitforbit.model.ParameterPath}; the {@code scenarios} module reads and writes
 * scenario files. Every parameter of the built-in agents has one descriptor, a
 * {@link io.github.bitforbit.model.ParameterSpec} in {@link io.github.bitforbit.model.BuiltInParameters},
 * from which validation, the file format, paths and the parameter table all come. No behaviour of a
 * run lives here; every value is checked when built, and a scenario's consistency problems come as
 * {@link io.github.bitforbit.validation.Problem}s with their place.
 */
package io.github.bitforbit.model;
