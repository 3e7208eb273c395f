package io.github.bitforbit.model;

/** The kinds of non-sanction concessions a sanctioner can give (MODEL.md section 2). */
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

    /** The kebab-case name used in scenario files, e.g. {@code "exercise-suspension"}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
