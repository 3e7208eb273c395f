package io.github.bitforbit.examples;

import io.github.bitforbit.engine.Actor;
import io.github.bitforbit.engine.AgentType;
import io.github.bitforbit.engine.Stage;
import io.github.bitforbit.engine.VetoPoint;
import io.github.bitforbit.engine.World;
import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.ParameterSpec;

import java.util.List;

/**
 * A legislature that may veto the lifting of a tranche (the README's "Extending the model"
 * example, verbatim between the markers): each lift asks it, and it refuses with probability
 * {@code vetoLift}.
 */
// README:begin
public final class Legislature implements Actor, VetoPoint {
    private final String id;
    private double vetoLift;

    Legislature(String id, double vetoLift) {
        this.id = id;
        this.vetoLift = vetoLift;
    }

    @Override
    public Stage stage() {
        return Stage.IMPLEMENT;
    }

    @Override
    public void act(World world) {
        // it acts only when asked, as a veto point
    }

    @Override
    public boolean allows(Operation operation, int concession, World world) {
        return operation != Operation.LIFT || world.random().nextDouble() >= vetoLift;
    }

    @Override
    public String name() {
        return id;
    }

    @Override
    public java.util.function.DoubleConsumer parameter(String name) {
        return name.equals("vetoLift") ? v -> vetoLift = v : null; // uncertain draws go straight here
    }

    /** The agent type {@code role: legislature}, with one parameter. */
    public static final class Type implements AgentType {
        @Override
        public String role() {
            return "legislature";
        }

        @Override
        public String summary() {
            return "may veto the lifting of any tranche";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.probability("vetoLift", 0.5,
                    "probability that it blocks one lift of a tranche"));
        }

        @Override
        public Actor create(AgentParty party) {
            return new Legislature(party.id(), party.get("vetoLift"));
        }
    }
}
// README:end
