package io.github.bitforbit.rules;

/** How phases come to be offered (docs/ODD.md section 7.4). */
public enum ProposalMode {
    /** The phases are fixed in advance; each must still be offered and accepted. */
    SCRIPTED,
    /** The proposer builds each phase from the remaining concessions within the rule set's bounds. */
    NEGOTIATED;

    /**
     * Its name in scenario files.
     *
     * @return the lower-case name, e.g. {@code "negotiated"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
