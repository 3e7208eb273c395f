package io.github.bitforbit.rules;

/**
 * What an extension may read of a run in progress (docs/ODD.md section 2, "Extending"): the clock,
 * the concessions' state, the principals' beliefs and the target's capability. Read-only; the
 * engine's world implements it.
 */
public interface RunView {

    /** The current step, from 0 (month {@code step + 1}). */
    int step();

    /** The horizon in steps. */
    int horizon();

    /** The number of concessions; they are indexed from 0 in the scenario's order. */
    int concessions();

    /** The id of concession {@code i}. */
    String concessionId(int i);

    /** Whether concession {@code i} is a sanction tranche. */
    boolean isTranche(int i);

    /** Whether tranche {@code i} is in force now (false for other concessions). */
    boolean inForce(int i);

    /** The weight of tranche {@code i} (0 for other concessions). */
    double weight(int i);

    /** The sanctioner's trust in the target now, in [0, 1]. */
    double trustInTarget();

    /** The target's trust in the sanctioner now, in [0, 1]. */
    double trustInSanctioner();

    /** The target's real capability left, in [0, 1]. */
    double capability();

    /** The share of the sanctions weight lifted now, in [0, 1]. */
    double reliefDelivered();
}
