package io.github.bitforbit.model;

/**
 * How a lifted sanction tranche can be restored (MODEL.md section 2).
 */
public enum SnapbackMode {
    /** Restored at once when a rule or snapback calls for it. */
    AUTOMATIC,
    /** Restored by a vote, which each patron may veto with its veto probability. */
    VOTE,
    /** Cannot be restored within the agreement once lifted. */
    NONE;

    /** The lower-case name used in scenario files. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
