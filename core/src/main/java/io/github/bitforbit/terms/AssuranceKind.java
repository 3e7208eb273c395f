package io.github.bitforbit.terms;

/**
 * The kinds of non-sanction concessions a sanctioner can give (docs/ODD.md section 2). The kind is
 * a label and decides one mechanism: an {@link #EXERCISE_SUSPENSION} in effect stops exercises
 * raising the target's threat perception (section 7.8). What any assurance is worth comes from
 * its numbers, {@link Assurance#threatReduction()} and {@link Assurance#painRelief()}.
 */
public enum AssuranceKind {
    /** A security assurance: lowers the target's threat perception. */
    SECURITY_ASSURANCE,
    /** A suspension of military exercises: exercises stop raising threat perception. */
    EXERCISE_SUSPENSION,
    /** A humanitarian exemption: removes a share of sanctions pain. */
    HUMANITARIAN_EXEMPTION,
    /** A liaison office: a small, symbolic step. */
    LIAISON_OFFICE,
    /** An end-of-war declaration: lowers threat perception. */
    END_OF_WAR_DECLARATION;

    /**
     * Its name in scenario files.
     *
     * @return the kebab-case name, e.g. {@code "exercise-suspension"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
