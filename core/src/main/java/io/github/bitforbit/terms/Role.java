package io.github.bitforbit.terms;

/**
 * The part a party plays in the negotiation (docs/ODD.md section 2). Agents of other kinds are
 * added as registered agent types ({@link io.github.bitforbit.model.AgentParty}), not as roles.
 *
 * <p>The two principals, {@link #SANCTIONER} and {@link #TARGET}, propose, accept and perform
 * phases and hold trust beliefs about each other. Third parties act on the principals:
 * a {@link #PATRON} offsets sanctions pain and may veto restorations; a {@link #PARTNER}
 * rewards the target once relief arrives and presses the sanctioner to give it.
 */
public enum Role {
    /** Holds the sanctions and lifts or restores them (e.g. the United States). */
    SANCTIONER,
    /** Holds the deterrent and gives it up in steps (e.g. the DPRK). */
    TARGET,
    /** An economic lifeline of the target (e.g. China, Russia): leakage and veto. */
    PATRON,
    /** An ally of the sanctioner that wants relief (e.g. South Korea): inducements, pressure. */
    PARTNER;

    /**
     * Whether this role negotiates directly: proposes, answers, performs and holds a trust belief.
     *
     * @return true for the sanctioner and the target
     */
    public boolean isPrincipal() {
        return this == SANCTIONER || this == TARGET;
    }

    /**
     * Its name in scenario files and messages.
     *
     * @return the lower-case name, e.g. {@code "sanctioner"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
