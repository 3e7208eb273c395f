package io.github.bitforbit.terms;

/**
 * How a lifted sanction tranche can be restored (docs/ODD.md section 7.3). Every registered veto
 * point may still refuse a restoration whatever the mode. The target's penalty for cheating, and
 * the sanctioner's relief from snapback protection, both rest on how reliable the mode is:
 * 1 for {@link #AUTOMATIC}, the chance that no patron vetoes for {@link #VOTE}, 0 for {@link #NONE}
 * (section 7.1).
 */
public enum SnapbackMode {
    /** Restored at once when a rule or snapback calls for it. */
    AUTOMATIC,
    /** Restored by a vote, which each patron may veto with its veto probability. */
    VOTE,
    /** Cannot be restored within the agreement once lifted. */
    NONE;

    /**
     * Its name in scenario files.
     *
     * @return the lower-case name, e.g. {@code "vote"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
