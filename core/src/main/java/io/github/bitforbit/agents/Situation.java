package io.github.bitforbit.agents;

import io.github.bitforbit.terms.Role;

/**
 * What a principal knows when it decides on an offer or an obligation: a read-only view the
 * simulation hands to its {@link Strategy}. The view is reused between decisions; a strategy must
 * not keep it.
 *
 * <p>Utilities are in utility units over the future from now, discounted with the party's own
 * discount factor and not cut at the horizon (docs/ODD.md section 7, the terminal annuity); the phase in question is the one offered, the one
 * the party would offer, or the one whose obligations fall due.
 */
public interface Situation {

    /**
     * Who decides.
     *
     * @return the id of the deciding principal, e.g. {@code "DPRK"}
     */
    String self();

    /**
     * The decider's role.
     *
     * @return {@link Role#SANCTIONER} or {@link Role#TARGET}
     */
    Role role();

    /**
     * When the decision is taken.
     *
     * @return the current step, from 0 (month {@code step + 1})
     */
    int step();

    /**
     * How long the run may last.
     *
     * @return the scenario's horizon in steps (months), 1 to 1,200
     */
    int horizon();

    /**
     * The decider's trust.
     *
     * @return its belief that the counterpart is of the cooperative type, 0 to 1
     */
    double trust();

    /**
     * What the phase gives it if the counterpart delivers: {@code V} of docs/ODD.md section 7.1.
     *
     * @return utility, discounted over the future from now (&gt;= 0; docs/ODD.md section 7, the terminal annuity)
     */
    double value();

    /**
     * What the phase costs it: {@code cost} of docs/ODD.md section 7.1, the security the target
     * gives up (over each step's exposure time) or the sanctioner's political cost of the relief
     * (a flow over the future it is in force, in expectation over the target's type).
     *
     * @return utility (&gt;= 0)
     */
    double cost();

    /**
     * Its Kydd temptation {@code a}: the share of the gain it expects from holding back while
     * the other side delivers.
     *
     * @return a share in [0, 1)
     */
    double temptation();

    /**
     * Whether the phase would settle everything at once (what a hardliner insists on).
     *
     * @return true if the phase holds every concession both sides still have to give
     */
    boolean everythingRemaining();

    /**
     * Whether the counterpart's latest move, as this party saw it, was a defection (what
     * tit-for-tat answers). Completing a phase clears it.
     *
     * @return for the sanctioner: an inspection raised an alarm (true or false) and no step has
     *         been verified since; for the target: a tranche was re-imposed without cause, or
     *         restored although it never cheated, and nothing has been lifted since
     */
    boolean counterpartDefected();

    /**
     * A random number for a mixed decision; strategies must draw from here only, so that runs
     * stay functions of their seeds.
     *
     * @return a uniform draw in [0, 1) from the run's own generator
     */
    double random();

    /**
     * The decider's decision precision {@code lambda} (docs/ODD.md section 7.9): how sharply its
     * choices follow their value. The default, for views that do not say, is the best response.
     *
     * @return per utility unit, &gt;= 0, or {@link QuantalResponse#BEST_RESPONSE} (infinity)
     */
    default double precision() {
        return QuantalResponse.BEST_RESPONSE;
    }

    /**
     * A quantal-response choice: takes an option worth {@code advantage} more than its
     * alternative with probability {@link QuantalResponse#probability}{@code (precision(), advantage)}.
     * At the best response it takes it exactly when {@code advantage >= 0}, and draws nothing;
     * otherwise it draws once from {@link #random()}.
     *
     * @param advantage {@code dU} of the option over its alternative, in utility units
     * @return true to take the option
     */
    default boolean chooses(double advantage) {
        double lambda = precision();
        if (QuantalResponse.isBestResponse(lambda)) {
            return advantage >= 0;
        }
        return random() < QuantalResponse.probability(lambda, advantage);
    }

    /**
     * Expected utility of accepting: {@code EU = trust * value - cost}.
     *
     * @return utility, discounted over the future from now
     */
    default double expectedUtility() {
        return trust() * value() - cost();
    }

    /**
     * Kydd's threshold: what holding back is expected to be worth, {@code trust * a * (value - cost)}.
     * Accepting beats holding back when {@link #surplus()} is at least 0, which for a one-step
     * exchange normalised to a mutual gain of 1 and a sucker's loss of c is the condition
     * {@code trust >= c / (1 - a + c)} (Kydd 2005).
     *
     * @return utility, discounted over the future from now (0 when the temptation is 0)
     */
    default double threshold() {
        return trust() * temptation() * (value() - cost());
    }

    /**
     * How much accepting beats holding back; the built-in strategies accept by
     * {@link #chooses}{@code (surplus)} (or the surplus over another bound): at the best response
     * exactly when it is at least 0.
     *
     * @return {@link #expectedUtility()} minus {@link #threshold()}, in utility
     */
    default double surplus() {
        return expectedUtility() - threshold();
    }
}
