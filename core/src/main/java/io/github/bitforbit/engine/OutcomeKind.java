package io.github.bitforbit.engine;

/** The three ways a run can end (MODEL.md section 5). */
public enum OutcomeKind {
    /** All phases done. */
    COMPLETED,
    /** Someone walked out. */
    COLLAPSED,
    /** The horizon was reached with the agreement unfinished. */
    STALLED;

    /** The lower-case name used in output, e.g. {@code "collapsed"}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
