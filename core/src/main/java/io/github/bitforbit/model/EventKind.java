package io.github.bitforbit.model;

/**
 * Exogenous events (docs/ODD.md section 7.8). What {@link ExogenousEvent#magnitude()} means
 * depends on the kind; each lasts {@link ExogenousEvent#duration()} steps once started.
 */
public enum EventKind {
    /** Military exercises: the target's threat perception rises by {@code magnitude} (in units of
     *  theta, whose baseline is 1 by default) while they run, unless an exercise suspension is in
     *  effect. */
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

    /**
     * Its name in scenario files and traces.
     *
     * @return the lower-case name, e.g. {@code "postponement"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
