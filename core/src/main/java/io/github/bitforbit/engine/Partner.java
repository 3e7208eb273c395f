package io.github.bitforbit.engine;

import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.RoleParameters;

/**
 * A partner of the sanctioner (docs/ODD.md section 2): it wants relief for the target (it presses
 * the sanctioner, lowering its political cost) and, once the tranches it requires are lifted, may
 * start inducements of its own, which stop when relief is taken back.
 */
final class Partner {
    final World world;
    final String id;
    private final RoleParameters.Partner params;
    // ------------------------------------------------------------ parameters (docs/ODD.md section 9)
    /** The value of its inducements, as a share of full sanctions pain, >= 0. */
    double inducement;
    /** How hard it presses the sanctioner for relief, in [0, 1]. */
    double pressure;
    /** Indices of the tranches it requires lifted (none: any lifted tranche will do). */
    int[] requires;
    /** Its chance per step of noticing that its condition is met, in [0, 1]. */
    double attention;
    /** Its inducements flow now. */
    boolean inducing;

    Partner(World world, Party party) {
        this.world = world;
        this.params = (RoleParameters.Partner) party.parameters();
        this.id = party.id();
        this.attention = party.attention();
        this.inducement = params.inducement();
        this.pressure = params.pressure();
    }

    void compile(Ledger l) {
        requires = params.requires().stream().mapToInt(l.index::get).toArray();
    }

    void reset() {
        inducing = false;
    }

    /** Stage 4: starts inducements when satisfied (and attentive), stops them when no longer satisfied. */
    void induce() {
        boolean satisfied = satisfied(null);
        if (inducing && !satisfied) {
            inducing = false;
        } else if (!inducing && satisfied && world.random.nextDouble() < attention) {
            inducing = true;
        }
    }

    /**
     * Whether the relief it requires is lifted now, or would be once phase {@code after} (may be
     * null) is done. Aid that has expired was delivered in full and not taken back: it still
     * counts as given.
     */
    boolean satisfied(PhaseTerms after) {
        Ledger l = world.ledger;
        if (requires.length == 0) {
            for (int i : l.tranches) {
                if (l.lifted(i) || l.expired[i]
                        || (after != null && l.inForce[i] && Ledger.contains(after.sanctioner, i))) {
                    return true;
                }
            }
            return false;
        }
        for (int i : requires) {
            if (!(l.lifted(i) || l.expired[i]
                    || (after != null && l.inForce[i] && Ledger.contains(after.sanctioner, i)))) {
                return false;
            }
        }
        return true;
    }

    /** A setter of parameter {@code name} ({@code parties.ID.name}) for uncertain draws; null if none. */
    java.util.function.DoubleConsumer parameter(String name) {
        return switch (name) {
            case "inducement" -> v -> inducement = v;
            case "pressure" -> v -> pressure = v;
            case "attention" -> v -> attention = v;
            default -> null;
        };
    }
}
