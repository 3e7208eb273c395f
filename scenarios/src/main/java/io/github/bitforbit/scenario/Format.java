package io.github.bitforbit.scenario;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.engine.AgentTypes;
import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.model.BuiltInParameters;
import io.github.bitforbit.model.EventKind;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Negotiation;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.ProposalMode;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Field.Kind;
import io.github.bitforbit.terms.AssuranceKind;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.SnapbackMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scenario format as data: every mapping and key, with type, unit, range, default and
 * meaning. {@link ScenarioReader} reads by it, {@link ScenarioWriter} writes by it, and
 * {@link SchemaDocument} turns it into the JSON Schema and the field reference.
 * Defaults are taken from the core's own defaults where the core has them.
 */
final class Format {
    private Format() {
    }

    /** The core constant a word of the format names: {@code target-first} names {@code TARGET_FIRST}. */
    static <E extends Enum<E>> E constant(Class<E> type, String word) {
        return Enum.valueOf(type, word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static final String TARGET = "target";
    static final String SANCTIONER = "sanctioner";
    static final String PATRON = "patron";
    static final String PARTNER = "partner";
    static final List<String> ROLES = List.of(SANCTIONER, TARGET, PATRON, PARTNER);

    static final String DISARMAMENT = "disarmament";
    static final String TRANCHE = "tranche";
    static final String AID = "aid";
    /** The concession kinds: disarmament, tranche, aid, then one per assurance kind. */
    static final List<String> CONCESSION_KINDS;
    static final Set<String> ASSURANCE_KINDS;

    static {
        List<String> kinds = new ArrayList<>(List.of(DISARMAMENT, TRANCHE, AID));
        List<String> assurances = Arrays.stream(AssuranceKind.values()).map(AssuranceKind::label).toList();
        kinds.addAll(assurances);
        CONCESSION_KINDS = List.copyOf(kinds);
        ASSURANCE_KINDS = Set.copyOf(assurances);
    }

    /** The word for {@code DisarmamentStep.IRREVERSIBLE}. */
    static final String IRREVERSIBLE = "irreversible";
    /** Name of an inline rule set given without one. */
    static final String INLINE_RULE_SET = "custom";

    private static final String U_STEP = "utility/step";
    private static final String P = "probability";
    private static final String SHARE = "share";

    private static Field number(String name, String unit, Range r, double def, String text) {
        return Field.number(name, unit, r, def, text);
    }

    private static Set<String> only(String... v) {
        return Set.of(v);
    }

    private static List<Field> concat(List<Field> a, List<Field> b) {
        List<Field> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** The built-in roles, then those of the registered agent types. */
    static List<String> roles() {
        List<String> out = new ArrayList<>(ROLES);
        out.addAll(AgentTypes.roles());
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- parties

    static final ObjectSpec TYPES = new ObjectSpec("party.types",
            "The prior over the party's private type, drawn at the start of every run.", "", List.of(
            field(common("types.cooperative"), "cooperative")));

    static final ObjectSpec TRUST = new ObjectSpec("party.trust",
            "A principal's belief that the other principal is of the cooperative type.", "", List.of(
            field(common("trust.initial"), "initial"), field(common("trust.floor"), "floor")));


    static final ObjectSpec PARTY = new ObjectSpec("party",
            "A negotiating party. One or more sanctioners (several form a coalition, each giving its own concessions) and exactly one target (the principals); any number of patrons "
                    + "and partners. The keys after 'strategy' are the coefficients of its role.", "role", concat(List.of(
            Field.of("id", Kind.ID, null, "unique id, e.g. USA, DPRK; rules and paths refer to it").mandatory(),
            Field.choice("role", roles(), null,
                    "sanctioner and target negotiate; a patron (China) offsets sanctions and may veto restorations; "
                            + "a partner (South Korea) rewards relief").mandatory(),
            Field.object("types", Kind.OBJECT, TYPES, "prior over its private type"),
            Field.object("trust", Kind.OBJECT, TRUST, "initial trust and walk-out floor"),
            field(common("patience"), "patience"), field(common("discount"), "discount"),
            field(common("attention"), "attention"), field(common("lambda"), "lambda"),
            // the role's own coefficients follow, from the descriptors (BuiltInParameters, AgentTypes)
            new Field("strategy", Kind.STRATEGY, "", Range.ANY, "reciprocal", "", "how it accepts and performs: "
                    + String.join(", ", Strategies.names()) + "; a name, or {name: NAME, PARAMETER: value}",
                    Strategies.names(), null, null, false, false)), roleFields()));

    /** The fields of each role, generated from its parameter descriptors; a partner also names what it requires. */
    private static List<Field> roleFields() {
        List<Field> out = new ArrayList<>();
        for (Role role : List.of(Role.TARGET, Role.SANCTIONER, Role.PATRON, Role.PARTNER)) {
            for (ParameterSpec p : BuiltInParameters.of(role)) {
                out.add(field(p).only(only(role.label())));
                if (p.name().equals("inducement")) {
                    out.add(Field.of("requires", Kind.IDS, List.of(),
                            "ids of the tranches whose lifting it waits for ([]: any lifted tranche)").only(only(PARTNER)));
                }
            }
        }
        for (String role : AgentTypes.roles()) {
            for (ParameterSpec p : AgentTypes.find(role).orElseThrow().parameters()) {
                out.add(field(p).only(only(role)));
            }
        }
        return out;
    }

    private static ParameterSpec common(String name) {
        return BuiltInParameters.COMMON.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The file field of a descriptor: its range, default, unit and doc. */
    static Field field(ParameterSpec p) {
        return field(p, p.name());
    }

    /** The same, under the key {@code name} (a common parameter's leaf inside its mapping). */
    static Field field(ParameterSpec p, String name) {
        Range r = new Range(p.min(), p.minOpen(), p.max(), p.maxOpen(),
                p.min() == 0 && p.max() == 1 && !p.minOpen() && !p.maxOpen(), p.infinite());
        return p.whole() ? Field.integer(name, p.unit(), r, (int) p.defaultValue(), p.doc())
                : number(name, p.unit(), r, p.defaultValue(), p.doc());
    }

    // ---------------------------------------------------------------- concessions

    static final ObjectSpec CONCESSION = new ObjectSpec("concession",
            "One 'bit' a party can give: a disarmament step of the target, a sanction tranche, aid or an assurance of "
                    + "the sanctioner (kinds " + String.join(", ", ASSURANCE_KINDS.stream().sorted().toList()) + ").",
            "kind", List.of(
            Field.of("id", Kind.ID, null, "unique id, e.g. yongbyon, textiles; phases and rules refer to it").mandatory(),
            Field.choice("kind", CONCESSION_KINDS, null, "what it is").mandatory(),
            Field.of("owner", Kind.ID, null, "id of the party that gives it")
                    .shownAs("the target for a disarmament step, else the sanctioner"),
            number("deterrence", SHARE, Range.PROBABILITY, 0, "share of the target's capability it removes (0: a gesture)")
                    .only(only(DISARMAMENT)).mandatory(),
            new Field("reversibility", Kind.STEPS, "steps", Range.atLeast(1), null, IRREVERSIBLE,
                    "steps the target needs to undo it, or 'irreversible'", null, null, only(DISARMAMENT), false, false),
            number("verifiability", "probability/step", Range.PROBABILITY, 0,
                    "chance per step that cheating on it is detected and honest performance confirmed (0: never)")
                    .only(only(DISARMAMENT)).mandatory(),
            new Field("falseAlarm", Kind.NUMBER, "probability/inspection", Range.BELOW_ONE, null,
                    "the scenario's falseAlarm",
                    "chance that a conclusive inspection of it, honestly performed, reports cheating: the ambiguity "
                            + "of this term", null, null, only(DISARMAMENT), false, true),
            Field.of("continuing", Kind.BOOLEAN, null,
                    "whether, performed honestly, it is an obligation in force every step (a freeze, a moratorium) "
                            + "that the target can openly break by undoing it; false: a one-off step, done once. "
                            + "An irreversible step cannot be continuing")
                    .only(only(DISARMAMENT)).shownAs("true if reversible, false if irreversible"),
            number("weight", SHARE, Range.PROBABILITY, 0, "share of the full sanctions pain; all tranches sum to at most 1")
                    .only(only(TRANCHE)).mandatory(),
            number("value", "utility/step", Range.NON_NEGATIVE, 0,
                    "what it is worth to the target per step while delivered (not offset by leakage; the full "
                            + "sanctions pain is 1 by default)")
                    .only(only(AID)).mandatory(),
            Field.integer("duration", "steps", Range.atLeast(1), null,
                    "steps (months) of delivery it lasts, counted only while it is delivered (a suspension pauses "
                            + "the count); then it expires, delivered and done: no violation, nothing restored, no "
                            + "evidence")
                    .only(only(AID)).shownAs("none: until suspended"),
            Field.choice("snapback", List.of(labels(SnapbackMode.values())), SnapbackMode.AUTOMATIC.label(),
                    "how it can be restored (a tranche re-imposed, aid suspended) once given, with cause (after a "
                            + "violation or by a rule): automatic, by a vote a patron may veto, or not at all")
                    .only(only(TRANCHE, AID)),
            Field.choice("reimposable", List.of(labels(Reimposition.values())), null,
                    "how a wavering sanctioner can re-impose it (or suspend aid) without cause: freely, by a vote a "
                            + "patron may veto, or never")
                    .only(only(TRANCHE, AID)).shownAs("from snapback: automatic freely, vote vote, none never"),
            number("politicalCost", "utility/step", Range.NON_NEGATIVE, 0,
                    "the sanctioner's political cost per step while it is given")
                    .only(only(TRANCHE, AID)).shownAs("0.1 x its weight (a tranche) or value (aid)"),
            number("threatReduction", "", Range.NON_NEGATIVE, 0, "how much it lowers the target's threat perception")
                    .only(ASSURANCE_KINDS),
            number("painRelief", SHARE, Range.PROBABILITY, 0, "share of the full sanctions pain it removes")
                    .only(ASSURANCE_KINDS),
            number("politicalCost", "utility/step", Range.NON_NEGATIVE, 0,
                    "the sanctioner's political cost per step while it is given")
                    .only(ASSURANCE_KINDS)));

    // ---------------------------------------------------------------- events

    static final ObjectSpec EVENT = new ObjectSpec("event",
            "An exogenous event: scheduled (give 'at') or random (give 'hazard').", "", List.of(
            Field.choice("kind", List.of(labels(EventKind.values())), null,
                    "exercises raise threat perception by magnitude; election lowers the sanctioner's attention by "
                            + "magnitude; provocation makes patrons cut their leakage and, if random with an "
                            + "opportunistHazard, is evidence of the target's type (its magnitude is unused); summit moves "
                            + "both principals' attention magnitude of the way to 1 and restarts their patience (trust does "
                            + "not move); postponement loses the steps").mandatory(),
            Field.integer("at", "step", Range.atLeast(0), null, "step at which a scheduled event starts")
                    .shownAs("none (random)"),
            number("hazard", "probability/step", Range.PROBABILITY, 0, "chance per step that a random event starts "
                    + "(for a provocation with an opportunistHazard: a security-seeking target's)"),
            new Field("opportunistHazard", Kind.NUMBER, "probability/step", Range.PROBABILITY, null,
                    "the hazard (no type information)",
                    "a random provocation only: chance per step that an opportunist target provokes; the sanctioner "
                            + "then updates its belief by Bayes' rule on every step with or without one",
                    null, null, null, false, true),
            Field.integer("duration", "steps", Range.atLeast(1), 1, "steps it lasts once started"),
            number("magnitude", "", Range.NON_NEGATIVE, 0, "its strength (see kind)")
                    .shownAs("required, except for postponement and provocation (0)"),
            Field.of("party", Kind.ID, null, "an election only: id of the sanctioner that holds it (in a coalition, "
                    + "only that member's attention and reneging move)").shownAs("every sanctioner")));

    // ---------------------------------------------------------------- rule sets

    static final ObjectSpec NEGOTIATION = new ObjectSpec("ruleSet.negotiation",
            "Bounds within which a proposer builds phases when proposals are negotiated.", "", List.of(
            number("ratioLow", "value/value", Range.NON_NEGATIVE, Negotiation.DEFAULTS.ratioLow(),
                    "least value the sanctioner gives per unit of value received").fixed(),
            number("ratioHigh", "value/value", Range.NON_NEGATIVE, Negotiation.DEFAULTS.ratioHigh(),
                    "most value given per unit received (>= ratioLow)").fixed(),
            number("maxBit", SHARE, Range.ABOVE_ZERO_TO_ONE, Negotiation.DEFAULTS.maxBit(),
                    "largest share of deterrence the target gives in one phase").fixed(),
            Field.choice("order", List.of(labels(Order.values())), Negotiation.DEFAULTS.order().label(),
                    "order of the phases it builds"),
            Field.integer("deadline", "steps", Range.atLeast(1), Negotiation.DEFAULTS.deadline(),
                    "deadline of the phases it builds"),
            Field.of("verifyBeforeReward", Kind.BOOLEAN, Negotiation.DEFAULTS.verifyBeforeReward(),
                    "whether the phases it builds wait for verification")));

    static final ObjectSpec PHASE = new ObjectSpec("ruleSet.phase",
            "One phase of an agreement: what each principal gives, in which order, by when.", "", List.of(
            Field.of("name", Kind.ID, null, "unique within the rule set; offer(NAME) refers to it").mandatory(),
            Field.of("target", Kind.IDS, List.of(), "ids of the target's concessions in this phase"),
            Field.of("sanctioner", Kind.IDS, List.of(), "ids of the sanctioner's concessions in this phase"),
            Field.choice("order", List.of(labels(Order.values())), Order.TARGET_FIRST.label(), "who performs first"),
            Field.integer("deadline", "steps", Range.atLeast(1), Template.PAIR_DEADLINE,
                    "steps from acceptance by which it must be complete; then the party still owed walks out"),
            Field.of("verifyBeforeReward", Kind.BOOLEAN, true,
                    "whether the second mover waits until the first mover's steps are verified"),
            Field.of("unilateral", Kind.BOOLEAN, false,
                    "whether the first mover performs without waiting for acceptance (GRIT)"),
            Field.integer("notBefore", "step", Range.atLeast(0), 0,
                    "earliest step at which it may be offered or started, e.g. a transition day (0: at once)")));

    static final ObjectSpec RULE = new ObjectSpec("ruleSet.rule",
            "A trigger, written \"when CONDITION then ACTION\" or as the mapping below. Conditions: completed(X), "
                    + "verified(X), violated(X), detected(X), restored(S), step >= N, trust(A, B) < x. Actions: lift(S), "
                    + "restore(S), suspend, suspend(N), walk-out(P), offer(PHASE).", "", List.of(
            Field.of("when", Kind.TEXT, null, "the condition").mandatory(),
            Field.of("then", Kind.TEXT, null, "the action taken in each step the condition holds").mandatory()));

    static final ObjectSpec RULE_SET = new ObjectSpec("ruleSet",
            "An agreement design: a template applied to the scenario's concessions, or explicit phases, plus triggers. "
                    + "With 'template', the phases come from the template and the other keys default to its values.",
            "", List.of(
            Field.of("name", Kind.ID, null, "its name; the scenario's default design and the CLI refer to it")
                    .shownAs("required in ruleSets; '" + INLINE_RULE_SET + "' inline"),
            Field.choice("template", Template.names(), null, "build the phases with this template")
                    .shownAs("none"),
            Field.object("phases", Kind.OBJECTS, PHASE, "the phases, in the order they are offered"),
            new Field("rules", Kind.RULES, "", Range.ANY, List.of(), "", "triggers, checked in order every step",
                    null, RULE, null, false, false),
            Field.of("snapback", Kind.BOOLEAN, true,
                    "whether a detected violation restores the tranches of the phase it was part of")
                    .shownAs("true (template: its own)"),
            Field.choice("proposals", List.of(labels(ProposalMode.values())), ProposalMode.SCRIPTED.label(),
                    "scripted: the phases are fixed; negotiated: the proposer builds them within 'negotiation'"),
            Field.of("counterOffers", Kind.BOOLEAN, true, "whether a responder may counter with a smaller bit")
                    .shownAs("true (template: its own)"),
            Field.choice("firstProposer", List.of(SANCTIONER, TARGET), SANCTIONER, "the principal that offers first"),
            Field.object("negotiation", Kind.OBJECT, NEGOTIATION, "bounds of negotiated phases")));

    // ---------------------------------------------------------------- observed record

    static final ObjectSpec OBSERVED_DEPARTURE = new ObjectSpec("observed departure",
            "A member of a sanctioning coalition that left on its own, in the historical record.", "", List.of(
            Field.of("party", Kind.ID, null, "id of the sanctioning member that left").mandatory(),
            Field.integer("from", "month", Range.atLeast(0), 0, "first month of the window in which it left"),
            Field.integer("to", "month", Range.atLeast(0), null, "last month of the window").mandatory()));

    static final ObjectSpec OBSERVED = new ObjectSpec("observed",
            "What happened in the historical case, in the model's terms: how it ended, in which months, and who "
                    + "ended it and how. Read by check-history and calibrate as evidence; no run reads it.", "", List.of(
            Field.choice("outcome", List.of(labels(OutcomeKind.values())), null,
                    "how it ended: completed (every phase done), collapsed (a principal walked out) or stalled "
                            + "(unfinished at the horizon)").mandatory(),
            Field.integer("from", "month", Range.atLeast(0), 0,
                    "first month of the window in which it ended, counted from step 0 (a run ending in step s "
                            + "ended in month s)"),
            Field.integer("to", "month", Range.atLeast(0), null, "last month of the window (from..horizon)")
                    .shownAs("the horizon"),
            Field.of("endedBy", Kind.ID, null, "for a collapse: id of the party that walked out").shownAs("any"),
            Field.choice("cause", List.of(labels(CollapseCause.values())), null,
                    "for a collapse: why it walked out (trust, utility, rejected, provocation, violation, deadline as in "
                            + "docs/ODD.md 7.10)").shownAs("any"),
            Field.of("design", Kind.ID, ObservedRecord.DEFAULT_DESIGN,
                    "the design in force: a template or the name of one of ruleSets"),
            Field.object("left", Kind.OBJECTS, OBSERVED_DEPARTURE,
                    "for a coalition: the members that left on their own while the rest went on, each with its "
                            + "window of months; the members not listed stayed").shownAs("[]"),
            Field.of("judgements", Kind.TEXTS, List.of(), "every judgement made in reading history into these terms"),
            Field.of("sources", Kind.TEXTS, List.of(), "public sources of the record")));

    // ---------------------------------------------------------------- scenario

    static final ObjectSpec SCENARIO = new ObjectSpec("scenario", "A scenario file: the top level.", "", List.of(
            Field.of("name", Kind.ID, null, "short id, e.g. dprk-2018").shownAs("required (inherited with extends)"),
            Field.of("extends", Kind.TEXT, null,
                    "a built-in scenario name or a file (relative to this one) whose keys this file overrides")
                    .shownAs("none"),
            Field.of("title", Kind.TEXT, null, "one-line title").shownAs("the name"),
            Field.of("description", Kind.TEXT, "", "what it represents"),
            Field.integer("horizon", "steps (months)", Range.between(1, Scenario.MAX_HORIZON), 60,
                    "the longest a run lasts (at most " + Scenario.MAX_HORIZON + " steps, a century)"),
            number("falseAlarm", P, Range.BELOW_ONE, 0.005, "chance that one inspection of an honest step reports cheating (every performed step is inspected every step)"),
            Field.object("parties", Kind.OBJECTS, PARTY, "who takes part").mandatory(),
            Field.object("concessions", Kind.OBJECTS, CONCESSION, "everything any party can give").mandatory(),
            Field.object("events", Kind.OBJECTS, EVENT, "exogenous events").shownAs("[]"),
            new Field("ruleSet", Kind.DESIGN, "", Range.ANY, Template.BIT_FOR_BIT.name(), "",
                    "the design used unless another is asked for: a template (" + String.join(", ", Template.names())
                            + "), the name of one of ruleSets, or an inline rule set",
                    null, RULE_SET, null, false, false),
            Field.object("ruleSets", Kind.OBJECTS, RULE_SET, "the scenario's own named rule sets, e.g. historical")
                    .shownAs("[]"),
            Field.of("uncertain", Kind.UNCERTAIN, null,
                    "more uncertain parameters by path (e.g. parties.DPRK.trust.initial: {beta: [2, 5]}); usually "
                            + "written in place instead").shownAs("{}"),
            Field.of("sources", Kind.TEXTS, List.of(), "where the facts come from"),
            Field.of("assumptions", Kind.TEXTS, List.of(), "every judgement the scenario adds"),
            Field.object("observed", Kind.OBJECT, OBSERVED,
                    "the historical record of the case, for check-history and calibrate").shownAs("none")));

    /** Every mapping of the format, in the order of the docs. */
    static final List<ObjectSpec> ALL = List.of(SCENARIO, PARTY, TYPES, TRUST, CONCESSION, EVENT, RULE_SET, PHASE,
            RULE, NEGOTIATION, OBSERVED);

    /**
     * A distribution form: {@code {key: [parameters...]}}.
     *
     * @param key        the single key, e.g. {@code uniform}
     * @param parameters names of the list's numbers, in order
     * @param meaning    one line
     */
    record DistributionForm(String key, List<String> parameters, String meaning) {
    }

    /** The distributions any distributable number may be given as. */
    static final List<DistributionForm> DISTRIBUTIONS = List.of(
            new DistributionForm("uniform", List.of("low", "high"), "uniform on [low, high]"),
            new DistributionForm("beta", List.of("alpha", "beta"), "Beta(alpha, beta) on [0, 1]"),
            new DistributionForm("truncatedNormal", List.of("mean", "sd", "low", "high"),
                    "normal(mean, sd) truncated to [low, high]"),
            new DistributionForm("triangular", List.of("low", "mode", "high"), "triangular on [low, high] with mode"));

    private static String[] labels(Enum<?>[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        return out;
    }
}
