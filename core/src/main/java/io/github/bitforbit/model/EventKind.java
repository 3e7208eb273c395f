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
    /** A provocation by the target: patrons cut their leakage and rules on {@code provocation}
     *  fire; a random one is drawn with the hazard of the target's type, and the sanctioner updates
     *  its belief by Bayes' rule on whether one happened ({@link ExogenousEvent#opportunistHazard()}).
     *  Its magnitude has no effect (version 1 cut trust by it). */
    PROVOCATION("patrons cut their leakage; a random one is evidence of the target's type"),
    /** A summit: each principal's attention moves the share {@code magnitude} of the way to 1 while
     *  it lasts, and both principals' patience counters start afresh; trust does not move. */
    SUMMIT("both sides' attention moves %s of the way to 1 and their patience starts afresh"),
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
