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
 * @param opportunistHazard for a random provocation, the probability per step that it starts when
 *                  the target is an opportunist ([0, 1]); {@code hazard} is then the
 *                  security-seeker's. NaN (the default): the same as {@code hazard}, so that a
 *                  provocation says nothing about the target's type
 * @param party     for an election, the id of the sanctioner that holds it (in a coalition, one
 *                  member's election moves that member only); null (the default): every
 *                  sanctioner's, as for a side of one principal. Only an election has a party
 */
public record ExogenousEvent(EventKind kind, int at, double hazard, int duration, double magnitude,
                             double opportunistHazard, String party) {

    /**
     * Checks every component.
     *
     * @param kind      what happens
     * @param at        the start step (&gt;= 0), or -1 for a random event
     * @param hazard    probability per step of starting, 0 to 1; must be 0 if {@code at >= 0}
     * @param duration  steps it lasts (&gt;= 1)
     * @param magnitude its strength (&gt;= 0)
     * @param opportunistHazard an opportunist target's hazard of a random provocation, 0 to 1, or NaN
     * @param party     for an election, the sanctioner holding it, or null for every sanctioner
     * @throws IllegalArgumentException naming the field and value of the first bad component, or
     *                                  if a type-dependent hazard is given to anything but a
     *                                  random provocation, or a party to anything but an election
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
        if (!Double.isNaN(opportunistHazard)) {
            Validate.probability("events.opportunistHazard", opportunistHazard);
            if (kind != EventKind.PROVOCATION || at >= 0) {
                throw new IllegalArgumentException("events.opportunistHazard: only a random provocation has a hazard by "
                        + "the target's type");
            }
        }
        if (party != null) {
            if (party.isBlank()) {
                throw new IllegalArgumentException("events.party: empty (omit it for every sanctioner's election)");
            }
            if (kind != EventKind.ELECTION) {
                throw new IllegalArgumentException("events.party: only an election is held by one party (this is "
                        + kind.label() + ")");
            }
        }
    }

    /**
     * An event of no particular party (the constructor of versions before {@code party}).
     *
     * @param kind      what happens
     * @param at        the start step (&gt;= 0), or -1 for a random event
     * @param hazard    probability per step of starting, 0 to 1; must be 0 if {@code at >= 0}
     * @param duration  steps it lasts (&gt;= 1)
     * @param magnitude its strength (&gt;= 0)
     * @param opportunistHazard an opportunist target's hazard of a random provocation, 0 to 1, or NaN
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public ExogenousEvent(EventKind kind, int at, double hazard, int duration, double magnitude,
                          double opportunistHazard) {
        this(kind, at, hazard, duration, magnitude, opportunistHazard, null);
    }

    /**
     * This election, held by one sanctioner only (in a coalition, the others' attention and
     * reneging do not move).
     *
     * @param sanctioner the id of the sanctioner holding it
     * @return the same event with that party
     * @throws IllegalArgumentException if this is not an election or the id is blank
     */
    public ExogenousEvent heldBy(String sanctioner) {
        return new ExogenousEvent(kind, at, hazard, duration, magnitude, opportunistHazard,
                Validate.notNull("events.party", sanctioner));
    }

    /**
     * Whether it concerns the sanctioner {@code id}: an event of every sanctioner, or its own.
     *
     * @param id a sanctioner's id
     * @return true unless it is another party's election
     */
    public boolean concerns(String id) {
        return party == null || party.equals(id);
    }

    /**
     * An event whose hazard does not depend on the target's type (the constructor of versions
     * before {@code opportunistHazard}).
     *
     * @param kind      what happens
     * @param at        the start step (&gt;= 0), or -1 for a random event
     * @param hazard    probability per step of starting, 0 to 1; must be 0 if {@code at >= 0}
     * @param duration  steps it lasts (&gt;= 1)
     * @param magnitude its strength (&gt;= 0)
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public ExogenousEvent(EventKind kind, int at, double hazard, int duration, double magnitude) {
        this(kind, at, hazard, duration, magnitude, Double.NaN);
    }

    /**
     * A random provocation whose hazard depends on the target's type (MODEL.md section 3): an
     * observed provocation, or a step without one, is evidence about the type.
     *
     * @param securitySeekerHazard probability per step that a security-seeking target provokes, 0 to 1
     * @param opportunistHazard    the same for an opportunist, 0 to 1
     * @param duration             steps it lasts (&gt;= 1)
     * @return the event
     * @throws IllegalArgumentException if a value is out of range
     */
    public static ExogenousEvent provocations(double securitySeekerHazard, double opportunistHazard, int duration) {
        return new ExogenousEvent(EventKind.PROVOCATION, -1, securitySeekerHazard, duration, 0, opportunistHazard);
    }

    /**
     * The probability per step that this random event starts, given the target's type.
     *
     * @param securitySeeker whether the target is a security-seeker
     * @return {@link #hazard()}, or for an opportunist its own hazard if one is given
     */
    public double hazardFor(boolean securitySeeker) {
        return securitySeeker || Double.isNaN(opportunistHazard) ? hazard : opportunistHazard;
    }

    /**
     * Whether whether it happens is evidence about the target's type: a random provocation whose
     * hazards by type differ.
     *
     * @return true if an observer should update its belief on it each step
     */
    public boolean revealsType() {
        return !Double.isNaN(opportunistHazard) && opportunistHazard != hazard;
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
