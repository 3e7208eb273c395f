package io.github.bitforbit.rules;

/** How phases come to be offered (MODEL.md section 2). */
public enum ProposalMode {
    /** The phases are fixed in advance; each must still be offered and accepted. */
    SCRIPTED,
    /** The proposer builds each phase from the remaining concessions within the rule set's bounds. */
    NEGOTIATED;

    /** The lower-case name used in scenario files. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
