package io.github.bitforbit.engine;

/** Why a principal walked out (docs/ODD.md sections 7.5 and 7.10). */
public enum CollapseCause {
    /** Its trust in the counterpart fell below its floor, or a {@code trust(A, B) < x} rule fired. */
    TRUST("its trust in the other side fell below its floor"),
    /** Continuing was worth less than its outside option for {@code patience} steps in a row, or
     *  its strategy chose to walk out. */
    UTILITY("going on was worth less than walking out for too long"),
    /** Its offers were rejected {@code patience} times since the last completed phase: the
     *  counterpart's refusals, not its own valuation, ended the talks. */
    REJECTED("its offers were rejected too often"),
    /** A rule made it walk out after a violation, a detection or a restoration. */
    PROVOCATION("a rule made it walk out after a violation, detection or restoration"),
    /** The target broke its continuing obligations in the open: it went back to testing (docs/ODD.md section 7.3). */
    VIOLATION("it broke its obligations in the open and went back to testing"),
    /** A phase passed its deadline while it was still owed something, or a {@code step >= t} rule fired. */
    DEADLINE("a phase passed its deadline while it was still owed something"),
    /** A member of a coalition re-imposed its sanctions without cause: it left the agreement
     *  (docs/ODD.md section 7.11). Never the cause of a side of one principal. */
    REIMPOSED("it re-imposed its sanctions without cause and left the agreement");

    private final String description;

    CollapseCause(String description) {
        this.description = description;
    }

    /**
     * What the cause means, for reports.
     *
     * @return a few words, e.g. "its trust in the other side fell below its floor"
     */
    public String description() {
        return description;
    }

    /**
     * Its name in output.
     *
     * @return the lower-case name, e.g. {@code "deadline"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
