package io.github.bitforbit.terms;

/**
 * What the sanctioner gives that it can take back (docs/ODD.md section 7.3): a sanction tranche it
 * lifts, or aid it delivers. Either can be restored (a tranche re-imposed, aid suspended) with
 * cause, after a violation, as its {@link #snapback()} allows, and without cause by a wavering
 * sanctioner, as its {@link #reimposable()} allows; rules name either in {@code lift(S)},
 * {@code restore(S)}, {@code violated(S)} and {@code restored(S)}.
 */
public sealed interface Relief extends Concession permits SanctionTranche, Aid {

    /**
     * How it can be put back with cause.
     *
     * @return automatic, by a vote (a patron may veto) or never
     */
    SnapbackMode snapback();

    /**
     * How a wavering sanctioner can put it back without cause.
     *
     * @return freely, by a vote, or never
     */
    Reimposition reimposable();

    /**
     * The sanctioner's political cost of giving it, before hawkishness, partner pressure and
     * snapback protection.
     *
     * @return utility, &gt;= 0
     */
    double politicalCost();
}
