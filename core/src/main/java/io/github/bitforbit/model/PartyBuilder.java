package io.github.bitforbit.model;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.validation.Suggestions;
import io.github.bitforbit.validation.Validate;

import java.util.List;

/**
 * Configures one {@link Party} inside {@link ScenarioBuilder}. A value not set keeps its default
 * (the parameter table of docs/ODD.md section 9); setting a coefficient that the party's role does
 * not have is an error. Every setter checks its value at once and names the parameter's path
 * ({@code parties.ID.NAME}) when it is out of range.
 */
public final class PartyBuilder {
    /** Default probability that a party is of the cooperative type (security-seeker, committed): 0.5. */
    public static final double DEFAULT_COOPERATIVE_PRIOR = 0.5;
    /** Default initial trust, a principal's belief at step 0 that the other is cooperative: 0.5. */
    public static final double DEFAULT_TRUST = 0.5;
    /** Default trust floor, the trust below which a principal walks out: 0.02. */
    public static final double DEFAULT_TRUST_FLOOR = 0.02;
    /** Default patience: 6 steps of loss, or 6 rejected offers, before a principal walks out. */
    public static final int DEFAULT_PATIENCE = 6;
    /** Default discount factor of future utility, per step (month): 0.98. */
    public static final double DEFAULT_DISCOUNT = 0.98;
    /** Default attention, the probability that a party acts at all in a step: 0.9. */
    public static final double DEFAULT_ATTENTION = 0.9;
    /**
     * Default decision precision of a principal's quantal-response choices: 1 per utility unit
     * (docs/ODD.md section 7.9); {@link io.github.bitforbit.agents.QuantalResponse#BEST_RESPONSE}
     * is the deterministic best response of model version 1.
     */
    public static final double DEFAULT_LAMBDA = 1.0;

    private final String id;
    private final Role role;
    private double cooperativePrior = DEFAULT_COOPERATIVE_PRIOR;
    private double initialTrust = DEFAULT_TRUST;
    private double trustFloor = DEFAULT_TRUST_FLOOR;
    private int patience = DEFAULT_PATIENCE;
    private double discount = DEFAULT_DISCOUNT;
    private double attention = DEFAULT_ATTENTION;
    private double lambda = DEFAULT_LAMBDA;
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

    /**
     * Probability of the cooperative type ([0, 1]; default 0.5).
     *
     * @param p probability that it is a security-seeker (target) or committed (sanctioner) in a run, 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the value is out of range
     */
    public PartyBuilder cooperativePrior(double p) {
        cooperativePrior = Validate.probability(field("types.cooperative"), p);
        return this;
    }

    /**
     * Initial trust in the other principal ([0, 1]; default 0.5).
     *
     * @param p its belief at step 0 that the other principal is cooperative, 0 to 1 (ignored for
     *          third parties)
     * @return this builder
     * @throws IllegalArgumentException if the value is out of range
     */
    public PartyBuilder trust(double p) {
        initialTrust = Validate.probability(field("trust.initial"), p);
        return this;
    }

    /**
     * Trust below which it walks out ([0, 1]; default 0.02).
     *
     * @param p a probability, 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the value is out of range
     */
    public PartyBuilder trustFloor(double p) {
        trustFloor = Validate.probability(field("trust.floor"), p);
        return this;
    }

    /**
     * Patience in steps (>= 1; default 6).
     *
     * @param steps steps in a row it tolerates continuing at a loss, and offers of its own it
     *              tolerates being rejected (&gt;= 1)
     * @return this builder
     * @throws IllegalArgumentException if the value is out of range
     */
    public PartyBuilder patience(int steps) {
        patience = Validate.atLeast(field("patience"), steps, 1);
        return this;
    }

    /**
     * Discount factor per step ((0, 1]; default 0.98).
     *
     * @param d weight of utility one step (month) later, in (0, 1]; 1 does not discount
     * @return this builder
     * @throws IllegalArgumentException if the value is out of range
     */
    public PartyBuilder discount(double d) {
        discount = Validate.inRange(field("discount"), d, Double.MIN_VALUE, 1.0);
        return this;
    }

    /**
     * Probability of acting in a step ([0, 1]; default 0.9).
     *
     * @param p probability per step that it acts at all (proposes, answers, performs), 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the value is out of range
     */
    public PartyBuilder attention(double p) {
        attention = Validate.probability(field("attention"), p);
        return this;
    }

    /**
     * Decision precision of a principal's quantal-response choices (&gt;= 0 per utility unit, or
     * infinity for the best response; default 1; docs/ODD.md section 7.9).
     *
     * @param precision {@code lambda}: 0 chooses at random,
     *                  {@link io.github.bitforbit.agents.QuantalResponse#BEST_RESPONSE} for certain
     * @return this builder
     * @throws IllegalArgumentException if it is negative or NaN
     */
    public PartyBuilder lambda(double precision) {
        BuiltInParameters.require(BuiltInParameters.COMMON, "parties." + id + ".", "lambda", precision);
        lambda = precision;
        return this;
    }

    /**
     * Its strategy (default reciprocal).
     *
     * @param s how it offers, answers and performs; see {@link Strategies}
     * @return this builder
     */
    public PartyBuilder strategy(Strategy s) {
        strategy = Validate.notNull(field("strategy"), s);
        return this;
    }

    /**
     * Replaces all target coefficients at once.
     *
     * @param t the target's utility coefficients
     * @return this builder
     * @throws IllegalArgumentException if this party is not the target
     */
    public PartyBuilder target(RoleParameters.Target t) {
        require(Role.TARGET, "parameters");
        target = Validate.notNull(field("parameters"), t);
        return this;
    }

    /**
     * Replaces all sanctioner coefficients at once.
     *
     * @param s the sanctioner's cost and hazard coefficients
     * @return this builder
     * @throws IllegalArgumentException if this party is not the sanctioner
     */
    public PartyBuilder sanctioner(RoleParameters.Sanctioner s) {
        require(Role.SANCTIONER, "parameters");
        sanctioner = Validate.notNull(field("parameters"), s);
        return this;
    }

    /**
     * Sets one coefficient of this party's role by its name, e.g. {@code coefficient("hawkishness", 1.5)}
     * for a sanctioner (the names are the components of {@link RoleParameters}'s records).
     *
     * @param name  the coefficient, e.g. {@code "kappa"}; its unit and range are in
     *              {@link BuiltInParameters}
     * @param value its value
     * @return this builder
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

    /**
     * Target: value of the full deterrent per step, D (>= 0).
     *
     * @param v D, in utility units per step (&gt;= 0; default 0.5)
     * @return this builder
     * @throws IllegalArgumentException if this party is not of that role, or the value is out of range
     */
    public PartyBuilder deterrenceValue(double v) {
        require(Role.TARGET, "deterrenceValue");
        return coefficient("deterrenceValue", v);
    }

    /**
     * Target: curvature kappa (> 0).
     *
     * @param v exponent of security utility {@code D c^kappa} (&gt; 0; default 0.5; below 1 the
     *          last weapons are worth the most)
     * @return this builder
     * @throws IllegalArgumentException if this party is not of that role, or the value is out of range
     */
    public PartyBuilder kappa(double v) {
        require(Role.TARGET, "kappa");
        return coefficient("kappa", v);
    }

    /**
     * Target: full sanctions pain per step, P (>= 0).
     *
     * @param v P, in utility units per step (&gt;= 0; default 1)
     * @return this builder
     * @throws IllegalArgumentException if this party is not of that role, or the value is out of range
     */
    public PartyBuilder sanctionsPain(double v) {
        require(Role.TARGET, "sanctionsPain");
        return coefficient("sanctionsPain", v);
    }

    /**
     * Target: outside option per step, tau.
     *
     * @param v tau, the value of walking out and returning to provocative testing, in utility units
     *          per step (any finite number; default 0)
     * @return this builder
     * @throws IllegalArgumentException if this party is not of that role, or the value is out of range
     */
    public PartyBuilder targetOutsideOption(double v) {
        require(Role.TARGET, "outsideOption");
        return coefficient("outsideOption", v);
    }

    /**
     * Sanctioner: per-step reneging hazard of the wavering type ([0, 1]).
     *
     * @param v probability per step that a wavering sanctioner re-imposes a lifted tranche without
     *          cause, 0 to 1 (default 0.03)
     * @return this builder
     * @throws IllegalArgumentException if this party is not of that role, or the value is out of range
     */
    public PartyBuilder renegeHazard(double v) {
        require(Role.SANCTIONER, "renegeHazard");
        return coefficient("renegeHazard", v);
    }

    /**
     * Patron: all of its coefficients at once.
     *
     * @param leakage         share of the target's sanctions pain it offsets, 0 to 1 (default 0.3)
     * @param leakageCut      share of its leakage it withdraws after each provocation or walk-out by
     *                        the target, 0 to 1 (default 0.3)
     * @param vetoProbability probability that it vetoes a restoration that needs a vote, 0 to 1
     *                        (default 0.5)
     * @return this builder
     * @throws IllegalArgumentException if this party is not a patron, or a value is out of range
     */
    public PartyBuilder patron(double leakage, double leakageCut, double vetoProbability) {
        require(Role.PATRON, "leakage");
        patron = wrap("leakage", () -> new RoleParameters.Patron(leakage, leakageCut, vetoProbability));
        return this;
    }

    /**
     * Partner: all of its coefficients at once.
     *
     * @param inducement value it delivers to the target once the tranches it waits for are lifted,
     *                   in utility units per step (&gt;= 0; default 0.2)
     * @param requires   ids of the sanction tranches whose lifting it waits for (empty: any lifted
     *                   tranche will do)
     * @param pressure   share by which it lowers the sanctioner's political cost of relief, in
     *                   [0, 1) (default 0.2)
     * @return this builder
     * @throws IllegalArgumentException if this party is not a partner, or a value is out of range
     */
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
        return new Party(id, role, cooperativePrior, initialTrust, trustFloor, patience, discount, attention, lambda,
                strategy, params);
    }
}
