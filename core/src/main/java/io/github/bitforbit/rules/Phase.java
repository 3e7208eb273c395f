package io.github.bitforbit.rules;

import io.github.bitforbit.validation.Validate;

import java.util.List;

/**
 * One phase of an agreement: what each principal gives, in which order, by when (docs/ODD.md
 * section 7.3).
 *
 * @param name               a label, e.g. {@code "phase 2"} (unique within a rule set)
 * @param targetGives        ids of the target's concessions in this phase
 * @param sanctionerGives    ids of the sanctioner's concessions in this phase
 * @param order              who performs first
 * @param deadline           steps from acceptance by which the phase must be complete (>= 1);
 *                           when it passes, the party that is still owed walks out
 * @param verifyBeforeReward whether the second mover's part waits until the first mover's
 *                           verifiable steps are verified
 * @param unilateral         whether the first mover performs without waiting for acceptance
 *                           (GRIT): the other side then chooses to reciprocate or not, and a
 *                           missed deadline halts further initiatives instead of ending the talks
 * @param notBefore          the earliest step at which it may be offered or started (>= 0; 0:
 *                           at once), e.g. a transition day in year 8
 */
public record Phase(String name, List<String> targetGives, List<String> sanctionerGives, Order order, int deadline,
                    boolean verifyBeforeReward, boolean unilateral, int notBefore) {

    /**
     * A phase that may be offered at once (what a version-1 file meant).
     *
     * @param name               a label: printable text on one line
     * @param targetGives        ids of the target's concessions (not null)
     * @param sanctionerGives    ids of the sanctioner's concessions (not null)
     * @param order              who performs first (not null)
     * @param deadline           steps from acceptance (&gt;= 1)
     * @param verifyBeforeReward whether the second mover waits for verification
     * @param unilateral         whether the first mover acts without acceptance
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Phase(String name, List<String> targetGives, List<String> sanctionerGives, Order order, int deadline,
                 boolean verifyBeforeReward, boolean unilateral) {
        this(name, targetGives, sanctionerGives, order, deadline, verifyBeforeReward, unilateral, 0);
    }

    /**
     * Checks the phase and copies its lists; whether the ids exist and belong to the right side
     * is checked against the scenario ({@link RuleSetCheck}).
     *
     * @param name               a label: printable text on one line
     * @param targetGives        ids of the target's concessions (not null)
     * @param sanctionerGives    ids of the sanctioner's concessions (not null)
     * @param order              who performs first (not null)
     * @param deadline           steps from acceptance (&gt;= 1)
     * @param verifyBeforeReward whether the second mover waits for verification
     * @param unilateral         whether the first mover acts without acceptance; needs a first
     *                           mover, so not {@link Order#SIMULTANEOUS}
     * @param notBefore          the earliest step it may be offered or started (&gt;= 0)
     * @throws IllegalArgumentException if a part is missing or out of range, both sides are empty,
     *                                  or a unilateral phase is simultaneous
     */
    public Phase {
        Validate.id("phase.name", name);
        targetGives = Validate.list("phases." + name + ".target", targetGives);
        sanctionerGives = Validate.list("phases." + name + ".sanctioner", sanctionerGives);
        Validate.notNull("phases." + name + ".order", order);
        Validate.atLeast("phases." + name + ".deadline", deadline, 1);
        Validate.atLeast("phases." + name + ".notBefore", notBefore, 0);
        if (targetGives.isEmpty() && sanctionerGives.isEmpty()) {
            throw new IllegalArgumentException("phases." + name + ": a phase must give something");
        }
        if (unilateral && order == Order.SIMULTANEOUS) {
            throw new IllegalArgumentException("phases." + name + ": a unilateral phase needs a first mover, not simultaneous");
        }
    }

    /**
     * A copy with another name, e.g. for a remedy phase.
     *
     * @param newName the new label
     * @return the copy, its terms unchanged
     */
    public Phase withName(String newName) {
        return new Phase(newName, targetGives, sanctionerGives, order, deadline, verifyBeforeReward, unilateral,
                notBefore);
    }

    /**
     * A copy with other concessions on each side, its order, deadline, flags and timing unchanged.
     *
     * @param newName    the new label
     * @param target     ids of the target's concessions
     * @param sanctioner ids of the sanctioner's concessions
     * @return the copy
     * @throws IllegalArgumentException if both sides are empty
     */
    public Phase withItems(String newName, List<String> target, List<String> sanctioner) {
        return new Phase(newName, target, sanctioner, order, deadline, verifyBeforeReward, unilateral, notBefore);
    }
}
