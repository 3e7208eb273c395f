package io.github.bitforbit.rules;

/** Who performs first within a phase (docs/ODD.md section 7.3). */
public enum Order {
    /** The target performs; the sanctioner's part falls due once the target's is done (and verified, if required). */
    TARGET_FIRST,
    /** The sanctioner performs; the target's part falls due once the sanctioner's is done. */
    SANCTIONER_FIRST,
    /** Both parts fall due at once. */
    SIMULTANEOUS;

    /**
     * Its name in scenario files.
     *
     * @return the kebab-case name, e.g. {@code "target-first"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
