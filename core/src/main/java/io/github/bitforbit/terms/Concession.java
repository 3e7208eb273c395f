package io.github.bitforbit.terms;

/**
 * One "bit": something a party can give in a phase (docs/ODD.md section 2). The set of kinds is
 * closed: disarmament steps of the target; sanction tranches, aid (both {@link Relief}) and
 * assurances of the sanctioner.
 * A concession is given once; a phase's terms and the rules refer to it by {@link #id()}.
 */
public sealed interface Concession permits DisarmamentStep, Relief, Assurance {

    /**
     * How phases, rules and paths refer to it.
     *
     * @return its id, unique within the scenario, e.g. {@code "yongbyon"}
     */
    String id();

    /**
     * Who gives it.
     *
     * @return the id of the target (disarmament steps) or of the sanctioner (the others)
     */
    String owner();

    /**
     * The size by which templates pair concessions of the two sides and negotiated phases are
     * bounded (docs/ODD.md sections 7.4 and 7.6).
     *
     * @return the share of capability a disarmament step removes, the share of sanctions pain
     *         a tranche carries (both in [0, 1]), aid's value per step, or an assurance's {@code painRelief + 0.1 *
     *         threatReduction} (&gt;= 0)
     */
    double pairingValue();
}
