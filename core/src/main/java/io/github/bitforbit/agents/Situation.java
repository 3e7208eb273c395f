package io.github.bitforbit.agents;

import io.github.bitforbit.model.Role;

/**
 * What a principal knows when it decides on an offer or an obligation: a read-only view the
 * simulation hands to its {@link Strategy}. The view is reused between decisions; a strategy must
 * not keep it.
 *
 * <p>Utilities are in utility units over the remaining horizon, discounted with the party's own
 * discount factor (MODEL.md section 4).
 */
public interface Situation {

    /** Id of the deciding party. */
    String self();

    /** Its role: {@link Role#SANCTIONER} or {@link Role#TARGET}. */
    Role role();

    /** The current step, from 0. */
    int step();

    /** The scenario's horizon in steps. */
    int horizon();

    /** Its belief that the counterpart is of the cooperative type, in [0, 1]. */
    double trust();

    /** What the phase gives it if the counterpart delivers: V in MODEL.md section 4 (>= 0). */
    double value();

    /** What the phase costs it for certain: the lost security (target) or the political cost
     *  of relief (sanctioner) (>= 0). */
    double cost();

    /** Its Kydd temptation a, in [0, 1). */
    double temptation();

    /** Whether the phase holds every concession both sides still have to give. */
    boolean everythingRemaining();

    /** Whether the counterpart defected (cheating detected, a sanction re-imposed without cause,
     *  a snapback against it) since the last completed phase. */
    boolean counterpartDefected();

    /** A uniform draw in [0, 1) from the run's own generator (so decisions stay reproducible). */
    double random();

    /** Expected utility of accepting: {@code trust * value - cost}. */
    default double expectedUtility() {
        return trust() * value() - cost();
    }

    /**
     * Kydd's threshold: what holding back is expected to be worth, {@code trust * a * (value - cost)}.
     * Accepting beats holding back when {@link #surplus()} is at least 0, which for a one-step
     * exchange normalised to a mutual gain of 1 and a sucker's loss of c is the condition
     * {@code trust >= c / (1 - a + c)} (Kydd 2005).
     */
    default double threshold() {
        return trust() * temptation() * (value() - cost());
    }

    /** {@link #expectedUtility()} minus {@link #threshold()}. */
    default double surplus() {
        return expectedUtility() - threshold();
    }
}
