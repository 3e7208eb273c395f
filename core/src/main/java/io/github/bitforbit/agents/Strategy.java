package io.github.bitforbit.agents;

/**
 * How a principal decides: whether to accept an offered phase and whether to perform what it
 * owes (MODEL.md section 4). Its private type (cooperative or not) is separate: an opportunist
 * target may still cheat on a step it performs, a wavering sanctioner may still renege.
 *
 * <p>A stateless implementation serves every run on every thread. One that remembers (an opponent
 * model, a count of slights) gives each simulation its own copy through {@link #instance()} and
 * forgets between runs in {@link #reset()}. Records with
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

    /** As proposer: whether to offer the phase described by {@code situation}. The default is {@link #accepts}. */
    default boolean offers(Situation situation) {
        return accepts(situation);
    }

    /** As responder: whether to accept the phase offered. The default is {@link #accepts}. */
    default boolean responds(Situation situation) {
        return accepts(situation);
    }

    /**
     * Whether to walk out now, asked in the walk-out stage (docs/ODD.md section 7.5) after the
     * model's own trust and patience tests, with the situation of the phase the talks are about
     * (or of no phase: value and cost 0). A walk-out this way counts as a collapse for utility.
     * The default never walks out, and then the situation is not even computed.
     */
    default boolean walksOut(Situation situation) {
        return false;
    }

    /**
     * The instance one simulation uses (one thread, many runs): a
     * strategy with per-run memory returns a fresh copy here and clears it in {@link #reset()}.
     * The default, for stateless strategies, is this instance.
     */
    default Strategy instance() {
        return this;
    }

    /**
     * Its numeric parameters by name, the keys of its type's defaults ({@link StrategyType#defaults()}):
     * what files write and sweep paths {@code parties.ID.strategy.NAME} reach. The default reads
     * the numeric components of a record; other implementations with parameters override it.
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
