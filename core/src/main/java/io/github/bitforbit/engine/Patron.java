package io.github.bitforbit.engine;

import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.SnapbackMode;

/**
 * A patron of the target (docs/ODD.md section 2): it offsets part of the sanctions pain through
 * lax enforcement (leakage), cuts that after a provocation, and may veto the restoration of a
 * tranche whose snapback needs a vote: a {@link VetoPoint} on restoring.
 */
final class Patron implements VetoPoint {
    final World world;
    final Party party;
    // ------------------------------------------------------------ parameters (docs/ODD.md section 9)
    /** The share of sanctions pain it offsets at the start, in [0, 1]. */
    double initialLeakage;
    /** The share of its leakage it cuts after a provocation, in [0, 1]. */
    double leakageCut;
    /** Its chance of vetoing one restoration vote, in [0, 1]. */
    double vetoProbability;

    /** The share of sanctions pain it offsets now, in [0, 1]. */
    double leakage;

    Patron(World world, Party party) {
        this.world = world;
        this.party = party;
        RoleParameters.Patron params = (RoleParameters.Patron) party.parameters();
        this.initialLeakage = params.leakage();
        this.leakageCut = params.leakageCut();
        this.vetoProbability = params.vetoProbability();
    }

    void reset() {
        leakage = initialLeakage;
    }

    /** Stage 1: a provocation this step makes it cut its leakage. */
    void react() {
        if (world.provocationNow) {
            leakage *= 1 - leakageCut;
        }
    }

    /** The leakage it would keep after cutting it (what the target expects if it walks out). */
    double leakageAfterCut() {
        return leakage * (1 - leakageCut);
    }

    /**
     * A vote to restore a tranche (snapback by vote) or to re-impose one without cause
     * ({@code reimposable: vote}): vetoed with its veto probability (one draw per vote).
     */
    @Override
    public boolean allows(Operation operation, int concession, World w) {
        boolean vote = operation == Operation.RESTORE ? w.ledger.snapback[concession] == SnapbackMode.VOTE
                : operation == Operation.REIMPOSE && w.ledger.reimposable[concession] == Reimposition.VOTE;
        if (!vote) {
            return true;
        }
        return !(w.random.nextDouble() < vetoProbability);
    }

    @Override
    public String name() {
        return party.id();
    }

    /** A setter of parameter {@code name} ({@code parties.ID.name}) for uncertain draws; null if none. */
    java.util.function.DoubleConsumer parameter(String name) {
        return switch (name) {
            case "leakage" -> v -> initialLeakage = v;
            case "leakageCut" -> v -> leakageCut = v;
            case "vetoProbability" -> v -> vetoProbability = v;
            default -> null;
        };
    }
}
