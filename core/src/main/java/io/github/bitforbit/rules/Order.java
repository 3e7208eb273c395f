package io.github.bitforbit.rules;

/** Who performs first within a phase (MODEL.md section 2). */
public enum Order {
    /** The target performs; the sanctioner's part falls due once the target's is done (and verified, if required). */
    TARGET_FIRST,
    /** The sanctioner performs; the target's part falls due once the sanctioner's is done. */
    SANCTIONER_FIRST,
    /** Both parts fall due at once. */
    SIMULTANEOUS;

    /** The kebab-case name used in scenario files, e.g. {@code "target-first"}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
