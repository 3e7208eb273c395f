package io.github.bitforbit.engine;

/**
 * The seven stages of a step, in order (docs/ODD.md section 3). Each is one MASON
 * {@link sim.engine.Steppable} that calls the agents acting in it; {@link Actor}s added by users
 * act at the end of the stage they name.
 */
public enum Stage {
    /** Exogenous events begin; patrons react to provocations. */
    EVENTS,
    /** The sanctioner inspects; the target sees whether relief held. */
    OBSERVE,
    /** Offers and answers. */
    NEGOTIATE,
    /** The principals perform what is due; the sanctioner may renege; partners induce. */
    IMPLEMENT,
    /** The rule set's rules fire on this step's events. */
    RULES,
    /** Deadlines, trust floors and patience: a principal may walk out. */
    WALK_OUT,
    /** The step ends: stall at the horizon, trace, clock. */
    METRICS
}
