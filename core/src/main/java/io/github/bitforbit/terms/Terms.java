package io.github.bitforbit.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an agreement can be about: who the parties are and what each can give. It is the part of a
 * scenario that agreement designs, templates, rule conditions and rule checks read
 * ({@code io.github.bitforbit.rules}), so that they depend on the terms and not on the whole
 * scenario ({@link io.github.bitforbit.model.Scenario} implements it); a template needs no more to
 * pair the two sides' concessions, and a rule check no more to find an unknown tranche.
 */
public interface Terms {

    /**
     * Everything any party can give.
     *
     * @return the concessions in declaration order, read-only
     */
    List<Concession> concessions();

    /**
     * The role of a party of one of the four built-in roles.
     *
     * @param partyId a party id, e.g. {@code "DPRK"}
     * @return its role, or empty if no such party has a built-in role
     */
    Optional<Role> roleOf(String partyId);

    /**
     * The ids of the principals (the sanctioner and the target), who alone accept, perform and walk
     * out.
     *
     * @return their ids in declaration order
     */
    List<String> principalIds();

    /**
     * How the target values what it gives and gets, on which the paired templates balance their
     * phases (docs/ODD.md 7.6).
     *
     * @return the target's scale; {@link TargetValues#LINEAR} for terms that know no target
     */
    default TargetValues targetValues() {
        return TargetValues.LINEAR;
    }

    /**
     * The concession with this id.
     *
     * @param id a concession id, e.g. {@code "yongbyon"}
     * @return the concession, or empty if there is none with this id
     */
    default Optional<Concession> concession(String id) {
        return concessions().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The concessions a party of this role owns: the target's disarmament steps, or the
     * sanctioner's tranches and assurances.
     *
     * @param role the owner's role
     * @return its concessions in declaration order (empty for a third party's role)
     */
    default List<Concession> concessionsOf(Role role) {
        List<Concession> out = new ArrayList<>();
        for (Concession c : concessions()) {
            if (roleOf(c.owner()).orElse(null) == role) {
                out.add(c);
            }
        }
        return out;
    }
}
