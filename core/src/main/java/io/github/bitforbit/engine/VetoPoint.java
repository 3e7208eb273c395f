package io.github.bitforbit.engine;

/**
 * A party that can stop a tranche being lifted or restored (docs/ODD.md sections 7.3 and 7.7): a
 * patron's veto in the Security Council, a legislature that blocks relief. Every lift (by a phase
 * or a rule) and every restoration (by snapback or a rule) asks each veto point in turn, and the
 * first refusal stops it. A veto point that draws randomness must draw it only from
 * {@link World#random()}, so that runs stay determined by their seeds.
 */
public interface VetoPoint {

    /** What is being done to a tranche. */
    enum Operation {
        /** Relief: the tranche is lifted. */
        LIFT,
        /** Snapback: a lifted tranche is put back in force, with cause (after a violation or by a rule). */
        RESTORE,
        /**
         * Reneging: a wavering sanctioner puts a lifted tranche back without cause; asked only for
         * a tranche whose {@code reimposable} is {@code vote}.
         */
        REIMPOSE
    }

    /**
     * Whether this veto point lets {@code operation} happen to concession {@code concession} (an
     * index, see {@link World#concessionId(int)}) now.
     *
     * @param operation  a lift or a restoration
     * @param concession the tranche's index
     * @param world      the run; draw only from {@link World#random()}
     * @return true to let it happen, false to stop it (the trace then names {@link #name()})
     */
    boolean allows(Operation operation, int concession, World world);

    /**
     * Who holds the veto.
     *
     * @return its name as the trace gives it, e.g. a party id
     */
    String name();
}
