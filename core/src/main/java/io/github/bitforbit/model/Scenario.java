package io.github.bitforbit.model;

import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSetCheck;
import io.github.bitforbit.rules.Template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete, immutable description of one negotiation: who takes part, what each can give, what
 * may happen, how long it may last and under which agreement design (MODEL.md sections 2 and 7).
 * Build one with {@link #builder(String)}; every instance is checked for consistency when built.
 *
 * @param name          short id, e.g. {@code "dprk-2018"}
 * @param title         one-line title
 * @param description   what it represents
 * @param horizon       the longest a run lasts, in steps (months; 1 to {@value #MAX_HORIZON})
 * @param parties       exactly one sanctioner and one target, any number of patrons and partners
 * @param concessions   everything any party can give
 * @param events        exogenous events
 * @param falseAlarm    probability that an inspection of an honest step reports cheating ([0, 1))
 * @param design        the agreement design used unless another is asked for
 * @param ruleSets      the scenario's own named rule sets (e.g. {@code "historical"})
 * @param uncertainties parameters drawn per run rather than fixed
 * @param sources       where the scenario's facts come from
 * @param assumptions   every judgement the scenario adds (weights, probabilities, values)
 * @param agents        parties of registered agent types beyond the four roles (e.g. a legislature)
 */
public record Scenario(String name, String title, String description, int horizon, List<Party> parties,
                       List<Concession> concessions, List<ExogenousEvent> events, double falseAlarm,
                       AgreementDesign design, List<RuleSet> ruleSets, List<UncertainParameter> uncertainties,
                       List<String> sources, List<String> assumptions, List<AgentParty> agents) {

    /** A scenario of the four built-in roles only. */
    public Scenario(String name, String title, String description, int horizon, List<Party> parties,
                    List<Concession> concessions, List<ExogenousEvent> events, double falseAlarm,
                    AgreementDesign design, List<RuleSet> ruleSets, List<UncertainParameter> uncertainties,
                    List<String> sources, List<String> assumptions) {
        this(name, title, description, horizon, parties, concessions, events, falseAlarm, design, ruleSets,
                uncertainties, sources, assumptions, List.of());
    }

    /**
     * The longest horizon accepted, in steps (months): a century. Memory and output grow with the
     * horizon (survival curves have one point per step), so a typing slip such as
     * {@code 2000000000} is refused rather than run.
     */
    public static final int MAX_HORIZON = 1200;

    public Scenario {
        Validate.id("name", name);
        title = title == null ? name : title;
        description = description == null ? "" : description;
        Validate.between("horizon", horizon, 1, MAX_HORIZON);
        parties = Validate.list("parties", parties);
        concessions = Validate.list("concessions", concessions);
        events = Validate.list("events", events);
        Validate.inRange("falseAlarm", falseAlarm, 0.0, 0.999999);
        Validate.notNull("design", design);
        ruleSets = Validate.list("ruleSets", ruleSets == null ? List.of() : ruleSets);
        uncertainties = Validate.list("uncertainties", uncertainties == null ? List.of() : uncertainties);
        sources = Validate.list("sources", sources == null ? List.of() : sources);
        assumptions = Validate.list("assumptions", assumptions == null ? List.of() : assumptions);
        agents = Validate.list("agents", agents == null ? List.of() : agents);
    }

    /** Starts a scenario with defaults: horizon 60, false alarms 0.05, design bit-for-bit. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The party with this id. */
    public Optional<Party> party(String id) {
        return parties.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The first party with this role (the sanctioner and the target are unique). */
    public Party principal(Role role) {
        return parties.stream().filter(p -> p.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("scenario " + name + " has no " + role.label()));
    }

    /** The concession with this id. */
    public Optional<Concession> concession(String id) {
        return concessions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The concessions a party of this role owns, in declaration order. */
    public List<Concession> concessionsOf(Role role) {
        List<Concession> out = new ArrayList<>();
        for (Concession c : concessions) {
            party(c.owner()).filter(p -> p.role() == role).ifPresent(p -> out.add(c));
        }
        return out;
    }

    /** The rule set of the default design. */
    public RuleSet ruleSet() {
        return design.ruleSetFor(this);
    }

    /**
     * The design with this name: one of the scenario's own rule sets, or a template
     * ({@link Template#names()}).
     *
     * @throws IllegalArgumentException naming the known designs, if there is none
     */
    public AgreementDesign design(String designName) {
        for (RuleSet r : ruleSets) {
            if (r.name().equals(designName)) {
                return r;
            }
        }
        if (design.name().equals(designName)) {
            return design;
        }
        Optional<Template> t = Template.byName(designName);
        if (t.isPresent()) {
            return t.get();
        }
        List<String> known = new ArrayList<>(Template.names());
        ruleSets.forEach(r -> known.add(r.name()));
        throw new IllegalArgumentException("unknown rule set '" + designName + "'" + Suggestions.didYouMean(designName, known)
                + " (known: " + String.join(", ", known) + ")");
    }

    /** The names of every design this scenario can run under: templates and its own rule sets. */
    public List<String> designNames() {
        List<String> names = new ArrayList<>(Template.names());
        for (RuleSet r : ruleSets) {
            if (!names.contains(r.name())) {
                names.add(r.name());
            }
        }
        return names;
    }

    /** A copy under another design. */
    public Scenario withDesign(AgreementDesign newDesign) {
        return new Scenario(name, title, description, horizon, parties, concessions, events, falseAlarm, newDesign,
                ruleSets, uncertainties, sources, assumptions, agents).validated();
    }

    /** A copy with other parties of registered agent types (replacing these). */
    public Scenario withAgents(List<AgentParty> newAgents) {
        return new Scenario(name, title, description, horizon, parties, concessions, events, falseAlarm, design,
                ruleSets, uncertainties, sources, assumptions, newAgents).validated();
    }

    /** A copy with other uncertain parameters. */
    public Scenario withUncertainties(List<UncertainParameter> newUncertainties) {
        return new Scenario(name, title, description, horizon, parties, concessions, events, falseAlarm, design,
                ruleSets, newUncertainties, sources, assumptions, agents).validated();
    }

    /**
     * Every consistency problem, one message each: roles, owners, references, weights, and the
     * rule set of the default design and of each named rule set.
     */
    public List<String> problems() {
        return issues().stream().map(Problem::toString).toList();
    }

    /**
     * Every consistency problem as data, where (a dotted path, e.g. {@code concessions.coal.owner})
     * and what: roles, owners, references, weights, and the rule sets.
     */
    public List<Problem> issues() {
        List<Problem> out = new ArrayList<>();
        long sanctioners = parties.stream().filter(p -> p.role() == Role.SANCTIONER).count();
        long targets = parties.stream().filter(p -> p.role() == Role.TARGET).count();
        if (sanctioners != 1) {
            out.add(new Problem("parties", "needs exactly one sanctioner, found " + sanctioners));
        }
        if (targets != 1) {
            out.add(new Problem("parties", "needs exactly one target, found " + targets));
        }
        Map<String, Party> byId = new LinkedHashMap<>();
        for (Party p : parties) {
            if (byId.put(p.id(), p) != null) {
                out.add(new Problem("parties", "duplicate party id '" + p.id() + "'"));
            }
        }
        for (AgentParty a : agents) {
            if (byId.containsKey(a.id()) || agents.stream().filter(b -> b.id().equals(a.id())).count() > 1) {
                out.add(new Problem("parties", "duplicate party id '" + a.id() + "'"));
            }
        }
        Map<String, Concession> cById = new LinkedHashMap<>();
        double weights = 0.0;
        double deterrence = 0.0;
        for (Concession c : concessions) {
            if (cById.put(c.id(), c) != null) {
                out.add(new Problem("concessions", "duplicate concession id '" + c.id() + "'"));
            }
            Party owner = byId.get(c.owner());
            if (owner == null) {
                out.add(new Problem("concessions." + c.id() + ".owner", "unknown party '" + c.owner() + "'"
                        + Suggestions.didYouMean(c.owner(), byId.keySet())));
                continue;
            }
            Role expected = c instanceof DisarmamentStep ? Role.TARGET : Role.SANCTIONER;
            if (owner.role() != expected) {
                out.add(new Problem("concessions." + c.id() + ".owner", "'" + owner.id() + "' is the " + owner.role().label()
                        + ", but a " + kind(c) + " belongs to the " + expected.label()));
            }
            if (c instanceof SanctionTranche t) {
                weights += t.weight();
            } else if (c instanceof DisarmamentStep d) {
                deterrence += d.deterrence();
            }
        }
        if (weights > 1.0 + 1e-9) {
            out.add(new Problem("concessions", "tranche weights sum to " + sum(weights) + ", more than 1"));
        }
        if (deterrence > 1.0 + 1e-9) {
            // each share is of the target's whole capability: together they cannot remove more than all of it
            out.add(new Problem("concessions", "deterrence shares of the disarmament steps sum to " + sum(deterrence)
                    + ", more than 1 (the whole capability)"));
        }
        for (Party p : parties) {
            if (p.parameters() instanceof RoleParameters.Partner partner) {
                for (String r : partner.requires()) {
                    if (!(cById.get(r) instanceof SanctionTranche)) {
                        out.add(new Problem("parties." + p.id() + ".requires", "'" + r + "' is not a sanction tranche"
                                + Suggestions.didYouMean(r, cById.keySet())));
                    }
                }
            }
        }
        for (UncertainParameter u : uncertainties) {
            try {
                ParameterPath.check(this, u.path());
            } catch (IllegalArgumentException e) {
                out.add(new Problem("uncertain", e.getMessage()));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        try {
            out.addAll(RuleSetCheck.issues(design.ruleSetFor(this), this));
        } catch (IllegalArgumentException e) {
            out.add(new Problem("design " + design.name(), e.getMessage()));
        }
        for (RuleSet r : ruleSets) {
            if (r != design) {
                out.addAll(RuleSetCheck.issues(r, this));
            }
        }
        return out;
    }

    /**
     * This scenario, after checking it.
     *
     * @throws IllegalArgumentException with every problem of {@link #problems()}, one per line
     */
    public Scenario validated() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + ": " + String.join("; ", p));
        }
        return this;
    }

    private static String sum(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String kind(Concession c) {
        if (c instanceof DisarmamentStep) {
            return "disarmament step";
        }
        return c instanceof SanctionTranche ? "sanction tranche" : "assurance";
    }

    /**
     * Builds a {@link Scenario} in code.
     *
     * <pre>{@code
     * Scenario s = Scenario.builder("demo")
     *     .sanctioner("USA", p -> p.trust(0.2))
     *     .target("DPRK", p -> p.trust(0.2).deterrenceValue(0.5))
     *     .disarmament("test-freeze", 0.05, 3, 0.8)
     *     .tranche("luxury-goods", 0.1, SnapbackMode.AUTOMATIC)
     *     .design(Template.BIT_FOR_BIT)
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private final String name;
        private String title;
        private String description = "";
        private int horizon = 60;
        private double falseAlarm = 0.05;
        private AgreementDesign design = Template.BIT_FOR_BIT;
        private final List<PartyBuilder> parties = new ArrayList<>();
        private final List<java.util.function.Function<Map<Role, String>, Concession>> concessions = new ArrayList<>();
        private final List<ExogenousEvent> events = new ArrayList<>();
        private final List<RuleSet> ruleSets = new ArrayList<>();
        private final List<UncertainParameter> uncertainties = new ArrayList<>();
        private final List<AgentParty> agents = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final List<String> assumptions = new ArrayList<>();

        private Builder(String name) {
            this.name = Validate.id("name", name);
        }

        /** One-line title. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** What the scenario represents. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Longest run, in steps (1 to {@value Scenario#MAX_HORIZON}). */
        public Builder horizon(int steps) {
            this.horizon = Validate.between("horizon", steps, 1, MAX_HORIZON);
            return this;
        }

        /** Probability that inspecting an honest step reports cheating ([0, 1)). */
        public Builder falseAlarm(double p) {
            this.falseAlarm = Validate.inRange("falseAlarm", p, 0.0, 0.999999);
            return this;
        }

        /** The design used unless another is asked for (default bit-for-bit). */
        public Builder design(AgreementDesign value) {
            this.design = Validate.notNull("design", value);
            return this;
        }

        /** Adds a named rule set of the scenario's own (e.g. {@code "historical"}). */
        public Builder ruleSet(RuleSet value) {
            ruleSets.add(Validate.notNull("ruleSet", value));
            return this;
        }

        /** Adds a party of any role, configured by {@code config}. */
        public Builder party(String id, Role role, java.util.function.Consumer<PartyBuilder> config) {
            PartyBuilder b = new PartyBuilder(id, role);
            config.accept(b);
            parties.add(b);
            return this;
        }

        /** Adds the sanctioner. */
        public Builder sanctioner(String id, java.util.function.Consumer<PartyBuilder> config) {
            return party(id, Role.SANCTIONER, config);
        }

        /** Adds the target. */
        public Builder target(String id, java.util.function.Consumer<PartyBuilder> config) {
            return party(id, Role.TARGET, config);
        }

        /** Adds a patron. */
        public Builder patron(String id, java.util.function.Consumer<PartyBuilder> config) {
            return party(id, Role.PATRON, config);
        }

        /** Adds a partner. */
        public Builder partner(String id, java.util.function.Consumer<PartyBuilder> config) {
            return party(id, Role.PARTNER, config);
        }

        /** Adds any concession as it is (its owner must be a declared party). */
        public Builder concession(Concession c) {
            Validate.notNull("concession", c);
            concessions.add(owners -> c);
            return this;
        }

        /**
         * Adds a disarmament step of the target.
         *
         * @param reversalSteps steps to undo it, or {@link DisarmamentStep#IRREVERSIBLE}
         */
        public Builder disarmament(String id, double deterrence, int reversalSteps, double verifiability) {
            concessions.add(owners -> new DisarmamentStep(id, owner(owners, Role.TARGET), deterrence, reversalSteps,
                    verifiability));
            return this;
        }

        /** Adds a sanction tranche of the sanctioner, its political cost equal to its weight. */
        public Builder tranche(String id, double weight, SnapbackMode snapback) {
            return tranche(id, weight, snapback, weight);
        }

        /** Adds a sanction tranche of the sanctioner. */
        public Builder tranche(String id, double weight, SnapbackMode snapback, double politicalCost) {
            concessions.add(owners -> new SanctionTranche(id, owner(owners, Role.SANCTIONER), weight, snapback,
                    politicalCost));
            return this;
        }

        /** Adds an assurance of the sanctioner. */
        public Builder assurance(String id, AssuranceKind kind, double threatReduction, double painRelief,
                                 double politicalCost) {
            concessions.add(owners -> new Assurance(id, owner(owners, Role.SANCTIONER), kind, threatReduction,
                    painRelief, politicalCost));
            return this;
        }

        /** Adds an exogenous event. */
        public Builder event(ExogenousEvent e) {
            events.add(Validate.notNull("event", e));
            return this;
        }

        /** Adds a party of a registered agent type, its parameters by name (missing ones take their type's defaults when simulated). */
        public Builder agent(String id, String type, Map<String, Double> parameters) {
            agents.add(new AgentParty(id, type, parameters));
            return this;
        }

        /** Makes a numeric parameter uncertain, drawn per run. */
        public Builder uncertain(String path, Distribution distribution) {
            uncertainties.add(new UncertainParameter(path, distribution));
            return this;
        }

        /** Adds a source. */
        public Builder source(String s) {
            sources.add(s);
            return this;
        }

        /** Adds a named assumption. */
        public Builder assumption(String s) {
            assumptions.add(s);
            return this;
        }

        private static String owner(Map<Role, String> owners, Role role) {
            String id = owners.get(role);
            if (id == null) {
                throw new IllegalArgumentException("concessions: a " + (role == Role.TARGET ? "disarmament step" : "sanctioner concession")
                        + " needs a " + role.label() + " to be declared");
            }
            return id;
        }

        /**
         * The scenario.
         *
         * @throws IllegalArgumentException naming the field and value of the first bad value, or
         *                                  listing every consistency problem
         */
        public Scenario build() {
            List<Party> built = new ArrayList<>();
            Map<Role, String> owners = new LinkedHashMap<>();
            for (PartyBuilder b : parties) {
                Party p = b.build();
                built.add(p);
                owners.putIfAbsent(p.role(), p.id());
            }
            List<Concession> cs = new ArrayList<>();
            for (var f : concessions) {
                cs.add(f.apply(owners));
            }
            return new Scenario(name, title, description, horizon, built, cs, events, falseAlarm, design, ruleSets,
                    uncertainties, sources, assumptions, agents).validated();
        }
    }
}
