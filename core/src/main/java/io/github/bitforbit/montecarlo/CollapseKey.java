package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.CollapseCause;

import java.util.Objects;

/**
 * Who walked out, and why: the key of a collapse breakdown.
 *
 * @param party the id of the party that walked out, e.g. {@code "DPRK"}
 * @param cause why it walked out
 */
public record CollapseKey(String party, CollapseCause cause) {

    /**
     * Checks that neither part is null.
     *
     * @param party see {@link #party()}
     * @param cause see {@link #cause()}
     */
    public CollapseKey {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(cause, "cause");
    }

    /** {@code party:cause}, e.g. {@code "DPRK:deadline"}. */
    @Override
    public String toString() {
        return party + ":" + cause.label();
    }
}
