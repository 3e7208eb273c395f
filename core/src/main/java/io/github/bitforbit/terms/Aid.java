package io.github.bitforbit.terms;

import io.github.bitforbit.validation.Validate;

/**
 * Aid the sanctioner delivers (MODEL.md 2): food, fuel oil, a reactor programme. While it is
 * delivered the target receives {@code value} per step, on top of the sanctions relief and not
 * offset by leakage; it can be suspended, with or without cause, as a tranche can be re-imposed.
 * With a {@code duration} the delivery is a programme of that many steps: once they have been
 * delivered it <em>expires</em>, delivered and done, which is neither a violation nor a
 * suspension (docs/ODD.md section 7.3).
 *
 * @param id            unique id
 * @param owner         id of the sanctioner
 * @param value         what it is worth to the target per step while delivered (utility/step,
 *                      &gt;= 0; the full sanctions regime's pain is 1 by default)
 * @param snapback      how it can be suspended once delivered, with cause (after a violation)
 * @param politicalCost the sanctioner's political cost per step while delivering it (utility
 *                      per step, &gt;= 0; default {@link Relief#POLITICAL_COST_PER_UNIT} x value)
 * @param reimposable   how a wavering sanctioner can suspend it without cause (default:
 *                      {@link Reimposition#defaultFor} of the snapback mode)
 * @param duration      how many steps (months) of delivery it lasts, &gt;= 1, counted only while
 *                      it is delivered (a suspension pauses the count); or
 *                      {@link #UNTIL_SUSPENDED}: it flows until suspended (the default)
 */
public record Aid(String id, String owner, double value, SnapbackMode snapback, double politicalCost,
                  Reimposition reimposable, int duration) implements Relief {

    /** {@link #duration()} of aid that has no duration: once delivered it flows until it is suspended. */
    public static final int UNTIL_SUSPENDED = Integer.MAX_VALUE;

    /**
     * Aid without a duration: once delivered it flows until it is suspended (what a file without
     * {@code duration} means).
     *
     * @param id            unique id: printable text on one line
     * @param owner         id of the sanctioner
     * @param value         utility per step to the target, &gt;= 0
     * @param snapback      how it can be suspended with cause (not null)
     * @param politicalCost political cost of delivering it (utility, &gt;= 0)
     * @param reimposable   how it can be suspended without cause (not null)
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public Aid(String id, String owner, double value, SnapbackMode snapback, double politicalCost,
               Reimposition reimposable) {
        this(id, owner, value, snapback, politicalCost, reimposable, UNTIL_SUSPENDED);
    }

    /**
     * Checks every component.
     *
     * @param id            unique id: printable text on one line
     * @param owner         id of the sanctioner
     * @param value         utility per step to the target, &gt;= 0
     * @param snapback      how it can be suspended with cause (not null)
     * @param politicalCost political cost per step while delivered (utility per step, &gt;= 0)
     * @param reimposable   how it can be suspended without cause (not null)
     * @param duration      steps of delivery, &gt;= 1, or {@link #UNTIL_SUSPENDED}
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public Aid {
        Validate.id("concession.id", id);
        Validate.id("concessions." + id + ".owner", owner);
        Validate.nonNegative("concessions." + id + ".value", value);
        Validate.notNull("concessions." + id + ".snapback", snapback);
        Validate.nonNegative("concessions." + id + ".politicalCost", politicalCost);
        Validate.notNull("concessions." + id + ".reimposable", reimposable);
        Validate.atLeast("concessions." + id + ".duration", duration, 1);
    }

    /**
     * Whether its delivery has a duration, after which it expires.
     *
     * @return false if it flows until suspended ({@link #UNTIL_SUSPENDED})
     */
    public boolean hasDuration() {
        return duration != UNTIL_SUSPENDED;
    }

    /**
     * Its value per step, the size by which templates pair it with the target's steps (as a
     * tranche's weight: with the default sanctions pain of 1 the two are in the same unit),
     * whatever its duration.
     *
     * @return {@link #value()}
     */
    @Override
    public double pairingValue() {
        return value;
    }
}
