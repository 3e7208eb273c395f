package io.github.bitforbit.agents;

/**
 * How a principal decides: whether to accept an offered phase and whether to perform what it
 * owes (MODEL.md section 4). Its private type (cooperative or not) is separate: an opportunist
 * target may still cheat on a step it performs, a wavering sanctioner may still renege.
 *
 * <p>Implementations must be immutable and keep no per-run state: one instance serves every run
 * on every thread. What a strategy needs to remember is in the {@link Situation}. Records with
 * numeric components can be swept by path ({@code parties.ID.strategy.COMPONENT}).
 */
public interface Strategy {

    /** A short name, e.g. {@code "reciprocal"}. */
    String name();

    /** Whether to accept the phase described by {@code situation} (or, as proposer, to offer it). */
    boolean accepts(Situation situation);

    /** Whether to perform an obligation that is due now. The default performs. */
    default boolean performs(Situation situation) {
        return true;
    }
}
