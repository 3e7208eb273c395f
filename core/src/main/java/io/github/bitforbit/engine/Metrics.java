package io.github.bitforbit.engine;

/**
 * The measurements of one run (docs/ODD.md section 7.10).
 *
 * @param phasesCompleted     phases completed (>= 0, at most {@code phasesPlanned})
 * @param phasesPlanned       phases in the plan at the end of the run (counter-offers may split
 *                            phases; in negotiated mode, the phases built so far)
 * @param capabilityRemaining the target's real capability at the end, in [0, 1]
 * @param reliefDelivered     share of the total sanctions weight lifted at the end, in [0, 1]
 * @param trustInTarget       the sanctioner's final belief that the target is cooperative, [0, 1]
 * @param trustInSanctioner   the target's final belief that the sanctioner is committed, [0, 1]
 * @param violations          cheating by the target, its steps not performed by their deadline, and
 *                            re-impositions without cause (>= 0)
 * @param detections          inspections that reported cheating, false alarms included (>= 0)
 * @param falseAlarms         detections of steps that were honest (>= 0)
 * @param snapbacks           tranches restored by snapback or rules (>= 0)
 * @param undetectedCheating  steps cheated on and never detected by the end (>= 0)
 * @param duration            steps the run lasted (>= 1, at most the horizon)
 * @param completedAt         the step in which the last phase was completed, from 0, or -1 if it
 *                            never was: "ever completed" is {@code completedAt >= 0}, whatever
 *                            happened to the agreement afterwards
 */
public record Metrics(int phasesCompleted, int phasesPlanned, double capabilityRemaining, double reliefDelivered,
                      double trustInTarget, double trustInSanctioner, int violations, int detections, int falseAlarms,
                      int snapbacks, int undetectedCheating, int duration, int completedAt) {

    /**
     * Whether every phase was completed at some step of the run.
     *
     * @return {@code completedAt >= 0}
     */
    public boolean everCompleted() {
        return completedAt >= 0;
    }
}
