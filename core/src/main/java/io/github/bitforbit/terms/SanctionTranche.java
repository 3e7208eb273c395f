package io.github.bitforbit.terms;

import io.github.bitforbit.validation.Validate;

/**
 * A sanctioner-owned group of sanctions that is lifted or restored together (coal, textiles...).
 *
 * @param id            unique id
 * @param owner         id of the sanctioner
 * @param weight        share of the full sanctions pain it carries ([0, 1]; the tranches of a
 *                      scenario sum to at most 1)
 * @param snapback      how it can be restored once lifted, with cause (after a violation)
 * @param politicalCost the sanctioner's political cost per step while it is lifted, before
 *                      hawkishness, partner pressure and snapback protection (utility per step,
 *                      &gt;= 0; default {@link Relief#POLITICAL_COST_PER_UNIT} x weight)
 * @param reimposable   how a wavering sanctioner can re-impose it without cause (default:
 *                      {@link Reimposition#defaultFor} of the snapback mode)
 */
public record SanctionTranche(String id, String owner, double weight, SnapbackMode snapback, double politicalCost,
                              Reimposition reimposable)
        implements Relief {

    /**
     * A tranche whose re-imposition without cause follows from its snapback mode (what a
     * version-1 file meant).
     *
     * @param id            unique id: printable text on one line
     * @param owner         id of the sanctioner
     * @param weight        share of the full sanctions pain, 0 to 1
     * @param snapback      how it can be restored (not null)
     * @param politicalCost base political cost per step while lifted (utility per step, &gt;= 0)
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public SanctionTranche(String id, String owner, double weight, SnapbackMode snapback, double politicalCost) {
        this(id, owner, weight, snapback, politicalCost,
                snapback == null ? null : Reimposition.defaultFor(snapback));
    }

    /**
     * Checks every component.
     *
     * @param id            unique id: printable text on one line
     * @param owner         id of the sanctioner
     * @param weight        share of the full sanctions pain, 0 to 1
     * @param snapback      how it can be restored (not null)
     * @param politicalCost base political cost per step while lifted (utility per step, &gt;= 0)
     * @param reimposable   how it can be re-imposed without cause (not null)
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public SanctionTranche {
        Validate.id("concession.id", id);
        Validate.id("concessions." + id + ".owner", owner);
        Validate.probability("concessions." + id + ".weight", weight);
        Validate.notNull("concessions." + id + ".snapback", snapback);
        Validate.nonNegative("concessions." + id + ".politicalCost", politicalCost);
        Validate.notNull("concessions." + id + ".reimposable", reimposable);
    }

    @Override
    public double pairingValue() {
        return weight;
    }
}
