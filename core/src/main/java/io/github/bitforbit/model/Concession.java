package io.github.bitforbit.model;

/**
 * One "bit": something a party can give in a phase (MODEL.md section 2). The set of kinds is
 * closed: disarmament steps of the target, sanction tranches and assurances of the sanctioner.
 */
public sealed interface Concession permits DisarmamentStep, SanctionTranche, Assurance {

    /** Unique id within the scenario, e.g. {@code "yongbyon"}. */
    String id();

    /** Id of the party that gives it. */
    String owner();

    /**
     * The size used to pair concessions of the two sides in templates (share of deterrence for
     * a disarmament step, share of sanctions weight for a tranche), in [0, 1].
     */
    double pairingValue();
}
