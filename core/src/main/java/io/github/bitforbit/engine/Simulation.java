package io.github.bitforbit.engine;

import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.validation.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /**
     * Per uncertain parameter, a setter into the compiled model and whether it takes whole numbers;
     * null when some parameter has no setter, and every run then rebuilds the drawn scenario.
     */
    private final java.util.function.DoubleConsumer[] slots;
    private final boolean[] whole;
    private final Distribution[] distributions;
    /** Parameters drawn jointly per run (null: none), their setters (null: rebuild) and whole-number flags. */
    private final RunParameters perRun;
    private final java.util.function.DoubleConsumer[] perRunSlots;
    private final boolean[] perRunWhole;
    /** The registered probes, read after every run (the actors that are probes are read too). */
    private final Probe[] probes;
    private final boolean anyProbes;
    private Stepping stepping = Stepping.MASON;

    /**
     * A simulation of {@code scenario} under its own default design.
     *
     * @param scenario a validated scenario
     * @throws IllegalArgumentException as {@link #Simulation(Scenario, AgreementDesign)} does
     */
    public Simulation(Scenario scenario) {
        this(scenario, scenario.design());
    }

    /**
     * A simulation of {@code scenario} under {@code design}. The agents are built once, here;
     * every run resets them.
     *
     * @param scenario a validated scenario
     * @param design   the agreement design, a template or a rule set
     * @throws IllegalArgumentException if the design's rule set does not fit the scenario, a party
     *                                  of a registered agent type is unknown or has a bad
     *                                  parameter, or an uncertain parameter's distribution reaches
     *                                  outside the parameter's range
     */
    public Simulation(Scenario scenario, AgreementDesign design) {
        this(scenario, design, null);
    }

    /**
     * A simulation of {@code scenario} under {@code design} whose every run also takes the values
     * of {@code perRun}, drawn jointly from a uniform derived from the run's seed (see
     * {@link RunParameters}).
     *
     * @param scenario a validated scenario
     * @param design   the agreement design, a template or a rule set
     * @param perRun   parameters drawn per run (null: none, exactly as {@link #Simulation(Scenario, AgreementDesign)})
     * @throws IllegalArgumentException as {@link #Simulation(Scenario, AgreementDesign)} does, or for a
     *                                  path of {@code perRun} that names no numeric parameter
     */
    public Simulation(Scenario scenario, AgreementDesign design, RunParameters perRun) {
        this.scenario = scenario.withDesign(design);
        this.design = design;
        this.ruleSet = design.ruleSetFor(this.scenario);
        this.uncertain = this.scenario.uncertainties();
        state.configure(this.scenario, ruleSet, actors(this.scenario));
        int n = uncertain.size();
        java.util.function.DoubleConsumer[] found = new java.util.function.DoubleConsumer[n];
        whole = new boolean[n];
        distributions = new Distribution[n];
        for (int k = 0; k < n && found != null; k++) {
            UncertainParameter u = uncertain.get(k);
            found[k] = state.parameter(u.path());
            whole[k] = ParameterPath.isWholeNumber(this.scenario, u.path());
            distributions[k] = u.distribution();
            if (found[k] == null) {
                found = null;
            } else {
                checkEnds(u);
            }
        }
        this.slots = found;
        this.perRun = perRun;
        if (perRun == null) {
            perRunSlots = null;
            perRunWhole = null;
        } else {
            List<String> paths = perRun.paths();
            java.util.function.DoubleConsumer[] setters = new java.util.function.DoubleConsumer[paths.size()];
            perRunWhole = new boolean[paths.size()];
            for (int k = 0; k < paths.size(); k++) {
                perRunWhole[k] = ParameterPath.isWholeNumber(this.scenario, paths.get(k));
                if (setters != null) {
                    setters[k] = state.parameter(paths.get(k));
                    if (setters[k] == null) {
                        // one path without a setter: every run rebuilds its scenario instead
                        setters = null;
                    }
                }
            }
            perRunSlots = setters;
        }
        this.probes = AgentTypes.probes().toArray(new Probe[0]);
        boolean actorProbes = false;
        for (Actor a : state.actors()) {
            actorProbes |= a instanceof Probe;
        }
        this.anyProbes = probes.length > 0 || actorProbes;
    }

    /**
     * An uncertain parameter drawn into a setter is not validated per run: it is validated here,
     * at both ends of its distribution's support (the parameter ranges are intervals).
     */
    private void checkEnds(UncertainParameter u) {
        for (double q : new double[]{0.0, 1.0}) {
            double end = u.distribution().quantile(q);
            ParameterPath.set(scenario, u.path(), ParameterPath.isWholeNumber(scenario, u.path()) ? Math.rint(end) : end);
        }
    }

    /**
     * The agents of registered types in {@code s}, built by their types.
     *
     * @throws IllegalArgumentException listing every problem (unknown role, bad parameter)
     */
    private static List<Actor> actors(Scenario s) {
        List<Problem> problems = new ArrayList<>();
        List<Actor> out = new ArrayList<>();
        for (AgentParty p : s.agents()) {
            AgentParty complete = AgentTypes.complete(p, problems);
            if (problems.isEmpty()) {
                out.add(AgentTypes.find(p.type()).orElseThrow().create(complete));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("scenario " + s.name() + ": " + problems.stream()
                    .map(Problem::toString).collect(java.util.stream.Collectors.joining("; ")));
        }
        return out;
    }

    /**
     * What is simulated.
     *
     * @return the scenario with the design applied as its default (uncertain parameters undrawn)
     */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The agreement design the runs follow.
     *
     * @return the design given to the constructor
     */
    public AgreementDesign design() {
        return design;
    }

    /**
     * The phases and rules the runs follow (before any uncertain parameter is drawn).
     *
     * @return the rule set the design gives for this scenario
     */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Chooses how agents are stepped (default {@link Stepping#MASON}); results are the same.
     *
     * @param how MASON's schedule or a plain loop
     * @return this simulation
     */
    public Simulation stepping(Stepping how) {
        this.stepping = java.util.Objects.requireNonNull(how, "stepping");
        return this;
    }

    /**
     * One run without a trace.
     *
     * @param seed all 64 bits seed the run's generator; the result is a function of the seed
     * @return how it ended, its metrics and the probes' values
     * @throws IllegalArgumentException if a drawn uncertain value is outside its parameter's range
     */
    public RunResult run(long seed) {
        return run(seed, null);
    }

    /**
     * One run, its events sent to a recorder; the result does not depend on whether it is traced.
     *
     * @param seed     all 64 bits seed the run's generator
     * @param recorder receives every trace event in order (null: no trace, and no cost for one)
     * @return how it ended, its metrics and the probes' values
     * @throws IllegalArgumentException if a drawn uncertain value is outside its parameter's range
     */
    public RunResult run(long seed, TraceRecorder recorder) {
        state.seed(seed);
        double[] joint = perRun == null ? null : perRun.draw(uniform(seed));
        if (slots != null && (joint == null || perRunSlots != null)) {
            // each draw goes straight into its field: no scenario is rebuilt, nothing allocated
            for (int k = 0; k < slots.length; k++) {
                double value = distributions[k].quantile(state.random.nextDouble());
                slots[k].accept(whole[k] ? Math.rint(value) : value);
            }
            for (int k = 0; joint != null && k < joint.length; k++) {
                perRunSlots[k].accept(perRunWhole[k] ? Math.rint(joint[k]) : joint[k]);
            }
            state.derive();
        } else if (!uncertain.isEmpty() || joint != null) {
            Scenario drawn = uncertain.isEmpty() ? scenario : ParameterPath.draw(scenario, state.random::nextDouble);
            for (int k = 0; joint != null && k < joint.length; k++) {
                drawn = ParameterPath.set(drawn, perRun.paths().get(k), perRunWhole[k] ? Math.rint(joint[k]) : joint[k]);
            }
            // the design was written before the runs, on the nominal values (docs/ODD.md 7.6), as
            // the direct setters above leave it: a template is not re-cut for each run's draws
            state.configure(drawn, ruleSet, actors(drawn));
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
        World w = state.world;
        return new RunResult(seed, w.outcome, w.metrics(), readProbes(),
                w.departures.isEmpty() ? java.util.List.of() : java.util.List.copyOf(w.departures));
    }

    /**
     * The uniform for a run's joint draw: SplitMix64's finaliser (as {@code RunSeeds.mix}) of the
     * run's seed under a fixed salt, to 53 bits. It comes from the seed alone, not from the run's
     * generator, so drawing it shifts no other draw of the run.
     */
    static double uniform(long seed) {
        long z = seed ^ 0x504F53544552494FL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }

    private Map<String, Double> readProbes() {
        if (!anyProbes) {
            return Map.of();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Probe p : probes) {
            out.put(p.name(), p.read(state.world));
        }
        for (Actor a : state.actors()) {
            if (a instanceof Probe p) {
                out.put(p.name(), p.read(state.world));
            }
        }
        return out;
    }

    /**
     * One run with its full trace: the same run as {@link #run(long)} with this seed.
     *
     * @param seed all 64 bits seed the run's generator
     * @return every event of the run, in order
     */
    public Trace trace(long seed) {
        Trace t = new Trace();
        run(seed, t);
        return t;
    }
}
