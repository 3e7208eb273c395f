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
 * may happen, how long it may last and under which agreement design (docs/ODD.md sections 2 and
 * 9).
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

    /**
     * A scenario of the four built-in roles only (no parties of registered agent types).
     *
     * @param name          short id, e.g. {@code "dprk-2018"}
     * @param title         one-line title (null: the name)
     * @param description   what it represents (null: empty)
     * @param horizon       the longest a run lasts, in steps (months; 1 to {@value #MAX_HORIZON})
     * @param parties       exactly one sanctioner and one target, any number of patrons and partners
     * @param concessions   everything any party can give
     * @param events        exogenous events
     * @param falseAlarm    probability that an inspection of an honest step reports cheating ([0, 1))
     * @param design        the agreement design used unless another is asked for
     * @param ruleSets      the scenario's own named rule sets (null: none)
     * @param uncertainties parameters drawn per run rather than fixed (null: none)
     * @param sources       where the scenario's facts come from (null: none)
     * @param assumptions   every judgement the scenario adds (null: none)
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
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

    /**
     * Checks each component on its own (the whole is checked by {@link #problems()}): null text
     * becomes the name (title) or empty (description), null lists become empty, lists are copied
     * and read-only.
     *
     * @param name          short id: printable text on one line
     * @param title         one-line title (null: the name)
     * @param description   what it represents (null: empty)
     * @param horizon       the longest a run lasts, in steps (months; 1 to {@value #MAX_HORIZON})
     * @param parties       the parties of the four built-in roles
     * @param concessions   everything any party can give
     * @param events        exogenous events
     * @param falseAlarm    probability that an inspection of an honest step reports cheating ([0, 1))
     * @param design        the default agreement design (not null)
     * @param ruleSets      the scenario's own named rule sets (null: none)
     * @param uncertainties parameters drawn per run (null: none)
     * @param sources       where the facts come from (null: none)
     * @param assumptions   the judgements the scenario adds (null: none)
     * @param agents        parties of registered agent types (null: none)
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
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

    /**
     * Starts a scenario with defaults: horizon 60 steps, false-alarm probability 0.05, design
     * bit-for-bit, no parties yet.
     *
     * @param name the scenario's short id, e.g. {@code "dprk-2018"}
     * @return a builder; {@link Builder#build()} checks the whole
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The party of a built-in role with this id (parties of registered agent types are in
     * {@link #agents()}).
     *
     * @param id a party id, e.g. {@code "DPRK"}
     * @return the party, or empty if there is none with this id
     */
    public Optional<Party> party(String id) {
        return parties.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The first party with this role (the sanctioner and the target are unique).
     *
     * @param role the role, usually {@link Role#SANCTIONER} or {@link Role#TARGET}
     * @return the first party declared with that role
     * @throws IllegalStateException if no party has it
     */
    public Party principal(Role role) {
        return parties.stream().filter(p -> p.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("scenario " + name + " has no " + role.label()));
    }

    /**
     * The concession with this id.
     *
     * @param id a concession id, e.g. {@code "yongbyon"}
     * @return the concession, or empty if there is none with this id
     */
    public Optional<Concession> concession(String id) {
        return concessions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The concessions a party of this role owns: the target's disarmament steps, or the
     * sanctioner's tranches and assurances.
     *
     * @param role the owner's role
     * @return its concessions in declaration order (empty for a third party's role)
     */
    public List<Concession> concessionsOf(Role role) {
        List<Concession> out = new ArrayList<>();
        for (Concession c : concessions) {
            party(c.owner()).filter(p -> p.role() == role).ifPresent(p -> out.add(c));
        }
        return out;
    }

    /**
     * The rule set of the default design, built for this scenario if the design is a template.
     *
     * @return the phases and rules a run follows unless another design is asked for
     */
    public RuleSet ruleSet() {
        return design.ruleSetFor(this);
    }

    /**
     * The design with this name: one of the scenario's own rule sets, or a template
     * ({@link Template#names()}).
     *
     * @param designName a rule-set or template name, e.g. {@code "historical"} or {@code "grit"}
     * @return the design: the scenario's own rule set of that name first, else the template
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

    /**
     * The names of every design this scenario can run under.
     *
     * @return the template names, then those of its own rule sets not already listed
     */
    public List<String> designNames() {
        List<String> names = new ArrayList<>(Template.names());
        for (RuleSet r : ruleSets) {
            if (!names.contains(r.name())) {
                names.add(r.name());
            }
        }
        return names;
    }

    /**
     * A copy under another default design.
     *
     * @param newDesign the design runs follow
     * @return the copy, checked
     * @throws IllegalArgumentException if the design's rule set does not fit this scenario
     */
    public Scenario withDesign(AgreementDesign newDesign) {
        return new Scenario(name, title, description, horizon, parties, concessions, events, falseAlarm, newDesign,
                ruleSets, uncertainties, sources, assumptions, agents).validated();
    }

    /**
     * A copy with other parties of registered agent types.
     *
     * @param newAgents the parties that replace {@link #agents()}
     * @return the copy, checked
     * @throws IllegalArgumentException if the copy is inconsistent (e.g. a duplicate party id)
     */
    public Scenario withAgents(List<AgentParty> newAgents) {
        return new Scenario(name, title, description, horizon, parties, concessions, events, falseAlarm, design,
                ruleSets, uncertainties, sources, assumptions, newAgents).validated();
    }

    /**
     * A copy with other uncertain parameters.
     *
     * @param newUncertainties the parameters drawn per run, replacing {@link #uncertainties()}
     * @return the copy, checked
     * @throws IllegalArgumentException if a path names no parameter of this scenario
     */
    public Scenario withUncertainties(List<UncertainParameter> newUncertainties) {
        return new Scenario(name, title, description, horizon, parties, concessions, events, falseAlarm, design,
                ruleSets, newUncertainties, sources, assumptions, agents).validated();
    }

    /**
     * Every consistency problem, one message each: roles, owners, references, weights, and the
     * rule set of the default design and of each named rule set.
     *
     * @return each problem as {@code "path: message"}; empty if the scenario is consistent
     */
    public List<String> problems() {
        return issues().stream().map(Problem::toString).toList();
    }

    /**
     * Every consistency problem as data, where (a dotted path, e.g. {@code concessions.coal.owner})
     * and what: roles, owners, references, weights, and the rule sets. The rule sets are checked
     * only once everything else is consistent, since their checks rely on it.
     *
     * @return the problems in a stable order; empty if the scenario is consistent
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
     * @return this scenario, unchanged
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

        /**
         * Sets the one-line title (default: the name).
         *
         * @param value the title, e.g. {@code "Singapore and Hanoi, 2018-19"}
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets what the scenario represents (default: empty).
         *
         * @param value free text, may span lines
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets the longest run (default 60).
         *
         * @param steps steps (months), 1 to {@value Scenario#MAX_HORIZON}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder horizon(int steps) {
            this.horizon = Validate.between("horizon", steps, 1, MAX_HORIZON);
            return this;
        }

        /**
         * Sets the probability that inspecting an honest step reports cheating (default 0.05).
         *
         * @param p a probability in [0, 1): at 1 every inspection would be an alarm
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder falseAlarm(double p) {
            this.falseAlarm = Validate.inRange("falseAlarm", p, 0.0, 0.999999);
            return this;
        }

        /**
         * Sets the design used unless another is asked for (default {@link Template#BIT_FOR_BIT}).
         *
         * @param value a template or a rule set
         * @return this builder
         */
        public Builder design(AgreementDesign value) {
            this.design = Validate.notNull("design", value);
            return this;
        }

        /**
         * Adds a named rule set of the scenario's own, which {@link Scenario#design(String)} then
         * finds by name.
         *
         * @param value a rule set, e.g. one named {@code "historical"}
         * @return this builder
         */
        public Builder ruleSet(RuleSet value) {
            ruleSets.add(Validate.notNull("ruleSet", value));
            return this;
        }

        /**
         * Adds a party of any built-in role.
         *
         * @param id     its id, unique among the parties, e.g. {@code "China"}
         * @param role   its role
         * @param config sets its parameters; the rest keep their defaults
         * @return this builder
         * @throws IllegalArgumentException if {@code config} sets a bad value or a parameter the
         *                                  role does not have
         */
        public Builder party(String id, Role role, java.util.function.Consumer<PartyBuilder> config) {
            PartyBuilder b = new PartyBuilder(id, role);
            config.accept(b);
            parties.add(b);
            return this;
        }

        /**
         * Adds the sanctioner (exactly one per scenario); see {@link #party}.
         *
         * @param id     its id, unique among the parties
         * @param config sets its parameters; the rest keep their defaults
         * @return this builder
         */
        public Builder sanctioner(String id, java.util.function.Consumer<PartyBuilder> config) {
            return party(id, Role.SANCTIONER, config);
        }

        /**
         * Adds the target (exactly one per scenario); see {@link #party}.
         *
         * @param id     its id, unique among the parties
         * @param config sets its parameters; the rest keep their defaults
         * @return this builder
         */
        public Builder target(String id, java.util.function.Consumer<PartyBuilder> config) {
            return party(id, Role.TARGET, config);
        }

        /**
         * Adds a patron of the target; see {@link #party}.
         *
         * @param id     its id, unique among the parties
         * @param config sets its parameters; the rest keep their defaults
         * @return this builder
         */
        public Builder patron(String id, java.util.function.Consumer<PartyBuilder> config) {
            return party(id, Role.PATRON, config);
        }

        /**
         * Adds a partner of the sanctioner; see {@link #party}.
         *
         * @param id     its id, unique among the parties
         * @param config sets its parameters; the rest keep their defaults
         * @return this builder
         */
        public Builder partner(String id, java.util.function.Consumer<PartyBuilder> config) {
            return party(id, Role.PARTNER, config);
        }

        /**
         * Adds any concession as it is.
         *
         * @param c the concession; its owner must be a declared party of the right role
         * @return this builder
         */
        public Builder concession(Concession c) {
            Validate.notNull("concession", c);
            concessions.add(owners -> c);
            return this;
        }

        /**
         * Adds a disarmament step of the target (which must be declared first).
         *
         * @param id            its id, unique among the concessions
         * @param deterrence    share of the target's capability it removes ([0, 1])
         * @param reversalSteps steps to undo it (&gt;= 1), or {@link DisarmamentStep#IRREVERSIBLE}
         * @param verifiability probability per step that an inspection of it is conclusive ([0, 1])
         * @return this builder
         */
        public Builder disarmament(String id, double deterrence, int reversalSteps, double verifiability) {
            concessions.add(owners -> new DisarmamentStep(id, owner(owners, Role.TARGET), deterrence, reversalSteps,
                    verifiability));
            return this;
        }

        /**
         * Adds a sanction tranche of the sanctioner (which must be declared first), its political
         * cost equal to its weight.
         *
         * @param id       its id, unique among the concessions
         * @param weight   share of the full sanctions pain it carries ([0, 1])
         * @param snapback how it can be restored once lifted
         * @return this builder
         */
        public Builder tranche(String id, double weight, SnapbackMode snapback) {
            return tranche(id, weight, snapback, weight);
        }

        /**
         * Adds a sanction tranche of the sanctioner (which must be declared first).
         *
         * @param id            its id, unique among the concessions
         * @param weight        share of the full sanctions pain it carries ([0, 1])
         * @param snapback      how it can be restored once lifted
         * @param politicalCost the sanctioner's base political cost of lifting it (utility, &gt;= 0)
         * @return this builder
         */
        public Builder tranche(String id, double weight, SnapbackMode snapback, double politicalCost) {
            concessions.add(owners -> new SanctionTranche(id, owner(owners, Role.SANCTIONER), weight, snapback,
                    politicalCost));
            return this;
        }

        /**
         * Adds an assurance of the sanctioner (which must be declared first).
         *
         * @param id              its id, unique among the concessions
         * @param kind            what it is
         * @param threatReduction how much it lowers the target's threat perception theta while in
         *                        effect (&gt;= 0; theta starts at 1 by default)
         * @param painRelief      share of the full sanctions pain it removes while in effect ([0, 1])
         * @param politicalCost   the sanctioner's base political cost of giving it (utility, &gt;= 0)
         * @return this builder
         */
        public Builder assurance(String id, AssuranceKind kind, double threatReduction, double painRelief,
                                 double politicalCost) {
            concessions.add(owners -> new Assurance(id, owner(owners, Role.SANCTIONER), kind, threatReduction,
                    painRelief, politicalCost));
            return this;
        }

        /**
         * Adds an exogenous event.
         *
         * @param e a scheduled or random event
         * @return this builder
         */
        public Builder event(ExogenousEvent e) {
            events.add(Validate.notNull("event", e));
            return this;
        }

        /**
         * Adds a party of a registered agent type (docs/ODD.md section 2, "Extending").
         *
         * @param id         its id, unique among all parties
         * @param type       the role name its type is registered under, e.g. {@code "legislature"}
         * @param parameters its parameters by name; missing ones take their type's defaults when
         *                   simulated
         * @return this builder
         */
        public Builder agent(String id, String type, Map<String, Double> parameters) {
            agents.add(new AgentParty(id, type, parameters));
            return this;
        }

        /**
         * Makes a numeric parameter uncertain: each run draws its value from {@code distribution}.
         *
         * @param path         its {@link ParameterPath}, e.g. {@code parties.DPRK.trust.initial}
         * @param distribution what it is drawn from, within the parameter's range
         * @return this builder
         */
        public Builder uncertain(String path, Distribution distribution) {
            uncertainties.add(new UncertainParameter(path, distribution));
            return this;
        }

        /**
         * Adds a source of the scenario's facts.
         *
         * @param s a public citation, e.g. a treaty text or a report with its date
         * @return this builder
         */
        public Builder source(String s) {
            sources.add(s);
            return this;
        }

        /**
         * Adds a judgement the scenario makes beyond its sources.
         *
         * @param s the judgement in words, e.g. {@code "coal carries 30% of the sanctions pain"}
         * @return this builder
         */
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
         * @return the scenario, checked as a whole
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
