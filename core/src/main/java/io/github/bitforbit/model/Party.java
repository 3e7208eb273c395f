package io.github.bitforbit.model;

import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.validation.Validate;

/**
 * A negotiating party of one of the four built-in roles (an agent; docs/ODD.md section 2). This
 * is the party's specification; its state during a run (type, trust, patience left) lives in the
 * simulation.
 *
 * @param id               unique id, e.g. {@code "DPRK"}
 * @param role             its role
 * @param cooperativePrior probability that it is of the cooperative type in a run
 *                         (security-seeker for a target, committed for a sanctioner; [0, 1])
 * @param initialTrust     a principal's initial belief that the other principal is of the
 *                         cooperative type ([0, 1]); ignored for third parties
 * @param trustFloor       a principal walks out when its trust falls below this ([0, 1])
 * @param patience         steps in a row it tolerates continuing at a loss, and offers of its own
 *                         it tolerates being rejected, before it walks out (>= 1)
 * @param discount         per-step discount factor for future streams ((0, 1])
 * @param attention        probability that it acts at all in a step ([0, 1])
 * @param lambda           a principal's decision precision: its choices are quantal responses
 *                         with this precision per utility unit (&gt;= 0; infinity is the best
 *                         response; default 1; docs/ODD.md section 7.9); ignored for third parties
 * @param strategy         how it accepts and performs (principals; third parties ignore it)
 * @param parameters       the coefficients of its role; {@code parameters.role()} must equal
 *                         {@code role}
 */
public record Party(String id, Role role, double cooperativePrior, double initialTrust, double trustFloor,
                    int patience, double discount, double attention, double lambda, Strategy strategy,
                    RoleParameters parameters) {

    /**
     * Checks every component against its descriptor in {@link BuiltInParameters#COMMON}.
     *
     * @param id               unique id: printable text on one line
     * @param role             its role
     * @param cooperativePrior probability of the cooperative type, 0 to 1
     * @param initialTrust     initial belief in the other principal, 0 to 1
     * @param trustFloor       trust below which it walks out, 0 to 1
     * @param patience         steps (&gt;= 1)
     * @param discount         discount factor per step, in (0, 1]
     * @param attention        probability of acting in a step, 0 to 1
     * @param lambda           decision precision, &gt;= 0 or infinity
     * @param strategy         its strategy (not null)
     * @param parameters       the coefficients of its role, of the same role
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public Party {
        Validate.id("party.id", id);
        String at = "parties." + id + ".";
        Validate.notNull(at + "role", role);
        BuiltInParameters.require(BuiltInParameters.COMMON, at, "types.cooperative", cooperativePrior);
        BuiltInParameters.require(BuiltInParameters.COMMON, at, "trust.initial", initialTrust);
        BuiltInParameters.require(BuiltInParameters.COMMON, at, "trust.floor", trustFloor);
        Validate.atLeast(at + "patience", patience, 1);
        BuiltInParameters.require(BuiltInParameters.COMMON, at, "discount", discount);
        BuiltInParameters.require(BuiltInParameters.COMMON, at, "attention", attention);
        BuiltInParameters.require(BuiltInParameters.COMMON, at, "lambda", lambda);
        Validate.notNull(at + "strategy", strategy);
        Validate.notNull(at + "parameters", parameters);
        if (parameters.role() != role) {
            throw new IllegalArgumentException(at + "parameters: " + parameters.role().label()
                    + " parameters given to a " + role.label());
        }
    }

    /**
     * A party whose decision precision is the default, {@link PartyBuilder#DEFAULT_LAMBDA} (the
     * constructor of versions before {@code lambda}).
     *
     * @param id               unique id
     * @param role             its role
     * @param cooperativePrior probability of the cooperative type, 0 to 1
     * @param initialTrust     initial belief in the other principal, 0 to 1
     * @param trustFloor       trust below which it walks out, 0 to 1
     * @param patience         steps (&gt;= 1)
     * @param discount         discount factor per step, in (0, 1]
     * @param attention        probability of acting in a step, 0 to 1
     * @param strategy         its strategy (not null)
     * @param parameters       the coefficients of its role, of the same role
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public Party(String id, Role role, double cooperativePrior, double initialTrust, double trustFloor,
                 int patience, double discount, double attention, Strategy strategy, RoleParameters parameters) {
        this(id, role, cooperativePrior, initialTrust, trustFloor, patience, discount, attention,
                PartyBuilder.DEFAULT_LAMBDA, strategy, parameters);
    }

    /**
     * The target's coefficients.
     *
     * @return {@link #parameters()} as the target's record
     * @throws ClassCastException if this party is not the target
     */
    public RoleParameters.Target target() {
        return (RoleParameters.Target) parameters;
    }

    /**
     * The sanctioner's coefficients.
     *
     * @return {@link #parameters()} as the sanctioner's record
     * @throws ClassCastException if this party is not the sanctioner
     */
    public RoleParameters.Sanctioner sanctioner() {
        return (RoleParameters.Sanctioner) parameters;
    }
}
