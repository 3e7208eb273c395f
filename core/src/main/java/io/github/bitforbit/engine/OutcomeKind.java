package io.github.bitforbit.engine;

/**
 * The three ways a run can end (docs/ODD.md section 7.10). Completion does not end a run: the
 * agreement must then hold to the horizon, and a run that completed and later collapsed is
 * {@link #COLLAPSED} (after completion). Over many runs, completion and collapse before it are
 * competing first events of the cumulative incidence; a stall is censored at the horizon.
 */
public enum OutcomeKind {
    /** All phases done, and the agreement still in force at the horizon. */
    COMPLETED,
    /** Someone walked out, before or after completion. */
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
