package io.github.bitforbit.model;

/**
 * Exogenous events (MODEL.md section 2). What {@link ExogenousEvent#magnitude()} means depends on
 * the kind.
 */
public enum EventKind {
    /** Military exercises: the target's threat perception rises by {@code magnitude} while they run. */
    EXERCISES,
    /** An election: the sanctioner's attention falls by the share {@code magnitude}, and a
     *  wavering sanctioner's reneging hazard is multiplied by its election factor. */
    ELECTION,
    /** A provocation by the target: the sanctioner's trust falls by the share {@code magnitude};
     *  patrons cut their leakage. */
    PROVOCATION,
    /** A summit: both principals' trust moves up by the share {@code magnitude} of the way to 1. */
    SUMMIT,
    /** Talks postponed: no negotiation or implementation while it lasts. */
    POSTPONEMENT;

    /** The lower-case name used in scenario files. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
