package io.github.bitforbit.model;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;

import java.util.List;

/**
 * Configures one {@link Party} inside {@link Scenario.Builder}. Every setter has the default of
 * MODEL.md; setting a coefficient that the party's role does not have is an error.
 */
public final class PartyBuilder {
    /** Default probability of the cooperative type. */
    public static final double DEFAULT_COOPERATIVE_PRIOR = 0.5;
    /** Default initial trust in the other principal. */
    public static final double DEFAULT_TRUST = 0.5;
    /** Default trust floor. */
    public static final double DEFAULT_TRUST_FLOOR = 0.02;
    /** Default patience, in steps. */
    public static final int DEFAULT_PATIENCE = 6;
    /** Default discount factor per step. */
    public static final double DEFAULT_DISCOUNT = 0.98;
    /** Default attention. */
    public static final double DEFAULT_ATTENTION = 0.9;

    private final String id;
    private final Role role;
    private double cooperativePrior = DEFAULT_COOPERATIVE_PRIOR;
    private double initialTrust = DEFAULT_TRUST;
    private double trustFloor = DEFAULT_TRUST_FLOOR;
    private int patience = DEFAULT_PATIENCE;
    private double discount = DEFAULT_DISCOUNT;
    private double attention = DEFAULT_ATTENTION;
    private Strategy strategy = Strategies.reciprocal();
    private RoleParameters.Target target = RoleParameters.Target.DEFAULTS;
    private RoleParameters.Sanctioner sanctioner = RoleParameters.Sanctioner.DEFAULTS;
    private RoleParameters.Patron patron = RoleParameters.Patron.DEFAULTS;
    private RoleParameters.Partner partner = RoleParameters.Partner.DEFAULTS;

    PartyBuilder(String id, Role role) {
        this.id = Validate.id("party.id", id);
        this.role = Validate.notNull("parties." + id + ".role", role);
    }

    private String field(String name) {
        return "parties." + id + "." + name;
    }

    private void require(Role r, String name) {
        if (role != r) {
            throw new IllegalArgumentException(field(name) + ": is a " + r.label() + " parameter, but " + id
                    + " is a " + role.label());
        }
    }

    /** Probability of the cooperative type ([0, 1]; default 0.5). */
    public PartyBuilder cooperativePrior(double p) {
        cooperativePrior = Validate.probability(field("types.cooperative"), p);
        return this;
    }

    /** Initial trust in the other principal ([0, 1]; default 0.5). */
    public PartyBuilder trust(double p) {
        initialTrust = Validate.probability(field("trust.initial"), p);
        return this;
    }

    /** Trust below which it walks out ([0, 1]; default 0.02). */
    public PartyBuilder trustFloor(double p) {
        trustFloor = Validate.probability(field("trust.floor"), p);
        return this;
    }

    /** Patience in steps (>= 1; default 6). */
    public PartyBuilder patience(int steps) {
        patience = Validate.atLeast(field("patience"), steps, 1);
        return this;
    }

    /** Discount factor per step ((0, 1]; default 0.98). */
    public PartyBuilder discount(double d) {
        discount = Validate.inRange(field("discount"), d, Double.MIN_VALUE, 1.0);
        return this;
    }

    /** Probability of acting in a step ([0, 1]; default 0.9). */
    public PartyBuilder attention(double p) {
        attention = Validate.probability(field("attention"), p);
        return this;
    }

    /** Its strategy (default reciprocal). */
    public PartyBuilder strategy(Strategy s) {
        strategy = Validate.notNull(field("strategy"), s);
        return this;
    }

    /** Replaces all target coefficients at once. */
    public PartyBuilder target(RoleParameters.Target t) {
        require(Role.TARGET, "parameters");
        target = Validate.notNull(field("parameters"), t);
        return this;
    }

    /** Replaces all sanctioner coefficients at once. */
    public PartyBuilder sanctioner(RoleParameters.Sanctioner s) {
        require(Role.SANCTIONER, "parameters");
        sanctioner = Validate.notNull(field("parameters"), s);
        return this;
    }

    /**
     * Sets one coefficient of this party's role by its name, e.g. {@code coefficient("hawkishness", 1.5)}
     * for a sanctioner (the names are the components of {@link RoleParameters}'s records).
     *
     * @throws IllegalArgumentException for a name the role does not have, or a bad value
     */
    public PartyBuilder coefficient(String name, double value) {
        RoleParameters current = current();
        boolean known = false;
        for (var c : current.getClass().getRecordComponents()) {
            known |= c.getName().equals(name) && c.getType() == double.class;
        }
        if (!known) {
            throw new IllegalArgumentException(field(name) + ": a " + role.label() + " has no such coefficient"
                    + Suggestions.didYouMean(name, ParameterPath.numericComponentNames(current)));
        }
        RoleParameters changed = wrap(name, () -> (RoleParameters) ParameterPath.with((Record) current, name, value));
        switch (role) {
            case TARGET -> target = (RoleParameters.Target) changed;
            case SANCTIONER -> sanctioner = (RoleParameters.Sanctioner) changed;
            case PATRON -> patron = (RoleParameters.Patron) changed;
            case PARTNER -> partner = (RoleParameters.Partner) changed;
        }
        return this;
    }

    private RoleParameters current() {
        return switch (role) {
            case TARGET -> target;
            case SANCTIONER -> sanctioner;
            case PATRON -> patron;
            case PARTNER -> partner;
        };
    }

    /** Target: value of the full deterrent per step, D (>= 0). */
    public PartyBuilder deterrenceValue(double v) {
        require(Role.TARGET, "deterrenceValue");
        return coefficient("deterrenceValue", v);
    }

    /** Target: curvature kappa (> 0). */
    public PartyBuilder kappa(double v) {
        require(Role.TARGET, "kappa");
        return coefficient("kappa", v);
    }

    /** Target: full sanctions pain per step, P (>= 0). */
    public PartyBuilder sanctionsPain(double v) {
        require(Role.TARGET, "sanctionsPain");
        return coefficient("sanctionsPain", v);
    }

    /** Target: outside option per step, tau. */
    public PartyBuilder targetOutsideOption(double v) {
        require(Role.TARGET, "outsideOption");
        return coefficient("outsideOption", v);
    }

    /** Sanctioner: per-step reneging hazard of the wavering type ([0, 1]). */
    public PartyBuilder renegeHazard(double v) {
        require(Role.SANCTIONER, "renegeHazard");
        return coefficient("renegeHazard", v);
    }

    /** Patron: leakage, leakage cut and veto probability ([0, 1] each). */
    public PartyBuilder patron(double leakage, double leakageCut, double vetoProbability) {
        require(Role.PATRON, "leakage");
        patron = wrap("leakage", () -> new RoleParameters.Patron(leakage, leakageCut, vetoProbability));
        return this;
    }

    /** Partner: inducement per step, the tranches it waits for, pressure. */
    public PartyBuilder partner(double inducement, List<String> requires, double pressure) {
        require(Role.PARTNER, "inducement");
        partner = wrap("inducement", () -> new RoleParameters.Partner(inducement, requires, pressure));
        return this;
    }

    private <T> T wrap(String name, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parties." + id + "." + e.getMessage(), e);
        }
    }

    Party build() {
        RoleParameters params = current();
        return new Party(id, role, cooperativePrior, initialTrust, trustFloor, patience, discount, attention, strategy,
                params);
    }
}
