package io.github.bitforbit.terms;

import io.github.bitforbit.validation.Validate;

/**
 * A target-owned concession: a step that removes part of the deterrent, or a gesture that removes
 * none (remains returned, landmines cleared).
 *
 * @param id             unique id
 * @param owner          id of the target
 * @param deterrence     share of capability it removes ([0, 1]; 0 for a pure gesture)
 * @param reversalSteps  steps the target needs to undo it (>= 1), or {@link #IRREVERSIBLE}
 * @param verifiability  probability per step that cheating on it is detected, and that an honest
 *                       performance is confirmed ([0, 1]; 0 means it can never be verified)
 * @param falseAlarm     probability that a conclusive inspection of it, honestly performed,
 *                       reports cheating ([0, 1)), or {@link #SCENARIO_FALSE_ALARM} for the
 *                       scenario's rate: ambiguity belongs to a term (satellite launch or missile)
 * @param continuing     whether, once performed honestly, it is an obligation in force every step
 *                       (a freeze, a moratorium) that the target can openly break by undoing it;
 *                       false for a one-off step. Default {@link #continuingByDefault}: true
 *                       exactly when it is reversible. An irreversible step cannot be continuing:
 *                       breaking is undoing, and it cannot be undone
 */
public record DisarmamentStep(String id, String owner, double deterrence, int reversalSteps, double verifiability,
                              double falseAlarm, boolean continuing)
        implements Concession {

    /** {@link #reversalSteps()} of a step that cannot be undone. */
    public static final int IRREVERSIBLE = Integer.MAX_VALUE;

    /** {@link #falseAlarm()} of a step that takes the scenario's false-alarm rate (NaN: no rate of its own). */
    public static final double SCENARIO_FALSE_ALARM = Double.NaN;

    /**
     * A step with the scenario's false-alarm rate (what a version-1 file meant).
     *
     * @param id            unique id: printable text on one line
     * @param owner         id of the target
     * @param deterrence    share of capability it removes, 0 to 1
     * @param reversalSteps steps to undo it (&gt;= 1), or {@link #IRREVERSIBLE}
     * @param verifiability probability per step that an inspection of it is conclusive, 0 to 1
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public DisarmamentStep(String id, String owner, double deterrence, int reversalSteps, double verifiability) {
        this(id, owner, deterrence, reversalSteps, verifiability, SCENARIO_FALSE_ALARM);
    }

    /**
     * A step that is a continuing obligation exactly when it is reversible (what a file that does
     * not say {@code continuing} means).
     *
     * @param id            unique id: printable text on one line
     * @param owner         id of the target
     * @param deterrence    share of capability it removes, 0 to 1
     * @param reversalSteps steps to undo it (&gt;= 1), or {@link #IRREVERSIBLE}
     * @param verifiability probability per step that an inspection of it is conclusive, 0 to 1
     * @param falseAlarm    its own false-alarm rate, 0 to 1 (exclusive), or {@link #SCENARIO_FALSE_ALARM}
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public DisarmamentStep(String id, String owner, double deterrence, int reversalSteps, double verifiability,
                           double falseAlarm) {
        this(id, owner, deterrence, reversalSteps, verifiability, falseAlarm, continuingByDefault(reversalSteps));
    }

    /**
     * Whether a step of reversal time {@code reversalSteps} is a continuing obligation when
     * nothing says otherwise: a reversible step (a freeze, a moratorium, a cap) is; an
     * irreversible one has nothing left to break.
     *
     * @param reversalSteps steps to undo it, or {@link #IRREVERSIBLE}
     * @return {@code reversalSteps != IRREVERSIBLE}
     */
    public static boolean continuingByDefault(int reversalSteps) {
        return reversalSteps != IRREVERSIBLE;
    }

    /**
     * Checks every component.
     *
     * @param id            unique id: printable text on one line
     * @param owner         id of the target
     * @param deterrence    share of capability it removes, 0 to 1
     * @param reversalSteps steps to undo it (&gt;= 1), or {@link #IRREVERSIBLE}
     * @param verifiability probability per step that an inspection of it is conclusive, 0 to 1
     * @param falseAlarm    its own false-alarm rate, 0 to 1 (exclusive), or {@link #SCENARIO_FALSE_ALARM}
     * @param continuing    whether it is an obligation in force once performed (false: a one-off
     *                      step); true only for a reversible step
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public DisarmamentStep {
        Validate.id("concession.id", id);
        Validate.id("concessions." + id + ".owner", owner);
        Validate.probability("concessions." + id + ".deterrence", deterrence);
        Validate.atLeast("concessions." + id + ".reversibility", reversalSteps, 1);
        Validate.probability("concessions." + id + ".verifiability", verifiability);
        if (!Double.isNaN(falseAlarm)) {
            Validate.inRange("concessions." + id + ".falseAlarm", falseAlarm, 0.0, 0.999999);
        }
        if (continuing && reversalSteps == IRREVERSIBLE) {
            throw new IllegalArgumentException("concessions." + id + ".continuing: an irreversible step cannot be "
                    + "continuing: breaking an obligation is undoing the step, and it cannot be undone (give it a "
                    + "reversibility, or drop continuing: true)");
        }
    }

    /**
     * The same step with reversal time {@code steps}. Its {@link #continuing} flag follows the
     * default if it was at the default for its old reversal time (a sweep of the reversibility of
     * a file's step that did not say {@code continuing} moves both, as a file with that
     * reversibility would); a flag set against the default (a reversible one-off step) is kept.
     *
     * @param steps steps to undo it (&gt;= 1), or {@link #IRREVERSIBLE}
     * @return the new step
     * @throws IllegalArgumentException if {@code steps} is below 1
     */
    public DisarmamentStep withReversalSteps(int steps) {
        boolean flag = continuing == continuingByDefault(reversalSteps) ? continuingByDefault(steps) : continuing;
        return new DisarmamentStep(id, owner, deterrence, steps, verifiability, falseAlarm, flag);
    }

    /**
     * Whether it has a false-alarm rate of its own.
     *
     * @return false if it takes the scenario's
     */
    public boolean hasOwnFalseAlarm() {
        return !Double.isNaN(falseAlarm);
    }

    /**
     * Its false-alarm rate in a scenario whose rate is {@code scenarioRate}.
     *
     * @param scenarioRate the scenario's {@code falseAlarm}
     * @return its own rate if it has one, else {@code scenarioRate}
     */
    public double falseAlarmIn(double scenarioRate) {
        return hasOwnFalseAlarm() ? falseAlarm : scenarioRate;
    }

    /**
     * Whether it can be undone. A reversible step's security loss counts only over its reversal
     * time, an irreversible one's for ever (docs/ODD.md section 7).
     *
     * @return false for {@link #IRREVERSIBLE}
     */
    public boolean reversible() {
        return reversalSteps != IRREVERSIBLE;
    }

    @Override
    public double pairingValue() {
        return deterrence;
    }
}
