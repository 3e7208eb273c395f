package io.github.bitforbit.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A mapping of the scenario format: its keys, and, for mappings whose keys depend on one of
 * them (a party's {@code role}, a concession's {@code kind}), the name of that discriminator.
 *
 * @param name          the section's name in the docs, e.g. {@code "party"}
 * @param description   what one such mapping describes
 * @param discriminator the key whose value selects the other keys that apply ("" if none)
 * @param fields        every key, in the order they are read and written
 */
record ObjectSpec(String name, String description, String discriminator, List<Field> fields) {

    ObjectSpec {
        discriminator = discriminator == null ? "" : discriminator;
        fields = List.copyOf(fields);
    }

    /** The key with this name. */
    Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.name().equals(key)).findFirst();
    }

    /** The key with this name; fails for a name that is not in the spec (a programming error). */
    Field get(String key) {
        return field(key).orElseThrow(() -> new IllegalStateException(name + " has no key " + key));
    }

    /** The key with this name that applies for this discriminator value. */
    Field get(String key, String variant) {
        return fields.stream().filter(f -> f.name().equals(key) && f.appliesTo(variant)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " has no key " + key + " for " + variant));
    }

    /** The keys that apply for this discriminator value. */
    List<Field> applicable(String variant) {
        return fields.stream().filter(f -> f.appliesTo(variant)).toList();
    }

    /** The discriminator's allowed values. */
    List<String> variants() {
        return discriminator.isEmpty() ? List.of() : get(discriminator).choices();
    }
}
