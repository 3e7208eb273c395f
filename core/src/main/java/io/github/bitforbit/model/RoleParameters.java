package io.github.bitforbit.model;

import io.github.bitforbit.terms.Role;
import io.github.bitforbit.validation.Validate;

import java.util.List;

import static io.github.bitforbit.model.BuiltInParameters.PARTNER;
import static io.github.bitforbit.model.BuiltInParameters.PATRON;
import static io.github.bitforbit.model.BuiltInParameters.SANCTIONER;
import static io.github.bitforbit.model.BuiltInParameters.TARGET;
import static io.github.bitforbit.model.BuiltInParameters.defaultOf;
import static io.github.bitforbit.model.BuiltInParameters.require;

/**
 * The coefficients that only one role has (docs/ODD.md sections 7.1 and 9). Each party carries the
 * record of its own role. Utilities are in utility units per step (month); every record checks its
 * values against the descriptors of {@link BuiltInParameters}, which also hold the defaults.
 */
public sealed interface RoleParameters {

    /**
     * The role these parameters belong to.
     *
     * @return the role of the record's kind: a {@link Target} belongs to {@link Role#TARGET}, and so on
     */
    Role role();

    /**
     * The target's security and sanctions utilities.
     *
     * <p>Security utility per step is {@code threatPerception * deterrenceValue * c^kappa} for
     * capability {@code c}; sanctions pain per step is
     * {@code sanctionsPain * (sum of weights in force) * (1 - leakage)}.
     *
     * @param deterrenceValue   D, value per step of a full deterrent (utility/step, >= 0; default 0.5)
     * @param kappa             curvature of security utility (> 0; below 1 the last weapons are
     *                          worth the most; default 0.5)
     * @param threatPerception  theta, baseline threat perception (>= 0; default 1); exercises
     *                          raise it, assurances lower it
     * @param sanctionsPain     P, pain per step of the full sanctions regime (utility/step, >= 0;
     *                          default 1)
     * @param temptation        a, Kydd's temptation: share of the mutual gain the target expects
     *                          from holding back while the other side delivers ([0, 1); default 0)
     * @param outsideOption     tau, value per step of walking out and returning to provocative
     *                          testing (utility/step, any finite number; default 0)
     * @param cheatNoise        sigma, relative noise of an opportunist's cheating decision when the
     *                          target best-responds ({@code lambda = .inf}; otherwise its
     *                          precision decides) (> 0; default 0.25); smaller is closer to a
     *                          strict utility comparison
     * @param initialCapability share of the deterrent in place at step 0 ([0, 1]; default 1)
     * @param opportunistPremium extra value an opportunist puts on its deterrent: its security
     *                          utility uses {@code D * (1 + opportunistPremium)} (share, >= 0;
     *                          default 0.5; MODEL.md's opportunist "temptation"); what makes the
     *                          two types choose differently, so that their choices are evidence
     * @param correlation       facing a sanctioning coalition, how far evidence about one member
     *                          moves its beliefs about the others: their likelihoods are raised to
     *                          this power ([0, 1]; default 0.5; docs/ODD.md 7.11); unread otherwise
     */
    record Target(double deterrenceValue, double kappa, double threatPerception, double sanctionsPain,
                  double temptation, double outsideOption, double cheatNoise, double initialCapability,
                  double opportunistPremium, double correlation)
            implements RoleParameters {
        /** Every coefficient at its default (the table of docs/ODD.md section 9). */
        public static final Target DEFAULTS = new Target(defaultOf(TARGET, "deterrenceValue"), defaultOf(TARGET, "kappa"),
                defaultOf(TARGET, "threatPerception"), defaultOf(TARGET, "sanctionsPain"), defaultOf(TARGET, "temptation"),
                defaultOf(TARGET, "outsideOption"), defaultOf(TARGET, "cheatNoise"), defaultOf(TARGET, "initialCapability"),
                defaultOf(TARGET, "opportunistPremium"), defaultOf(TARGET, "correlation"));

        /**
         * Checks every coefficient against its descriptor in {@link BuiltInParameters#TARGET}.
         *
         * @param deterrenceValue   D, utility units per step (&gt;= 0)
         * @param kappa             curvature (&gt; 0)
         * @param threatPerception  theta (&gt;= 0)
         * @param sanctionsPain     P, utility units per step (&gt;= 0)
         * @param temptation        a, a share in [0, 1)
         * @param outsideOption     tau, utility units per step (finite)
         * @param cheatNoise        sigma (&gt; 0)
         * @param initialCapability a share, 0 to 1
         * @param opportunistPremium a share, &gt;= 0
         * @param correlation       a share, 0 to 1
         * @throws IllegalArgumentException naming the coefficient and its range, for the first bad one
         */
        public Target {
            require(TARGET, "deterrenceValue", deterrenceValue);
            require(TARGET, "kappa", kappa);
            require(TARGET, "threatPerception", threatPerception);
            require(TARGET, "sanctionsPain", sanctionsPain);
            require(TARGET, "temptation", temptation);
            require(TARGET, "outsideOption", outsideOption);
            require(TARGET, "cheatNoise", cheatNoise);
            require(TARGET, "initialCapability", initialCapability);
            require(TARGET, "opportunistPremium", opportunistPremium);
            require(TARGET, "correlation", correlation);
        }

        /**
         * The coefficients of a target that faces a side of one principal, for which {@code
         * correlation} means nothing: it takes its default.
         *
         * @param deterrenceValue    D, utility/step, &gt;= 0
         * @param kappa              curvature of security utility, &gt; 0
         * @param threatPerception   theta, &gt;= 0
         * @param sanctionsPain      P, utility/step, &gt;= 0
         * @param temptation         Kydd's temptation, [0, 1)
         * @param outsideOption      tau, utility/step
         * @param cheatNoise         relative noise of a best-response cheat, &gt; 0
         * @param initialCapability  share of its deterrent at step 0, [0, 1]
         * @param opportunistPremium extra value an opportunist puts on its deterrent, &gt;= 0
         */
        public Target(double deterrenceValue, double kappa, double threatPerception, double sanctionsPain,
                      double temptation, double outsideOption, double cheatNoise, double initialCapability,
                      double opportunistPremium) {
            this(deterrenceValue, kappa, threatPerception, sanctionsPain, temptation, outsideOption, cheatNoise,
                    initialCapability, opportunistPremium, defaultOf(TARGET, "correlation"));
        }

        /**
         * The coefficients with the opportunist's premium at its default (the constructor of
         * versions before it).
         *
         * @param deterrenceValue   D, utility units per step (&gt;= 0)
         * @param kappa             curvature (&gt; 0)
         * @param threatPerception  theta (&gt;= 0)
         * @param sanctionsPain     P, utility units per step (&gt;= 0)
         * @param temptation        a, a share in [0, 1)
         * @param outsideOption     tau, utility units per step (finite)
         * @param cheatNoise        sigma (&gt; 0)
         * @param initialCapability a share, 0 to 1
         * @throws IllegalArgumentException naming the coefficient and its range, for the first bad one
         */
        public Target(double deterrenceValue, double kappa, double threatPerception, double sanctionsPain,
                      double temptation, double outsideOption, double cheatNoise, double initialCapability) {
            this(deterrenceValue, kappa, threatPerception, sanctionsPain, temptation, outsideOption, cheatNoise,
                    initialCapability, defaultOf(TARGET, "opportunistPremium"));
        }

        @Override
        public Role role() {
            return Role.TARGET;
        }
    }

    /**
     * The sanctioner's threat cost and the political cost of relief.
     *
     * @param threatCost            T, cost per step of facing capability c, as {@code T * c}
     *                              (utility/step, >= 0; default 1)
     * @param hawkishness           h, how much low trust raises the political cost of relief:
     *                              cost is multiplied by {@code 1 + h * (1 - trust)} (>= 0; default 1)
     * @param snapbackRelief        rho, share of a tranche's political cost that a reliable
     *                              snapback takes away ([0, 1]; default 0.5)
     * @param temptation            a, Kydd's temptation ([0, 1); default 0)
     * @param outsideOption         value per step of walking out to maximum pressure
     *                              (utility/step, any finite number; default 0)
     * @param renegeHazard          per-step probability that a wavering sanctioner re-imposes a
     *                              lifted tranche without cause ([0, 1]; default 0.03)
     * @param committedRenegeHazard the same for a committed sanctioner ([0, 1]; default 0.002),
     *                              kept above 0 so that a re-imposition is not proof of type
     * @param electionRenegeFactor  multiplier of the reneging hazard while an election runs
     *                              (>= 1; default 3)
     * @param waverCost             extra political cost of relief a wavering sanctioner feels: its
     *                              cost is the committed one times {@code 1 + waverCost} (share,
     *                              >= 0; default 0.5); what makes the two types choose differently
     * @param assumedFalseAlarmFactor the false-alarm rate its inspection updates assume, as a
     *                              multiple of each step's true rate (>= 0; default 1, a correctly
     *                              specified observer; MODEL.md's {@code assumedFalseAlarm} as a
     *                              factor, since steps may have rates of their own)
     */
    record Sanctioner(double threatCost, double hawkishness, double snapbackRelief, double temptation,
                      double outsideOption, double renegeHazard, double committedRenegeHazard,
                      double electionRenegeFactor, double waverCost, double assumedFalseAlarmFactor)
            implements RoleParameters {
        /** Every coefficient at its default (the table of docs/ODD.md section 9). */
        public static final Sanctioner DEFAULTS = new Sanctioner(defaultOf(SANCTIONER, "threatCost"),
                defaultOf(SANCTIONER, "hawkishness"), defaultOf(SANCTIONER, "snapbackRelief"), defaultOf(SANCTIONER, "temptation"),
                defaultOf(SANCTIONER, "outsideOption"), defaultOf(SANCTIONER, "renegeHazard"), defaultOf(SANCTIONER, "committedRenegeHazard"),
                defaultOf(SANCTIONER, "electionRenegeFactor"), defaultOf(SANCTIONER, "waverCost"),
                defaultOf(SANCTIONER, "assumedFalseAlarmFactor"));

        /**
         * Checks every coefficient against its descriptor in {@link BuiltInParameters#SANCTIONER}.
         *
         * @param threatCost            T, utility units per step (&gt;= 0)
         * @param hawkishness           h (&gt;= 0)
         * @param snapbackRelief        rho, a share, 0 to 1
         * @param temptation            a, a share in [0, 1)
         * @param outsideOption         utility units per step (finite)
         * @param renegeHazard          probability per step, 0 to 1
         * @param committedRenegeHazard probability per step, 0 to 1
         * @param electionRenegeFactor  a multiplier, 1 to 1,000,000
         * @param waverCost             a share, &gt;= 0
         * @param assumedFalseAlarmFactor a multiple, &gt;= 0
         * @throws IllegalArgumentException naming the coefficient and its range, for the first bad one
         */
        public Sanctioner {
            require(SANCTIONER, "threatCost", threatCost);
            require(SANCTIONER, "hawkishness", hawkishness);
            require(SANCTIONER, "snapbackRelief", snapbackRelief);
            require(SANCTIONER, "temptation", temptation);
            require(SANCTIONER, "outsideOption", outsideOption);
            require(SANCTIONER, "renegeHazard", renegeHazard);
            require(SANCTIONER, "committedRenegeHazard", committedRenegeHazard);
            require(SANCTIONER, "electionRenegeFactor", electionRenegeFactor);
            require(SANCTIONER, "waverCost", waverCost);
            require(SANCTIONER, "assumedFalseAlarmFactor", assumedFalseAlarmFactor);
        }

        /**
         * The coefficients with the wavering type's extra cost at its default (the constructor of
         * versions before it).
         *
         * @param threatCost            T, utility units per step (&gt;= 0)
         * @param hawkishness           h (&gt;= 0)
         * @param snapbackRelief        rho, a share, 0 to 1
         * @param temptation            a, a share in [0, 1)
         * @param outsideOption         utility units per step (finite)
         * @param renegeHazard          probability per step, 0 to 1
         * @param committedRenegeHazard probability per step, 0 to 1
         * @param electionRenegeFactor  a multiplier, 1 to 1,000,000
         * @throws IllegalArgumentException naming the coefficient and its range, for the first bad one
         */
        public Sanctioner(double threatCost, double hawkishness, double snapbackRelief, double temptation,
                          double outsideOption, double renegeHazard, double committedRenegeHazard,
                          double electionRenegeFactor) {
            this(threatCost, hawkishness, snapbackRelief, temptation, outsideOption, renegeHazard,
                    committedRenegeHazard, electionRenegeFactor, defaultOf(SANCTIONER, "waverCost"),
                    defaultOf(SANCTIONER, "assumedFalseAlarmFactor"));
        }

        @Override
        public Role role() {
            return Role.SANCTIONER;
        }
    }

    /**
     * A patron of the target.
     *
     * @param leakage         share of sanctions pain it offsets ([0, 1]; default 0.3)
     * @param leakageCut      share of its leakage it withdraws after each provocation or a
     *                        walk-out by the target ([0, 1]; default 0.3)
     * @param vetoProbability probability that it vetoes a restoration that needs a vote ([0, 1];
     *                        default 0.5)
     */
    record Patron(double leakage, double leakageCut, double vetoProbability) implements RoleParameters {
        /** Every coefficient at its default: leakage 0.3, leakage cut 0.3, veto probability 0.5. */
        public static final Patron DEFAULTS = new Patron(defaultOf(PATRON, "leakage"), defaultOf(PATRON, "leakageCut"),
                defaultOf(PATRON, "vetoProbability"));

        /**
         * Checks every coefficient against its descriptor in {@link BuiltInParameters#PATRON}.
         *
         * @param leakage         a share, 0 to 1
         * @param leakageCut      a share, 0 to 1
         * @param vetoProbability a probability, 0 to 1
         * @throws IllegalArgumentException naming the coefficient and its range, for the first bad one
         */
        public Patron {
            require(PATRON, "leakage", leakage);
            require(PATRON, "leakageCut", leakageCut);
            require(PATRON, "vetoProbability", vetoProbability);
        }

        @Override
        public Role role() {
            return Role.PATRON;
        }
    }

    /**
     * A partner of the sanctioner.
     *
     * @param inducement value per step it delivers to the target once every tranche in
     *                   {@code requires} is lifted (utility/step, >= 0; default 0.2)
     * @param requires   ids of the sanction tranches whose lifting it waits for (empty: any
     *                   lifted tranche will do)
     * @param pressure   share by which it lowers the sanctioner's political cost of relief
     *                   ([0, 1); default 0.2)
     */
    record Partner(double inducement, List<String> requires, double pressure) implements RoleParameters {
        /** Every coefficient at its default: inducement 0.2 per step for any lifted tranche, pressure 0.2. */
        public static final Partner DEFAULTS = new Partner(defaultOf(PARTNER, "inducement"), List.of(),
                defaultOf(PARTNER, "pressure"));

        /**
         * Checks every coefficient against its descriptor in {@link BuiltInParameters#PARTNER} and
         * copies the tranche ids.
         *
         * @param inducement utility units per step (&gt;= 0)
         * @param requires   tranche ids (not null; copied)
         * @param pressure   a share in [0, 1)
         * @throws IllegalArgumentException naming the coefficient and its range, for the first bad one
         */
        public Partner {
            require(PARTNER, "inducement", inducement);
            requires = Validate.list("requires", requires);
            require(PARTNER, "pressure", pressure);
        }

        @Override
        public Role role() {
            return Role.PARTNER;
        }
    }
}
