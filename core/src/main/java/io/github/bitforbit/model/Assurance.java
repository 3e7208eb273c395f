package io.github.bitforbit.model;

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

    public Assurance {
        Validate.id("concession.id", id);
        Validate.id("concessions." + id + ".owner", owner);
        Validate.notNull("concessions." + id + ".kind", kind);
        Validate.nonNegative("concessions." + id + ".threatReduction", threatReduction);
        Validate.probability("concessions." + id + ".painRelief", painRelief);
        Validate.nonNegative("concessions." + id + ".politicalCost", politicalCost);
    }

    @Override
    public double pairingValue() {
        return painRelief + threatReduction * 0.1;
    }
}
