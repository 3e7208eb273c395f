/**
 * The model as it runs (docs/ODD.md sections 2, 3 and 7): {@link io.github.bitforbit.engine.Simulation}
 * runs a scenario under an agreement design ({@code io.github.bitforbit.rules}) one seed at a
 * time and returns a {@link io.github.bitforbit.engine.RunResult}: its
 * {@link io.github.bitforbit.engine.Outcome} (completed, collapsed with a
 * {@link io.github.bitforbit.engine.CollapseCause}, or stalled) and its
 * {@link io.github.bitforbit.engine.Metrics} (docs/ODD.md section 7.10), and, if asked, a
 * {@link io.github.bitforbit.engine.Trace} of what happened. A run is a pure function of its seed;
 * {@code io.github.bitforbit.montecarlo} runs many and summarises them.
 *
 * <p>Inside, a MASON {@code SimState} holds the {@link io.github.bitforbit.engine.World} every
 * agent shares (the concession ledger, the phase plan, this step's events) and the agents, one
 * final class per type: the two principals {@code Sanctioner} and {@code Target} (a common
 * {@code Principal}, whose {@code believe} is the one place trust changes), the {@code Patron}s
 * and the {@code Partner}s. The step is one repeating MASON entry: a Sequence of seven stage
 * Steppables ({@link io.github.bitforbit.engine.Stage}) that call the agents through typed fields.
 *
 * <p>Extension points, found through {@link java.util.ServiceLoader} or registered by hand:
 * {@link io.github.bitforbit.engine.AgentType} (agents of new roles, each an
 * {@link io.github.bitforbit.engine.Actor}), {@link io.github.bitforbit.engine.VetoPoint}
 * (asked on every lift and restoration), and {@link io.github.bitforbit.engine.Probe} (user
 * metrics that the Monte Carlo summarises).
 */
package io.github.bitforbit.engine;
