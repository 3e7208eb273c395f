package io.github.bitforbit.engine;

import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.terms.Role;

import ec.util.MersenneTwisterFast;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of the negotiation as a MASON {@link SimState}: the {@link World} the agents share,
 * the agents, and the step as its schedule, seven stages in the order of docs/ODD.md section 3,
 * each a {@link Steppable} that calls the agents acting in it through typed fields. All
 * randomness comes from {@link #random}, reseeded for each run, so a run is fully determined by
 * its seed. The model is compiled once per scenario and then reset for every run without
 * allocating.
 */
final class NegotiationModel extends SimState {
    private static final long serialVersionUID = 1L;

    private static final Election ELECTION = new Election();
    private static final Summit SUMMIT = new Summit();

    final World world;
    final Events events = new Events();
    final Protocol protocol;
    final RuleBook rules = new RuleBook();
    private RuleSet ruleSet;
    /** Actors added from outside core, by stage. */
    private final Actor[][] extras = new Actor[Stage.values().length][];
    private Actor[] allExtras = new Actor[0];
    /** The ids of the scenario's parties of registered types, one per actor, in order. */
    private List<String> agentIds = List.of();

    /** The seven stages, in order. */
    Steppable[] stages;
    /**
     * The whole step: a Sequence of the stages, scheduled as one repeating entry. (One entry per
     * stage costs a heap operation each on MASON's schedule, 1.45 times the direct loop's time;
     * one entry per step, kept across runs, about 1.18 times; see README, Performance.)
     */
    Steppable wholeStep;
    /** Whether {@link #wholeStep} is on the schedule (it stays there across runs of one structure). */
    boolean scheduled;

    NegotiationModel() {
        super(new MersenneTwisterFast(0), new sim.engine.Schedule());
        world = new World(random);
        protocol = new Protocol(world);
    }

    // ================================================================ compile

    /** Compiles {@code s} under {@code rs} with the agents of the scenario and the users' {@code actors}. */
    void configure(Scenario s, RuleSet rs, List<Actor> actors) {
        World w = world;
        ruleSet = rs;
        w.horizon = s.horizon();
        w.falseAlarm = s.falseAlarm();
        w.snapback = rs.snapback();
        List<Patron> patrons = new ArrayList<>();
        List<Partner> partners = new ArrayList<>();
        List<Sanctioner> members = new ArrayList<>();
        java.util.Map<String, Integer> memberIndex = new java.util.HashMap<>();
        for (Party p : s.parties()) {
            switch (p.role()) {
                case SANCTIONER -> {
                    memberIndex.put(p.id(), members.size());
                    members.add(new Sanctioner(w, p, members.size()));
                }
                case TARGET -> w.target = new Target(w, p);
                case PATRON -> patrons.add(new Patron(w, p));
                case PARTNER -> partners.add(new Partner(w, p));
            }
        }
        w.members = members.toArray(new Sanctioner[0]);
        w.sanctioner = w.members[0];
        w.coalition = w.members.length > 1;
        for (Sanctioner m : w.members) {
            m.counterpart = w.target;
        }
        w.target.counterpart = w.sanctioner;
        w.patrons = patrons.toArray(new Patron[0]);
        w.partners = partners.toArray(new Partner[0]);
        w.ledger.compile(s.concessions(), 1.0, memberIndex);
        derive();
        w.target.allocate(w.ledger.size);
        w.target.allocateMembers(w.ledger, w.coalition ? w.members.length : 0);
        for (Partner p : w.partners) {
            p.compile(w.ledger);
        }
        w.plan.compile(rs, w.ledger);
        rules.compile(rs, w, s);
        protocol.compile(rs);
        events.compile(s.events());
        List<VetoPoint> vetoes = new ArrayList<>(patrons);
        for (Actor a : actors) {
            if (a instanceof VetoPoint v) {
                vetoes.add(v);
            }
        }
        w.vetoPoints = vetoes.toArray(new VetoPoint[0]);
        List<Modifier> modifiers = new ArrayList<>();
        for (Actor a : actors) {
            if (a instanceof Modifier m) {
                modifiers.add(m);
            }
        }
        w.costModifiers = modifiers.toArray(new Modifier[0]);
        modifiers.add(0, ELECTION);
        modifiers.add(1, SUMMIT);
        w.modifiers = modifiers.toArray(new Modifier[0]);
        allExtras = actors.toArray(new Actor[0]);
        agentIds = s.agents().stream().map(io.github.bitforbit.model.AgentParty::id).toList();
        for (Stage stage : Stage.values()) {
            extras[stage.ordinal()] = actors.stream().filter(a -> a.stage() == stage).toArray(Actor[]::new);
        }
        buildSchedule();
    }

    /**
     * Recomputes what follows from several agents' parameters: the partners' combined pressure
     * and the reliability of vote-snapback tranches (no patron vetoes). Called after compiling
     * and after uncertain parameters were set.
     */
    void derive() {
        World w = world;
        double notPressed = 1.0;
        for (Partner p : w.partners) {
            notPressed *= 1 - p.pressure;
        }
        w.pressure = 1 - notPressed;
        double noVeto = 1.0;
        for (Patron p : w.patrons) {
            noVeto *= 1 - p.vetoProbability;
        }
        w.ledger.voteReliability(noVeto);
    }

    /**
     * A setter that puts a value of the parameter at {@code path} straight into the compiled
     * model, or null where the path's effect is not confined to one field (concession values that
     * shape the templates' phases, strategies, events, agents of registered types): those draws
     * take the slower path of rebuilding the scenario.
     */
    java.util.function.DoubleConsumer parameter(String path) {
        World w = world;
        switch (path) {
            case "horizon":
                return v -> w.horizon = (int) v;
            case "falseAlarm":
                return v -> w.falseAlarm = v;
            default:
                break;
        }
        String[] parts = path.split("\\.", 3);
        if (parts.length < 3) {
            return null;
        }
        if (parts[0].equals("parties")) {
            for (int k = 0; k < agentIds.size(); k++) {
                if (agentIds.get(k).equals(parts[1])) {
                    return allExtras[k].parameter(parts[2]);
                }
            }
            if (w.target.id.equals(parts[1])) {
                return w.target.parameter(parts[2]);
            }
            for (Sanctioner m : w.members) {
                if (m.id.equals(parts[1])) {
                    return m.parameter(parts[2]);
                }
            }
            for (Patron p : w.patrons) {
                if (p.party.id().equals(parts[1])) {
                    return p.parameter(parts[2]);
                }
            }
            for (Partner p : w.partners) {
                if (p.id.equals(parts[1])) {
                    return p.parameter(parts[2]);
                }
            }
            return null;
        }
        Integer i = parts[0].equals("concessions") ? w.ledger.index.get(parts[1]) : null;
        if (i == null) {
            return null;
        }
        Ledger l = w.ledger;
        return switch (parts[2]) {
            case "verifiability" -> v -> l.verifiability[i] = v;
            case "falseAlarm" -> v -> l.falseAlarm[i] = v;
            case "reversibility" -> v -> l.setReversal(i, (int) v);
            case "politicalCost" -> v -> l.politicalCost[i] = v;
            default -> null;
        };
    }

    /** The step as a Sequence of the seven stages; each stage calls its agents directly. */
    private void buildSchedule() {
        World w = world;
        stages = new Steppable[]{
                new EventsStage(w, events, extras[Stage.EVENTS.ordinal()]),
                new ObserveStage(w, extras[Stage.OBSERVE.ordinal()]),
                new NegotiateStage(w, protocol, extras[Stage.NEGOTIATE.ordinal()]),
                new ImplementStage(w, extras[Stage.IMPLEMENT.ordinal()]),
                new RulesStage(w, rules, extras[Stage.RULES.ordinal()]),
                new WalkOutStage(w, extras[Stage.WALK_OUT.ordinal()]),
                new MetricsStage(w, extras[Stage.METRICS.ordinal()])};
        Sequence whole = new Sequence(stages);
        whole.setEnsuresOrder(true);
        wholeStep = whole;
        scheduled = false;
    }

    /**
     * Resets the schedule for a new run. MASON's own {@code start()} also "primes" the generator
     * by drawing from it; the run's generator is freshly seeded with all 64 bits of the run seed
     * (MT19937 init_by_array) instead, so that a run depends on its seed alone and the direct loop
     * and the schedule see the same stream.
     */
    @Override
    public void start() {
        schedule.reset();
    }

    // ================================================================ reset

    /** Reseeds the run's generator with all 64 bits of {@code seed} (as {@code setSeed(int[])}, faster: see Reseeder). */
    void seed(long seed) {
        Reseeder.seed(random, seed);
    }

    /** Prepares a fresh run after {@link #seed}; allocates nothing. */
    void initialise(TraceRecorder recorder) {
        World w = world;
        w.reset(recorder);
        for (Sanctioner m : w.members) {
            m.reset();
        }
        w.target.reset();
        for (Patron p : w.patrons) {
            p.reset();
        }
        for (Partner p : w.partners) {
            p.reset();
        }
        w.ledger.reset();
        w.plan.reset(ruleSet.firstProposer() == Role.SANCTIONER ? w.sanctioner : w.target);
        rules.reset();
        for (Actor a : allExtras) {
            a.reset(w);
        }
    }

    /** The users' actors of this model, in scenario order. */
    List<Actor> actors() {
        return List.of(allExtras);
    }

    /** Whether the run has ended. */
    boolean finished() {
        return world.finished;
    }

    // ================================================================ the stages of a step

    /** Stage 1: exogenous events begin; each patron reacts to a provocation. */
    private static final class EventsStage extends StageStep {
        private static final long serialVersionUID = 1L;
        private final Events events;

        EventsStage(World w, Events events, Actor[] extra) {
            super(w, extra);
            this.events = events;
        }

        @Override
        public void step(SimState state) {
            events.begin(w);
            for (Patron p : w.patrons) {
                p.react();
            }
            actors();
        }
    }

    /** Stage 2: the sanctioner inspects; the target sees whether relief held. */
    private static final class ObserveStage extends StageStep {
        private static final long serialVersionUID = 1L;

        ObserveStage(World w, Actor[] extra) {
            super(w, extra);
        }

        @Override
        public void step(SimState state) {
            w.sanctioner.inspect();
            w.target.observeRelief();
            actors();
        }
    }

    /** Stage 3: offers and answers. */
    private static final class NegotiateStage extends StageStep {
        private static final long serialVersionUID = 1L;
        private final Protocol protocol;

        NegotiateStage(World w, Protocol protocol, Actor[] extra) {
            super(w, extra);
            this.protocol = protocol;
        }

        @Override
        public void step(SimState state) {
            protocol.negotiate();
            actors();
        }
    }

    /**
     * Stage 4: the target, then the sanctioner, perform what is due; the sanctioner may renege;
     * the target keeps or breaks its continuing obligations; partners induce.
     */
    private static final class ImplementStage extends StageStep {
        private static final long serialVersionUID = 1L;

        ImplementStage(World w, Actor[] extra) {
            super(w, extra);
        }

        @Override
        public void step(SimState state) {
            w.target.implement();
            for (Sanctioner m : w.members) {
                if (!m.left) {
                    m.implement();
                }
            }
            for (Sanctioner m : w.members) {
                m.mayRenege();
            }
            w.target.keepOrBreak();
            for (Partner p : w.partners) {
                p.induce();
            }
            actors();
        }
    }

    /** Stage 5: the rules fire on this step's events. */
    private static final class RulesStage extends StageStep {
        private static final long serialVersionUID = 1L;
        private final RuleBook rules;

        RulesStage(World w, RuleBook rules, Actor[] extra) {
            super(w, extra);
            this.rules = rules;
        }

        @Override
        public void step(SimState state) {
            rules.apply(w);
            actors();
        }
    }

    /**
     * Stage 7: the users' actors, then the step ends (at the horizon: completed if in force, else
     * a stall; a run that goes on counts this step's delivery of aid with a duration, which may
     * expire), is traced, and the clock moves.
     */
    private static final class MetricsStage extends StageStep {
        private static final long serialVersionUID = 1L;

        MetricsStage(World w, Actor[] extra) {
            super(w, extra);
        }

        @Override
        public void step(SimState state) {
            actors();
            if (w.outcome == null && w.step >= w.horizon - 1) {
                w.outcome = w.completedAt >= 0 ? new Outcome.Completed(w.completedAt) : new Outcome.Stalled(w.step);
            }
            if (w.outcome == null) {
                w.deliverAid();
            }
            if (w.tracing) {
                w.record(new TraceEvent.StepEnd(w.step, w.sanctioner.trust, w.target.sideTrust(), w.target.capability,
                        w.ledger.reliefDelivered()));
                if (w.outcome != null) {
                    w.record(new TraceEvent.Ended(w.step, w.outcome));
                }
            }
            if (w.outcome != null) {
                w.finished = true;
            }
            w.step++;
        }
    }
}
