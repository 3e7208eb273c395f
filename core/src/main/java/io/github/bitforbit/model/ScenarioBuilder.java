package io.github.bitforbit.model;

import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Assurance;
import io.github.bitforbit.terms.AssuranceKind;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import io.github.bitforbit.validation.Validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
public final class ScenarioBuilder {
    private final String name;
    private String title;
    private String description = "";
    private int horizon = 60;
    private double falseAlarm = 0.005;
    private AgreementDesign design = Template.BIT_FOR_BIT;
    private final List<PartyBuilder> parties = new ArrayList<>();
    private final List<java.util.function.Function<Map<Role, String>, Concession>> concessions = new ArrayList<>();
    private final List<ExogenousEvent> events = new ArrayList<>();
    private final List<RuleSet> ruleSets = new ArrayList<>();
    private final List<UncertainParameter> uncertainties = new ArrayList<>();
    private final List<AgentParty> agents = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> assumptions = new ArrayList<>();

    ScenarioBuilder(String name) {
        this.name = Validate.id("name", name);
    }

    /**
     * Sets the one-line title (default: the name).
     *
     * @param value the title, e.g. {@code "Singapore and Hanoi, 2018-19"}
     * @return this builder
     */
    public ScenarioBuilder title(String value) {
        this.title = value;
        return this;
    }

    /**
     * Sets what the scenario represents (default: empty).
     *
     * @param value free text, may span lines
     * @return this builder
     */
    public ScenarioBuilder description(String value) {
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
    public ScenarioBuilder horizon(int steps) {
        this.horizon = Validate.between("horizon", steps, 1, Scenario.MAX_HORIZON);
        return this;
    }

    /**
     * Sets the probability that inspecting an honest step reports cheating (default 0.005: every performed step is inspected every step for the rest of the run).
     *
     * @param p a probability in [0, 1): at 1 every inspection would be an alarm
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public ScenarioBuilder falseAlarm(double p) {
        this.falseAlarm = Validate.inRange("falseAlarm", p, 0.0, 0.999999);
        return this;
    }

    /**
     * Sets the design used unless another is asked for (default {@link Template#BIT_FOR_BIT}).
     *
     * @param value a template or a rule set
     * @return this builder
     */
    public ScenarioBuilder design(AgreementDesign value) {
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
    public ScenarioBuilder ruleSet(RuleSet value) {
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
    public ScenarioBuilder party(String id, Role role, java.util.function.Consumer<PartyBuilder> config) {
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
    public ScenarioBuilder sanctioner(String id, java.util.function.Consumer<PartyBuilder> config) {
        return party(id, Role.SANCTIONER, config);
    }

    /**
     * Adds the target (exactly one per scenario); see {@link #party}.
     *
     * @param id     its id, unique among the parties
     * @param config sets its parameters; the rest keep their defaults
     * @return this builder
     */
    public ScenarioBuilder target(String id, java.util.function.Consumer<PartyBuilder> config) {
        return party(id, Role.TARGET, config);
    }

    /**
     * Adds a patron of the target; see {@link #party}.
     *
     * @param id     its id, unique among the parties
     * @param config sets its parameters; the rest keep their defaults
     * @return this builder
     */
    public ScenarioBuilder patron(String id, java.util.function.Consumer<PartyBuilder> config) {
        return party(id, Role.PATRON, config);
    }

    /**
     * Adds a partner of the sanctioner; see {@link #party}.
     *
     * @param id     its id, unique among the parties
     * @param config sets its parameters; the rest keep their defaults
     * @return this builder
     */
    public ScenarioBuilder partner(String id, java.util.function.Consumer<PartyBuilder> config) {
        return party(id, Role.PARTNER, config);
    }

    /**
     * Adds any concession as it is.
     *
     * @param c the concession; its owner must be a declared party of the right role
     * @return this builder
     */
    public ScenarioBuilder concession(Concession c) {
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
    public ScenarioBuilder disarmament(String id, double deterrence, int reversalSteps, double verifiability) {
        concessions.add(owners -> new DisarmamentStep(id, owner(owners, Role.TARGET), deterrence, reversalSteps,
                verifiability));
        return this;
    }

    /**
     * Adds a sanction tranche of the sanctioner (which must be declared first), its political
     * cost per step {@link io.github.bitforbit.terms.Relief#POLITICAL_COST_PER_UNIT} times its weight.
     *
     * @param id       its id, unique among the concessions
     * @param weight   share of the full sanctions pain it carries ([0, 1])
     * @param snapback how it can be restored once lifted
     * @return this builder
     */
    public ScenarioBuilder tranche(String id, double weight, SnapbackMode snapback) {
        return tranche(id, weight, snapback, io.github.bitforbit.terms.Relief.POLITICAL_COST_PER_UNIT * weight);
    }

    /**
     * Adds a sanction tranche of the sanctioner (which must be declared first).
     *
     * @param id            its id, unique among the concessions
     * @param weight        share of the full sanctions pain it carries ([0, 1])
     * @param snapback      how it can be restored once lifted
     * @param politicalCost the sanctioner's base political cost per step while it is lifted
     *                      (utility per step, &gt;= 0)
     * @return this builder
     */
    public ScenarioBuilder tranche(String id, double weight, SnapbackMode snapback, double politicalCost) {
        concessions.add(owners -> new SanctionTranche(id, owner(owners, Role.SANCTIONER), weight, snapback,
                politicalCost));
        return this;
    }

    /**
     * Adds aid of the sanctioner (which must be declared first): worth {@code value} per step to
     * the target while delivered, its political cost per step
     * {@link io.github.bitforbit.terms.Relief#POLITICAL_COST_PER_UNIT} times its value, suspended without cause
     * as its snapback mode implies ({@link io.github.bitforbit.terms.Reimposition#defaultFor}).
     *
     * @param id       its id, unique among the concessions
     * @param value    utility per step to the target while delivered (&gt;= 0)
     * @param snapback how it can be suspended with cause once delivered
     * @return this builder
     */
    public ScenarioBuilder aid(String id, double value, SnapbackMode snapback) {
        return aid(id, value, snapback, io.github.bitforbit.terms.Aid.UNTIL_SUSPENDED);
    }

    /**
     * Adds aid of the sanctioner (which must be declared first) as {@link #aid(String, double,
     * SnapbackMode)} does, delivered for {@code duration} steps: once it has been delivered in that
     * many steps (a suspension pauses the count) it expires, delivered and done.
     *
     * @param id       its id, unique among the concessions
     * @param value    utility per step to the target while delivered (&gt;= 0)
     * @param snapback how it can be suspended with cause once delivered
     * @param duration steps (months) of delivery, &gt;= 1, or
     *                 {@link io.github.bitforbit.terms.Aid#UNTIL_SUSPENDED} for none
     * @return this builder
     */
    public ScenarioBuilder aid(String id, double value, SnapbackMode snapback, int duration) {
        concessions.add(owners -> new io.github.bitforbit.terms.Aid(id, owner(owners, Role.SANCTIONER), value, snapback,
                io.github.bitforbit.terms.Relief.POLITICAL_COST_PER_UNIT * value,
                snapback == null ? null : io.github.bitforbit.terms.Reimposition.defaultFor(snapback), duration));
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
    public ScenarioBuilder assurance(String id, AssuranceKind kind, double threatReduction, double painRelief,
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
    public ScenarioBuilder event(ExogenousEvent e) {
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
    public ScenarioBuilder agent(String id, String type, Map<String, Double> parameters) {
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
    public ScenarioBuilder uncertain(String path, Distribution distribution) {
        uncertainties.add(new UncertainParameter(path, distribution));
        return this;
    }

    /**
     * Adds a source of the scenario's facts.
     *
     * @param s a public citation, e.g. a treaty text or a report with its date
     * @return this builder
     */
    public ScenarioBuilder source(String s) {
        sources.add(s);
        return this;
    }

    /**
     * Adds a judgement the scenario makes beyond its sources.
     *
     * @param s the judgement in words, e.g. {@code "coal carries 30% of the sanctions pain"}
     * @return this builder
     */
    public ScenarioBuilder assumption(String s) {
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
