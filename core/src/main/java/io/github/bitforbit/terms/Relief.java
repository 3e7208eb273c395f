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
     * The default political cost per step of relief, per unit of its size (a tranche's weight,
     * aid's value): 0.1, MODEL.md's "0.1 x weight". Version 1 charged the weight once at lifting;
     * over the sanctioner's default discount (0.98, about 50 discounted steps) the flow weighs
     * about five times that lump, so political cost now matters against the threat removed.
     */
    double POLITICAL_COST_PER_UNIT = 0.1;

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
     * The sanctioner's political cost per step while it is given (lifted, delivered), before
     * hawkishness, partner pressure and snapback protection.
     *
     * @return utility per step, &gt;= 0
     */
    double politicalCost();
}
