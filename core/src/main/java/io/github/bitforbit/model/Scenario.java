package io.github.bitforbit.model;

import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSetCheck;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.TargetValues;
import io.github.bitforbit.terms.Terms;
import io.github.bitforbit.validation.Problem;
import io.github.bitforbit.validation.Suggestions;
import io.github.bitforbit.validation.Validate;

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
 * @param parties       one or more sanctioners (several form a coalition), exactly one target, any number of patrons and partners
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
                       List<String> sources, List<String> assumptions, List<AgentParty> agents)
        implements Terms {

    /**
     * A scenario of the four built-in roles only (no parties of registered agent types).
     *
     * @param name          short id, e.g. {@code "dprk-2018"}
     * @param title         one-line title (null: the name)
     * @param description   what it represents (null: empty)
     * @param horizon       the longest a run lasts, in steps (months; 1 to {@value #MAX_HORIZON})
     * @param parties       one or more sanctioners (several form a coalition), exactly one target, any number of patrons and partners
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
     * Starts a scenario with defaults: horizon 60 steps, false-alarm probability 0.005, design
     * bit-for-bit, no parties yet.
     *
     * @param name the scenario's short id, e.g. {@code "dprk-2018"}
     * @return a builder; {@link ScenarioBuilder#build()} checks the whole
     */
    public static ScenarioBuilder builder(String name) {
        return new ScenarioBuilder(name);
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

    @Override
    public Optional<Role> roleOf(String partyId) {
        return party(partyId).map(Party::role);
    }

    @Override
    public List<String> principalIds() {
        return parties.stream().filter(p -> p.role().isPrincipal()).map(Party::id).toList();
    }

    /**
     * The target's scale at the start, from its own parameters (a security-seeker's {@code theta * D},
     * {@code kappa}, its initial capability) and the patrons' combined leakage: the nominal values,
     * not a run's draws, since a design is written before the runs.
     */
    @Override
    public TargetValues targetValues() {
        double through = 1.0;
        RoleParameters.Target target = null;
        for (Party p : parties) {
            if (p.parameters() instanceof RoleParameters.Patron patron) {
                through *= 1 - patron.leakage();
            } else if (p.parameters() instanceof RoleParameters.Target t && target == null) {
                target = t;
            }
        }
        if (target == null || !(target.threatPerception() * target.deterrenceValue() > 0)
                || !(target.initialCapability() > 0)) {
            return TargetValues.LINEAR;
        }
        return new TargetValues(target.initialCapability(), target.threatPerception() * target.deterrenceValue(),
                target.kappa(), target.sanctionsPain() * through);
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
     * What in this scenario's designs is valid but cannot act as written
     * ({@link io.github.bitforbit.rules.DesignWarnings}): for each of its own rule sets, and for its
     * default design when that is a template.
     *
     * @return the warnings, rule set by rule set; empty if every design can act
     */
    public List<io.github.bitforbit.validation.Warning> warnings() {
        List<io.github.bitforbit.validation.Warning> out = new ArrayList<>();
        checkedDesigns().forEach((where, r) -> out.addAll(io.github.bitforbit.rules.DesignWarnings.of(r, this, where)));
        return out;
    }

    /**
     * The designs a validator checks, by the path prefix its warnings use: each of its own rule
     * sets ({@code ruleSets.NAME}), then its default design when that is a template
     * ({@code ruleSet}).
     *
     * @return the rule sets in that order, keyed by path prefix
     */
    public java.util.Map<String, RuleSet> checkedDesigns() {
        java.util.Map<String, RuleSet> out = new java.util.LinkedHashMap<>();
        for (RuleSet r : ruleSets) {
            out.put("ruleSets." + r.name(), r);
        }
        if (!ruleSets.contains(design)) {
            out.put("ruleSet", ruleSet());
        }
        return out;
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
        if (sanctioners < 1) {
            out.add(new Problem("parties", "needs at least one sanctioner, found none"));
        }
        if (targets != 1) {
            // a side of several targets is not modelled yet (docs/ODD.md 7.11): one target, a coalition on the other side
            out.add(new Problem("parties", "needs exactly one target, found " + targets
                    + (targets > 1 ? " (several sanctioners may form a coalition; several targets cannot yet)" : "")));
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
                    if (!(cById.get(r) instanceof io.github.bitforbit.terms.Relief)) {
                        out.add(new Problem("parties." + p.id() + ".requires", "'" + r + "' is not a sanction tranche or aid"
                                + Suggestions.didYouMean(r, cById.keySet())));
                    }
                }
            }
        }
        for (int i = 0; i < events.size(); i++) {
            String party = events.get(i).party();
            if (party != null && (byId.get(party) == null || byId.get(party).role() != Role.SANCTIONER)) {
                out.add(new Problem("events[" + i + "].party", (byId.get(party) == null ? "unknown party '" + party
                        + "'" + Suggestions.didYouMean(party, byId.keySet()) : "'" + party + "' is the "
                        + byId.get(party).role().label()) + ": an election is held by a sanctioner"));
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
        if (c instanceof io.github.bitforbit.terms.Aid) {
            return "aid";
        }
        return c instanceof SanctionTranche ? "sanction tranche" : "assurance";
    }

}
