package io.github.bitforbit.model;

import io.github.bitforbit.terms.Role;
import io.github.bitforbit.validation.Validate;

import java.util.List;

/**
 * The parameter descriptors of the four built-in agent types (docs/ODD.md section 9), one list per
 * role plus the parameters every party has: the single source of their names, units, ranges,
 * defaults and meanings for the file format, the JSON Schema, sweep and uncertain paths and the
 * ODD parameter table. {@link #get} and {@link #with} read and set a role's parameters by name,
 * without reflection.
 */
public final class BuiltInParameters {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final String U_STEP = "utility/step";
    private static final String P = "probability";
    private static final String SHARE = "share";

    private BuiltInParameters() {
    }

    private static ParameterSpec spec(String name, String unit, double min, boolean minOpen, double max,
                                      boolean maxOpen, double def, String doc) {
        return new ParameterSpec(name, unit, min, minOpen, max, maxOpen, def, false, doc);
    }

    private static ParameterSpec nonNegative(String name, String unit, double def, String doc) {
        return spec(name, unit, 0, false, INF, false, def, doc);
    }

    private static ParameterSpec positive(String name, String unit, double def, String doc) {
        return spec(name, unit, 0, true, INF, false, def, doc);
    }

    private static ParameterSpec probability(String name, String unit, double def, String doc) {
        return spec(name, unit, 0, false, 1, false, def, doc);
    }

    private static ParameterSpec belowOne(String name, double def, String doc) {
        return spec(name, SHARE, 0, false, 1, true, def, doc);
    }

    private static ParameterSpec any(String name, String unit, double def, String doc) {
        return spec(name, unit, Double.NEGATIVE_INFINITY, false, INF, false, def, doc);
    }

    /** What every party has, by path leaf ({@code parties.ID.types.cooperative}, ...). */
    public static final List<ParameterSpec> COMMON = List.of(
            probability("types.cooperative", P, PartyBuilder.DEFAULT_COOPERATIVE_PRIOR,
                    "probability that it is the cooperative type: a security-seeker (target) or committed (sanctioner)"),
            probability("trust.initial", P, PartyBuilder.DEFAULT_TRUST, "belief at step 0 (ignored for third parties)"),
            probability("trust.floor", P, PartyBuilder.DEFAULT_TRUST_FLOOR,
                    "it walks out when its trust falls below this"),
            new ParameterSpec("patience", "steps", 1, false, INF, false, PartyBuilder.DEFAULT_PATIENCE,
                    true, "steps in a row it tolerates continuing at a loss, or its offers being rejected, "
                    + "before it walks out"),
            spec("discount", "per step", 0, true, 1, false, PartyBuilder.DEFAULT_DISCOUNT,
                    "discount factor of future streams"),
            probability("attention", P, PartyBuilder.DEFAULT_ATTENTION, "probability that it acts at all in a step"),
            new ParameterSpec("lambda", "per utility unit", 0, false, INF, false, PartyBuilder.DEFAULT_LAMBDA, false,
                    "decision precision of its quantal-response choices (.inf: best response; ignored for third parties)",
                    true));

    /** The target's coefficients. */
    public static final List<ParameterSpec> TARGET = List.of(
            nonNegative("deterrenceValue", U_STEP, 0.5, "D, value of the full deterrent"),
            positive("kappa", "", 0.5, "curvature of security utility D*c^kappa; below 1 the last "
                    + "weapons are worth the most"),
            nonNegative("threatPerception", "", 1.0,
                    "theta, baseline threat perception; exercises raise it, assurances lower it"),
            nonNegative("sanctionsPain", U_STEP, 1.0, "P, pain of the full sanctions regime"),
            belowOne("temptation", 0.0, "Kydd's temptation: share of the gain it expects from holding back"),
            any("outsideOption", U_STEP, 0.0,
                    "tau, value of walking out and returning to provocative testing"),
            positive("cheatNoise", "", 0.25,
                    "relative noise of an opportunist's cheating decision at the best response (lambda .inf only)"),
            probability("initialCapability", SHARE, 1.0,
                    "share of its deterrent in place at step 0 (steps taken before the scenario starts lower it)"),
            nonNegative("opportunistPremium", SHARE, 0.5,
                    "extra value an opportunist puts on its deterrent: its security value is D (1 + this); "
                    + "what makes its choices differ from a security-seeker's"),
            probability("correlation", "", 0.5,
                    "facing a sanctioning coalition: how far one member's conduct is evidence about the others "
                    + "(the others' likelihoods are raised to this power; 0 independent, 1 one type for the side)"));

    /** The sanctioner's coefficients. */
    public static final List<ParameterSpec> SANCTIONER = List.of(
            nonNegative("threatCost", U_STEP, 1.0, "T, cost of facing capability c, as T*c"),
            nonNegative("hawkishness", "", 1.0,
                    "how much low trust raises the political cost of relief: cost x (1 + h (1 - trust))"),
            probability("snapbackRelief", SHARE, 0.5,
                    "share of a tranche's political cost that a reliable snapback takes away (critics object less "
                            + "to relief that comes back by itself; the cost saved against a caught cheat is separate)"),
            belowOne("temptation", 0.0, "Kydd's temptation"),
            any("outsideOption", U_STEP, 0.0, "value of walking out to maximum pressure"),
            probability("renegeHazard", "probability/step", 0.03,
                    "chance per step that a wavering sanctioner re-imposes a lifted tranche without cause"),
            probability("committedRenegeHazard", "probability/step", 0.002,
                    "the same for a committed sanctioner (kept above 0)"),
            spec("electionRenegeFactor", "", 1, false, 1.0e6, false, 3.0,
                    "multiplier of the reneging hazard while an election runs"),
            nonNegative("waverCost", SHARE, 0.5,
                    "extra political cost a wavering sanctioner feels: its cost of relief is the committed one x (1 + this)"),
            nonNegative("assumedFalseAlarmFactor", "", 1.0,
                    "the false-alarm rate its inspection updates assume, as a multiple of each step's true rate "
                    + "(1: correctly specified; below 1, honest conduct slowly looks suspicious)"));

    /** A patron's coefficients. */
    public static final List<ParameterSpec> PATRON = List.of(
            probability("leakage", SHARE, 0.3, "share of sanctions pain it offsets"),
            probability("leakageCut", SHARE, 0.3,
                    "share of its leakage withdrawn after each provocation or walk-out by the target"),
            probability("vetoProbability", P, 0.5,
                    "chance that it vetoes a restoration that needs a vote"));

    /** A partner's numeric coefficients (it also names the tranches it {@code requires}). */
    public static final List<ParameterSpec> PARTNER = List.of(
            nonNegative("inducement", U_STEP, 0.2,
                    "value it delivers to the target once the tranches in 'requires' are lifted"),
            belowOne("pressure", 0.2, "share by which it lowers the sanctioner's political cost of relief"));

    /** The default of {@code name} in {@code specs}. */
    static double defaultOf(List<ParameterSpec> specs, String name) {
        return find(specs, name).defaultValue();
    }

    private static ParameterSpec find(List<ParameterSpec> specs, String name) {
        for (ParameterSpec s : specs) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no parameter '" + name + "'");
    }

    /**
     * Requires {@code value} of parameter {@code name} in its descriptor's range: the one check
     * of every built-in coefficient (the records' constructors call it).
     *
     * @throws IllegalArgumentException "name: value ..." saying what the range is
     */
    static double require(List<ParameterSpec> specs, String name, double value) {
        return require(specs, "", name, value);
    }

    /** {@link #require(List, String, double)} with the message's field name prefixed by {@code at}. */
    static double require(List<ParameterSpec> specs, String at, String name, double value) {
        ParameterSpec s = find(specs, name);
        if (!s.allows(value)) {
            throw new IllegalArgumentException(at + name + ": " + violation(s, value));
        }
        return value;
    }

    /** The words for a value outside a descriptor's range, as {@link Validate} words them. */
    static String violation(ParameterSpec s, double value) {
        if (s.min() == 0 && s.max() == 1 && !s.minOpen() && !s.maxOpen()) {
            return value + " is not a probability (0..1)";
        }
        if (Double.isInfinite(s.max())) {
            return value + " must be a finite number" + (Double.isInfinite(s.min()) ? ""
                    : (s.minOpen() ? " > " : " >= ") + ParameterSpec.text(s.min()));
        }
        return value + " is outside " + s.range();
    }

    /**
     * The role-specific parameters of a role.
     *
     * @param role a built-in role
     * @return its descriptors: {@link #TARGET}, {@link #SANCTIONER}, {@link #PATRON} or {@link #PARTNER}
     */
    public static List<ParameterSpec> of(Role role) {
        return switch (role) {
            case TARGET -> TARGET;
            case SANCTIONER -> SANCTIONER;
            case PATRON -> PATRON;
            case PARTNER -> PARTNER;
        };
    }

    /**
     * The value of a role parameter.
     *
     * @param p    a party's role coefficients
     * @param name the parameter's name, e.g. {@code "hawkishness"}
     * @return its value, in the unit of its descriptor
     * @throws IllegalArgumentException if the role has no parameter of that name
     */
    public static double get(RoleParameters p, String name) {
        if (p instanceof RoleParameters.Target t) {
            return switch (name) {
                case "deterrenceValue" -> t.deterrenceValue();
                case "kappa" -> t.kappa();
                case "threatPerception" -> t.threatPerception();
                case "sanctionsPain" -> t.sanctionsPain();
                case "temptation" -> t.temptation();
                case "outsideOption" -> t.outsideOption();
                case "cheatNoise" -> t.cheatNoise();
                case "initialCapability" -> t.initialCapability();
                case "opportunistPremium" -> t.opportunistPremium();
                case "correlation" -> t.correlation();
                default -> throw unknown(p, name);
            };
        }
        if (p instanceof RoleParameters.Sanctioner s) {
            return switch (name) {
                case "threatCost" -> s.threatCost();
                case "hawkishness" -> s.hawkishness();
                case "snapbackRelief" -> s.snapbackRelief();
                case "temptation" -> s.temptation();
                case "outsideOption" -> s.outsideOption();
                case "renegeHazard" -> s.renegeHazard();
                case "committedRenegeHazard" -> s.committedRenegeHazard();
                case "electionRenegeFactor" -> s.electionRenegeFactor();
                case "waverCost" -> s.waverCost();
                case "assumedFalseAlarmFactor" -> s.assumedFalseAlarmFactor();
                default -> throw unknown(p, name);
            };
        }
        if (p instanceof RoleParameters.Patron pa) {
            return switch (name) {
                case "leakage" -> pa.leakage();
                case "leakageCut" -> pa.leakageCut();
                case "vetoProbability" -> pa.vetoProbability();
                default -> throw unknown(p, name);
            };
        }
        RoleParameters.Partner pn = (RoleParameters.Partner) p;
        return switch (name) {
            case "inducement" -> pn.inducement();
            case "pressure" -> pn.pressure();
            default -> throw unknown(p, name);
        };
    }

    /**
     * A copy of a role's coefficients with one of them set.
     *
     * @param p    a party's role coefficients
     * @param name the parameter's name
     * @param v    its new value, in its descriptor's range
     * @return the copy
     * @throws IllegalArgumentException if the role has no such parameter or the value is out of range
     */
    public static RoleParameters with(RoleParameters p, String name, double v) {
        if (of(p.role()).stream().noneMatch(spec -> spec.name().equals(name))) {
            throw unknown(p, name);
        }
        if (p instanceof RoleParameters.Target t) {
            return new RoleParameters.Target(
                    name.equals("deterrenceValue") ? v : t.deterrenceValue(), name.equals("kappa") ? v : t.kappa(),
                    name.equals("threatPerception") ? v : t.threatPerception(),
                    name.equals("sanctionsPain") ? v : t.sanctionsPain(),
                    name.equals("temptation") ? v : t.temptation(),
                    name.equals("outsideOption") ? v : t.outsideOption(),
                    name.equals("cheatNoise") ? v : t.cheatNoise(),
                    name.equals("initialCapability") ? v : t.initialCapability(),
                    name.equals("opportunistPremium") ? v : t.opportunistPremium(),
                    name.equals("correlation") ? v : t.correlation());
        }
        if (p instanceof RoleParameters.Sanctioner s) {
            return new RoleParameters.Sanctioner(
                    name.equals("threatCost") ? v : s.threatCost(), name.equals("hawkishness") ? v : s.hawkishness(),
                    name.equals("snapbackRelief") ? v : s.snapbackRelief(),
                    name.equals("temptation") ? v : s.temptation(),
                    name.equals("outsideOption") ? v : s.outsideOption(),
                    name.equals("renegeHazard") ? v : s.renegeHazard(),
                    name.equals("committedRenegeHazard") ? v : s.committedRenegeHazard(),
                    name.equals("electionRenegeFactor") ? v : s.electionRenegeFactor(),
                    name.equals("waverCost") ? v : s.waverCost(),
                    name.equals("assumedFalseAlarmFactor") ? v : s.assumedFalseAlarmFactor());
        }
        if (p instanceof RoleParameters.Patron pa) {
            return new RoleParameters.Patron(name.equals("leakage") ? v : pa.leakage(),
                    name.equals("leakageCut") ? v : pa.leakageCut(),
                    name.equals("vetoProbability") ? v : pa.vetoProbability());
        }
        RoleParameters.Partner pn = (RoleParameters.Partner) p;
        return new RoleParameters.Partner(name.equals("inducement") ? v : pn.inducement(), pn.requires(),
                name.equals("pressure") ? v : pn.pressure());
    }

    /**
     * The value of a parameter every party has.
     *
     * @param p    a party
     * @param leaf the parameter's name in {@link #COMMON}, e.g. {@code "trust.initial"}
     * @return its value (patience as a whole number of steps)
     * @throws IllegalArgumentException if there is no such common parameter
     */
    public static double get(Party p, String leaf) {
        return switch (leaf) {
            case "types.cooperative" -> p.cooperativePrior();
            case "trust.initial" -> p.initialTrust();
            case "trust.floor" -> p.trustFloor();
            case "patience" -> p.patience();
            case "discount" -> p.discount();
            case "attention" -> p.attention();
            case "lambda" -> p.lambda();
            default -> throw new IllegalArgumentException("parties." + p.id() + ": no parameter '" + leaf + "'");
        };
    }

    /**
     * A copy of a party with one of its common parameters set.
     *
     * @param p    a party
     * @param leaf the parameter's name in {@link #COMMON}
     * @param v    its new value, in its descriptor's range (patience is cast to a whole number)
     * @return the copy
     * @throws IllegalArgumentException if there is no such parameter or the value is out of range
     */
    public static Party with(Party p, String leaf, double v) {
        get(p, leaf);
        return new Party(p.id(), p.role(), leaf.equals("types.cooperative") ? v : p.cooperativePrior(),
                leaf.equals("trust.initial") ? v : p.initialTrust(), leaf.equals("trust.floor") ? v : p.trustFloor(),
                leaf.equals("patience") ? (int) v : p.patience(), leaf.equals("discount") ? v : p.discount(),
                leaf.equals("attention") ? v : p.attention(), leaf.equals("lambda") ? v : p.lambda(), p.strategy(),
                p.parameters());
    }

    private static IllegalArgumentException unknown(RoleParameters p, String name) {
        return new IllegalArgumentException("a " + p.role().label() + " has no parameter '" + name + "'");
    }
}
