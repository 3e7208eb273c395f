package io.github.bitforbit.model;

import io.github.bitforbit.validation.Validate;

/**
 * An exogenous event, either scheduled (at a step, for a duration) or random (a hazard per step).
 *
 * @param kind      what happens
 * @param at        the step it starts at (>= 0) for a scheduled event, or -1 for a random one
 * @param hazard    probability per step that a random event starts ([0, 1]; 0 for a scheduled one)
 * @param duration  steps it lasts once started (>= 1)
 * @param magnitude its strength, meaning depends on {@link EventKind} (>= 0)
 */
public record ExogenousEvent(EventKind kind, int at, double hazard, int duration, double magnitude) {

    /**
     * Checks every component.
     *
     * @param kind      what happens
     * @param at        the start step (&gt;= 0), or -1 for a random event
     * @param hazard    probability per step of starting, 0 to 1; must be 0 if {@code at >= 0}
     * @param duration  steps it lasts (&gt;= 1)
     * @param magnitude its strength (&gt;= 0)
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public ExogenousEvent {
        Validate.notNull("events.kind", kind);
        Validate.atLeast("events.at", at, -1);
        Validate.probability("events.hazard", hazard);
        Validate.atLeast("events.duration", duration, 1);
        Validate.nonNegative("events.magnitude", magnitude);
        if (at >= 0 && hazard > 0) {
            throw new IllegalArgumentException("events: a scheduled event (at " + at + ") cannot also have a hazard (" + hazard + ")");
        }
    }

    /**
     * An event that starts at a given step.
     *
     * @param kind      what happens
     * @param at        the step it starts at, from 0 (month {@code at + 1})
     * @param duration  steps it lasts (&gt;= 1)
     * @param magnitude its strength, as {@link EventKind} defines it (&gt;= 0)
     * @return the event
     * @throws IllegalArgumentException if a value is out of range
     */
    public static ExogenousEvent scheduled(EventKind kind, int at, int duration, double magnitude) {
        return new ExogenousEvent(kind, Validate.atLeast("events.at", at, 0), 0.0, duration, magnitude);
    }

    /**
     * An event that may start in any step.
     *
     * @param kind      what happens
     * @param hazard    probability per step that it starts, 0 to 1
     * @param duration  steps it lasts once started (&gt;= 1)
     * @param magnitude its strength, as {@link EventKind} defines it (&gt;= 0)
     * @return the event
     * @throws IllegalArgumentException if a value is out of range
     */
    public static ExogenousEvent random(EventKind kind, double hazard, int duration, double magnitude) {
        return new ExogenousEvent(kind, -1, hazard, duration, magnitude);
    }

    /**
     * Whether it is scheduled rather than random.
     *
     * @return true if it starts at {@link #at()}, false if by {@link #hazard()}
     */
    public boolean isScheduled() {
        return at >= 0;
    }
}
