package io.github.bitforbit.terms;

import io.github.bitforbit.validation.Validate;

/**
 * A sanctioner-owned concession that is not a sanction tranche: a security assurance, a
 * suspension of exercises, a humanitarian exemption, a liaison office, an end-of-war declaration.
 *
 * @param id              unique id
 * @param owner           id of the sanctioner
 * @param kind            what it is
 * @param threatReduction how much it lowers the target's threat perception theta while in
 *                        effect (>= 0)
 * @param painRelief      share of the full sanctions pain it removes while in effect ([0, 1])
 * @param politicalCost   the sanctioner's political cost of giving it (utility, >= 0)
 */
public record Assurance(String id, String owner, AssuranceKind kind, double threatReduction, double painRelief,
                        double politicalCost) implements Concession {

    /**
     * Checks every component.
     *
     * @param id              unique id: printable text on one line
     * @param owner           id of the sanctioner
     * @param kind            what it is
     * @param threatReduction fall in the target's threat perception while in effect (&gt;= 0)
     * @param painRelief      share of the full sanctions pain it removes, 0 to 1
     * @param politicalCost   the sanctioner's base political cost of giving it (utility, &gt;= 0)
     * @throws IllegalArgumentException naming the field and value of the first bad component
     */
    public Assurance {
        Validate.id("concession.id", id);
        Validate.id("concessions." + id + ".owner", owner);
        Validate.notNull("concessions." + id + ".kind", kind);
        Validate.nonNegative("concessions." + id + ".threatReduction", threatReduction);
        Validate.probability("concessions." + id + ".painRelief", painRelief);
        Validate.nonNegative("concessions." + id + ".politicalCost", politicalCost);
    }

    /**
     * {@inheritDoc} For an assurance: {@code painRelief + 0.1 * threatReduction} (docs/ODD.md
     * sections 7.4 and 7.6), which may exceed 1.
     */
    @Override
    public double pairingValue() {
        return painRelief + threatReduction * 0.1;
    }
}
