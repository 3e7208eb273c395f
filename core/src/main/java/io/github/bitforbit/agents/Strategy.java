package io.github.bitforbit.agents;

/**
 * How a principal decides: whether to accept an offered phase and whether to perform what it
 * owes (docs/ODD.md sections 3 and 7.9). Its private type (cooperative or not) is separate: an
 * opportunist target may still cheat on a step it performs, a wavering sanctioner may still
 * renege.
 *
 * <p>A stateless implementation serves every run on every thread. One that remembers (an opponent
 * model, a count of slights) gives each simulation its own copy through {@link #instance()} and
 * forgets between runs in {@link #reset()}. Records with
 * numeric components can be swept by path ({@code parties.ID.strategy.COMPONENT}).
 */
public interface Strategy {

    /**
     * Its name in files and traces.
     *
     * @return a short name, e.g. {@code "reciprocal"}
     */
    String name();

    /**
     * Whether the phase is acceptable: what {@link #offers} and {@link #responds} ask unless
     * they are overridden, and what the second mover of a unilateral (GRIT) phase is asked
     * when its part falls due (whether to reciprocate).
     *
     * @param situation the decider's view of the phase (valid only during the call)
     * @return true to accept (or, as proposer, to offer) it
     */
    boolean accepts(Situation situation);

    /**
     * Whether to perform an obligation that is due now (asked only of an attentive principal,
     * and not of the reciprocating side of a unilateral phase, which is asked {@link #accepts}).
     * Refusing leaves the obligation open until the phase's deadline. The default performs.
     *
     * @param situation the decider's view of the phase under way
     * @return true to perform
     */
    default boolean performs(Situation situation) {
        return true;
    }

    /**
     * As proposer: whether to offer the next phase; if not, it passes and the other principal
     * proposes next step. The default is {@link #accepts}.
     *
     * @param situation the proposer's view of the phase it would offer
     * @return true to offer it
     */
    default boolean offers(Situation situation) {
        return accepts(situation);
    }

    /**
     * As responder: whether to accept the phase offered; a rejection counts against the
     * proposer's patience. The default is {@link #accepts}.
     *
     * @param situation the responder's view of the phase offered
     * @return true to accept it
     */
    default boolean responds(Situation situation) {
        return accepts(situation);
    }

    /**
     * Whether to walk out now, asked in the walk-out stage (docs/ODD.md section 7.5) after the
     * model's own trust and patience tests, with the situation of the phase the talks are about
     * (or of no phase: value and cost 0). A walk-out this way counts as a collapse for utility.
     * The default never walks out, and then the situation is not even computed.
     *
     * @param situation the decider's view of the phase the talks are about
     * @return true to walk out now
     */
    default boolean walksOut(Situation situation) {
        return false;
    }

    /**
     * The instance one simulation uses (one thread, many runs): a
     * strategy with per-run memory returns a fresh copy here and clears it in {@link #reset()}.
     * The default, for stateless strategies, is this instance.
     *
     * @return the instance for one simulation
     */
    default Strategy instance() {
        return this;
    }

    /**
     * Its numeric parameters by name, the keys of its type's defaults ({@link StrategyType#defaults()}):
     * what files write and sweep paths {@code parties.ID.strategy.NAME} reach. The default reads
     * the numeric components of a record; other implementations with parameters override it.
     *
     * @return its parameters by name, in a fixed order (empty: none)
     */
    default java.util.Map<String, Double> parameters() {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        if (this instanceof Record r) {
            for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType() == double.class || c.getType() == int.class) {
                    try {
                        out.put(c.getName(), ((Number) c.getAccessor().invoke(r)).doubleValue());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out;
    }

    /** A run begins: forget what the last run taught. The default, for stateless strategies, does nothing. */
    default void reset() {
    }
}
