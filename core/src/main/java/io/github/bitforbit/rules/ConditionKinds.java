package io.github.bitforbit.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The registered {@link ConditionKind}s: those listed under {@code META-INF/services} on the class
 * path, and those added with {@link #register}. The rule parser, the rule-set check and the
 * engine all look kinds up here.
 */
public final class ConditionKinds {
    private static final Set<String> BUILT_IN = Set.of("completed", "verified", "violated", "detected", "restored",
            "step", "trust");
    private static final Map<String, ConditionKind> KINDS = new LinkedHashMap<>(); // guarded by the class

    static {
        for (ConditionKind k : ServiceLoader.load(ConditionKind.class, ConditionKinds.class.getClassLoader())) {
            register(k);
        }
    }

    private ConditionKinds() {
    }

    /**
     * Adds a kind under its name; registering the same class again replaces it.
     *
     * @param kind the condition kind
     * @throws IllegalArgumentException if the name is a built-in or taken by another kind
     */
    public static synchronized void register(ConditionKind kind) {
        String name = kind.name();
        if (!name.matches("[a-z][a-z-]*") || BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("condition kind '" + name + "': not a free name (lower case and "
                    + "hyphens, none of " + String.join(", ", BUILT_IN) + ")");
        }
        ConditionKind old = KINDS.get(name);
        if (old != null && old.getClass() != kind.getClass()) {
            throw new IllegalArgumentException("a condition kind named '" + name + "' is already registered");
        }
        KINDS.put(name, kind);
    }

    /**
     * The kind registered under a name.
     *
     * @param name a name as rules write it
     * @return the kind, or empty if none is registered under it
     */
    public static synchronized Optional<ConditionKind> find(String name) {
        return Optional.ofNullable(KINDS.get(name));
    }

    /**
     * The condition names beyond the built-in ones.
     *
     * @return the names of the registered kinds, in registration order
     */
    public static synchronized List<String> names() {
        return List.copyOf(KINDS.keySet());
    }
}
