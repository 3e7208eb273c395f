package io.github.bitforbit.benchmarks;

import io.github.bitforbit.agents.Situation;
import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.engine.Actor;
import io.github.bitforbit.engine.AgentType;
import io.github.bitforbit.engine.AgentTypes;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.engine.Stage;
import io.github.bitforbit.engine.World;
import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import org.openjdk.jmh.annotations.Param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What extending the model costs per run (microseconds per run): {@code dprk-2018} under
 * bit-for-bit, {@code plain}, against {@code extended}, the same scenario plus a no-op user agent
 * (an {@link Actor} of a registered type, stepped every step) and both principals on a user
 * strategy that decides exactly as the built-in reciprocal one. The two variants give the same
 * runs, so the difference is the dispatch to user code. Target: extended within 1.05 times plain.
 */
public class ExtensionOverheadBenchmark extends OneRunBenchmark {

    /** {@code plain} or {@code extended}. */
    @Param({"plain", "extended"})
    public String variant;

    /** A user strategy, written outside core, that decides as the built-in reciprocal one does. */
    static final class UserReciprocal implements Strategy {
        private final Strategy reciprocal = Strategies.reciprocal();

        @Override
        public String name() {
            return "user-reciprocal";
        }

        @Override
        public boolean accepts(Situation s) {
            return reciprocal.accepts(s);
        }

        @Override
        public boolean performs(Situation s) {
            return reciprocal.performs(s);
        }
    }

    /** A user agent type whose agent acts every step and changes nothing. */
    static final class Observer implements AgentType {
        @Override
        public String role() {
            return "observer";
        }

        @Override
        public String summary() {
            return "watches and does nothing";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Actor create(AgentParty party) {
            return new Actor() {
                private int steps;

                @Override
                public Stage stage() {
                    return Stage.NEGOTIATE;
                }

                @Override
                public void reset(World world) {
                    steps = 0;
                }

                @Override
                public void act(World world) {
                    steps++;
                }
            };
        }
    }

    /** The extended scenario: {@code base} plus an observer, both principals on the user strategy. */
    static Scenario extended(Scenario base) {
        AgentTypes.register(new Observer());
        List<Party> parties = new ArrayList<>();
        Strategy user = new UserReciprocal();
        for (Party p : base.parties()) {
            parties.add(p.role().isPrincipal() ? new Party(p.id(), p.role(), p.cooperativePrior(), p.initialTrust(),
                    p.trustFloor(), p.patience(), p.discount(), p.attention(), p.lambda(), user, p.parameters()) : p);
        }
        return new Scenario(base.name(), base.title(), base.description(), base.horizon(), parties,
                base.concessions(), base.events(), base.falseAlarm(), base.design(), base.ruleSets(),
                base.uncertainties(), base.sources(), base.assumptions(),
                List.of(new AgentParty("Observer", "observer", Map.of())));
    }

    /** Builds the simulation once per trial. */
    @Override
    protected Simulation simulation() {
        Scenario base = Scenarios.builtIn("dprk-2018");
        return new Simulation("plain".equals(variant) ? base : extended(base), Template.BIT_FOR_BIT);
    }
}
