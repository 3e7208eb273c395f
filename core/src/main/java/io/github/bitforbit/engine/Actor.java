package io.github.bitforbit.engine;

/**
 * An agent added to the model from outside core (docs/ODD.md section 2, "Extending"): it acts once
 * per step at the end of its {@link #stage()}, reading and changing the run through the
 * {@link World}. An actor may also be a {@link VetoPoint} or a {@link Probe}; it is then
 * consulted or read as one.
 *
 * <p>One actor instance serves every run of one {@link Simulation} (one thread); it must put its
 * per-run state back in {@link #reset(World)} and take randomness only from
 * {@link World#random()}.
 */
public interface Actor {

    /**
     * When in the step it acts.
     *
     * @return the stage at whose end it acts (after the built-in agents of that stage)
     */
    Stage stage();

    /**
     * A fresh run begins (after the built-in agents were reset): put per-run state back.
     *
     * @param world the run about to start, at step 0
     */
    default void reset(World world) {
    }

    /**
     * Acts in this step, once, at the end of its {@link #stage()}.
     *
     * @param world the run: read its state, draw from {@link World#random()}, tell the trace
     *              with {@link World#record}
     */
    void act(World world);

    /**
     * A setter of its parameter {@code name} (the leaf of {@code parties.ID.name}), so that an
     * uncertain value is drawn straight into the actor for each run, with nothing rebuilt; null
     * (the default) if it has none, and then a run with that parameter uncertain rebuilds the
     * scenario and the actor.
     *
     * @param name the parameter's name, as in its type's {@link AgentType#parameters()}
     * @return a setter taking the drawn value in the parameter's unit, or null
     */
    default java.util.function.DoubleConsumer parameter(String name) {
        return null;
    }
}
