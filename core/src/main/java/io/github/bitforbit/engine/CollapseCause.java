package io.github.bitforbit.engine;

/** Why a party walked out (MODEL.md section 5). */
public enum CollapseCause {
    /** Its trust in the counterpart fell below its floor, or a {@code trust(A, B) < x} rule fired. */
    TRUST,
    /** Continuing was worth less than its outside option for {@code patience} steps in a row, or
     *  its offers were rejected {@code patience} times since the last completed phase. */
    UTILITY,
    /** A rule made it walk out after a violation, a detection or a restoration. */
    PROVOCATION,
    /** A phase passed its deadline while it was still owed something, or a {@code step >= t} rule fired. */
    DEADLINE;

    /** The lower-case name used in output. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
