package io.github.bitforbit.engine;

/**
 * The three ways a run can end (docs/ODD.md section 7.10). Over many runs, completion and collapse
 * are competing events of the cumulative incidence; a stall is censored at the horizon.
 */
public enum OutcomeKind {
    /** All phases done. */
    COMPLETED,
    /** Someone walked out. */
    COLLAPSED,
    /** The horizon was reached with the agreement unfinished. */
    STALLED;

    /**
     * Its name in output.
     *
     * @return the lower-case name, e.g. {@code "collapsed"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
