package io.github.bitforbit.terms;

import io.github.bitforbit.validation.Validate;

/**
 * Aid the sanctioner delivers (MODEL.md 2): food, fuel oil, a reactor programme. While it is
 * delivered the target receives {@code value} per step, on top of the sanctions relief and not
 * offset by leakage; it can be suspended, with or without cause, as a tranche can be re-imposed.
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
 */
public record Aid(String id, String owner, double value, SnapbackMode snapback, double politicalCost,
                  Reimposition reimposable) implements Relief {

    /**
     * Checks every component.
     *
     * @param id            unique id: printable text on one line
     * @param owner         id of the sanctioner
     * @param value         utility per step to the target, &gt;= 0
     * @param snapback      how it can be suspended with cause (not null)
     * @param politicalCost political cost per step while delivered (utility per step, &gt;= 0)
     * @param reimposable   how it can be suspended without cause (not null)
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public Aid {
        Validate.id("concession.id", id);
        Validate.id("concessions." + id + ".owner", owner);
        Validate.nonNegative("concessions." + id + ".value", value);
        Validate.notNull("concessions." + id + ".snapback", snapback);
        Validate.nonNegative("concessions." + id + ".politicalCost", politicalCost);
        Validate.notNull("concessions." + id + ".reimposable", reimposable);
    }

    /**
     * Its value per step, the size by which templates pair it with the target's steps (as a
     * tranche's weight: with the default sanctions pain of 1 the two are in the same unit).
     *
     * @return {@link #value()}
     */
    @Override
    public double pairingValue() {
        return value;
    }
}
