package io.github.bitforbit.terms;

/**
 * How a lifted sanction tranche can be re-imposed <em>without cause</em>, by a sanctioner that
 * wavers (docs/ODD.md section 7.3). It is separate from {@link SnapbackMode}, the restoration
 * <em>with</em> cause after a violation, so that a comparison of snapback modes does not also
 * change how freely the sanctioner can renege (MODEL.md section 9).
 */
public enum Reimposition {
    /** The sanctioner can put it back whenever it reneges. */
    FREELY,
    /** Putting it back needs a vote, which each patron (and every veto point) may veto. */
    VOTE,
    /** It is never put back without cause once lifted. */
    NEVER;

    /**
     * The default for a tranche that does not say: the one that keeps a version-1 file's meaning
     * as its snapback mode implies it (automatic: freely; vote: by a vote; none: never).
     *
     * @param snapback the tranche's snapback mode
     * @return the re-imposition it implies
     */
    public static Reimposition defaultFor(SnapbackMode snapback) {
        return switch (snapback) {
            case AUTOMATIC -> FREELY;
            case VOTE -> VOTE;
            case NONE -> NEVER;
        };
    }

    /**
     * Its name in scenario files.
     *
     * @return the lower-case name, e.g. {@code "never"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
