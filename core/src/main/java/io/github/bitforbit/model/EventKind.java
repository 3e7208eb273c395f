package io.github.bitforbit.model;

/**
 * Exogenous events (docs/ODD.md section 7.8). What {@link ExogenousEvent#magnitude()} means
 * depends on the kind; each lasts {@link ExogenousEvent#duration()} steps once started.
 */
public enum EventKind {
    /** Military exercises: the target's threat perception rises by {@code magnitude} (in units of
     *  theta, whose baseline is 1 by default) while they run, unless an exercise suspension is in
     *  effect. */
    EXERCISES("the target's threat perception rises by %s while they run"),
    /** An election: the sanctioner's attention falls by the share {@code magnitude}, and a
     *  wavering sanctioner's reneging hazard is multiplied by its election factor. */
    ELECTION("the sanctioner's attention falls by the share %s; a wavering sanctioner re-imposes more often"),
    /** A provocation by the target: the sanctioner's trust falls by the share {@code magnitude};
     *  patrons cut their leakage. */
    PROVOCATION("the sanctioner's trust falls by the share %s; patrons cut their leakage"),
    /** A summit: both principals' trust moves up by the share {@code magnitude} of the way to 1. */
    SUMMIT("both sides' trust moves %s of the way to 1"),
    /** Talks postponed: no negotiation or implementation while it lasts. */
    POSTPONEMENT("talks pause: no offers and nothing implemented while it lasts");

    private final String effect;

    EventKind(String effect) {
        this.effect = effect;
    }

    /**
     * What an event of this kind does in the model, in a few words, e.g. for reports.
     *
     * @param magnitude the event's {@link ExogenousEvent#magnitude()}, in this kind's unit
     * @return a phrase such as "both sides' trust moves 0.20 of the way to 1"
     */
    public String effect(double magnitude) {
        return String.format(java.util.Locale.ROOT, effect, String.format(java.util.Locale.ROOT, "%.2f", magnitude));
    }

    /**
     * Its name in scenario files and traces.
     *
     * @return the lower-case name, e.g. {@code "postponement"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
