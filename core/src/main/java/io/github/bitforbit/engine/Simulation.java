package io.github.bitforbit.engine;

import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.RuleSet;

import java.util.List;

/**
 * Runs a scenario, one seed at a time: the entry point to the model.
 *
 * <pre>{@code
 * Simulation sim = new Simulation(Demo.scenario(), Template.BIT_FOR_BIT);
 * RunResult r = sim.run(42);                // fully determined by the seed
 * Trace t = sim.trace(42);                  // the same run, with its story
 * }</pre>
 *
 * <p>A {@code Simulation} owns one MASON {@link sim.engine.SimState} and reuses it for every run,
 * so it is cheap to call {@link #run(long)} millions of times; it is <em>not</em> thread-safe:
 * use one per thread (the Monte Carlo runner does).
 */
public final class Simulation {

    /** How the agents are stepped. Both give identical results. */
    public enum Stepping {
        /** Through MASON's {@link sim.engine.Schedule}: one repeating entry per step, a MASON
         *  {@link sim.engine.Sequence} of the seven stages, each a Steppable that calls its agents. */
        MASON,
        /** In a plain loop over the same agents in the same order (to measure MASON's overhead). */
        DIRECT
    }

    private final Scenario scenario;
    private final AgreementDesign design;
    private final RuleSet ruleSet;
    private final NegotiationModel state = new NegotiationModel();
    private final List<UncertainParameter> uncertain;
    private Stepping stepping = Stepping.MASON;

    /** A simulation of {@code scenario} under its own default design. */
    public Simulation(Scenario scenario) {
        this(scenario, scenario.design());
    }

    /**
     * A simulation of {@code scenario} under {@code design}.
     *
     * @throws IllegalArgumentException if the design's rule set does not fit the scenario
     */
    public Simulation(Scenario scenario, AgreementDesign design) {
        this.scenario = scenario.withDesign(design);
        this.design = design;
        this.ruleSet = design.ruleSetFor(this.scenario);
        this.uncertain = this.scenario.uncertainties();
        state.configure(this.scenario, ruleSet, List.of());
    }

    /** The scenario as simulated (with the design applied). */
    public Scenario scenario() {
        return scenario;
    }

    /** The design. */
    public AgreementDesign design() {
        return design;
    }

    /** The rule set the design gives for this scenario. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Chooses how agents are stepped (default {@link Stepping#MASON}). */
    public Simulation stepping(Stepping how) {
        this.stepping = java.util.Objects.requireNonNull(how, "stepping");
        return this;
    }

    /** One run without a trace. */
    public RunResult run(long seed) {
        return run(seed, null);
    }

    /** One run, its events sent to {@code recorder} (null: no trace, and no cost for one). */
    public RunResult run(long seed, TraceRecorder recorder) {
        state.seed(seed);
        if (!uncertain.isEmpty()) {
            Scenario drawn = ParameterPath.draw(scenario, state.random::nextDouble);
            state.configure(drawn, design.ruleSetFor(drawn), List.of());
        }
        state.initialise(recorder);
        if (stepping == Stepping.MASON) {
            if (!state.scheduled) {
                // The step is scheduled once and repeats across runs: a run is a stretch of
                // schedule steps, so reusing the SimState allocates nothing. The model keeps its
                // own step counter; MASON's clock just keeps counting.
                state.start();
                state.schedule.scheduleRepeating(state.wholeStep, 1.0);
                state.scheduled = true;
            }
            while (!state.finished()) {
                state.schedule.step(state);
            }
        } else {
            while (!state.finished()) {
                for (var s : state.stages) {
                    s.step(state);
                }
            }
        }
        return new RunResult(seed, state.world.outcome, state.world.metrics());
    }

    /** One run with its full trace. */
    public Trace trace(long seed) {
        Trace t = new Trace();
        run(seed, t);
        return t;
    }
}
