package io.github.bitforbit.rules;

/**
 * What an extension may read of a run in progress (docs/ODD.md section 2, "Extending"): the clock,
 * the concessions' state, the principals' beliefs and the target's capability. Read-only; the
 * engine's world implements it.
 */
public interface RunView {

    /**
     * The clock.
     *
     * @return the current step, from 0 (month {@code step + 1})
     */
    int step();

    /**
     * How long the run may last.
     *
     * @return the horizon in steps (months)
     */
    int horizon();

    /**
     * How many concessions there are; they are indexed from 0 in the scenario's order.
     *
     * @return the number of concessions of both sides
     */
    int concessions();

    /**
     * The id of a concession.
     *
     * @param i its index, 0 to {@link #concessions()} - 1
     * @return its id in the scenario, e.g. {@code "coal"}
     */
    String concessionId(int i);

    /**
     * Whether a concession is a sanction tranche.
     *
     * @param i its index
     * @return true for a tranche, false for a disarmament step or an assurance
     */
    boolean isTranche(int i);

    /**
     * Whether a tranche is in force now.
     *
     * @param i its index
     * @return true while the tranche's sanctions apply (false for other concessions)
     */
    boolean inForce(int i);

    /**
     * The weight of a tranche.
     *
     * @param i its index
     * @return its share of the full sanctions pain, 0 to 1 (0 for other concessions)
     */
    double weight(int i);

    /**
     * The sanctioner's trust now.
     *
     * @return its belief that the target is a security-seeker, 0 to 1
     */
    double trustInTarget();

    /**
     * The target's trust now.
     *
     * @return its belief that the sanctioner is committed, 0 to 1
     */
    double trustInSanctioner();

    /**
     * The target's real capability left (not what it declares: cheated steps remove nothing).
     *
     * @return the share of its deterrent in place, 0 to 1
     */
    double capability();

    /**
     * How much relief the target has now.
     *
     * @return the share of the total sanctions weight lifted, 0 to 1
     */
    double reliefDelivered();
}
