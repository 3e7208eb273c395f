package io.github.bitforbit.model;

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

    /** An event that starts at step {@code at}. */
    public static ExogenousEvent scheduled(EventKind kind, int at, int duration, double magnitude) {
        return new ExogenousEvent(kind, Validate.atLeast("events.at", at, 0), 0.0, duration, magnitude);
    }

    /** An event that starts in each step with probability {@code hazard}. */
    public static ExogenousEvent random(EventKind kind, double hazard, int duration, double magnitude) {
        return new ExogenousEvent(kind, -1, hazard, duration, magnitude);
    }

    /** Whether it is scheduled rather than random. */
    public boolean isScheduled() {
        return at >= 0;
    }
}
