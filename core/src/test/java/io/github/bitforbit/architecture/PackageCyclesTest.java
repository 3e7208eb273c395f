package io.github.bitforbit.architecture;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package layering of core's main classes, from the bytecode ({@link ClassGraph}): every
 * dependency goes from a package to one strictly lower in {@link #LAYER}, so there is no package
 * cycle and nothing low reaches up. From the bottom: checking values; the terms of an agreement;
 * the agents' decisions and the rules, side by side; the scenario that holds them; the runtime;
 * the Monte Carlo; evidence and robust comparison on top. Statistics stand apart at the bottom.
 */
class PackageCyclesTest {
    static final Map<String, Integer> LAYER = Map.of(
            "validation", 0, "stats", 0,
            "terms", 1,
            "agents", 2, "rules", 2,
            "model", 3,
            "engine", 4,
            "montecarlo", 5,
            "evidence", 6, "robust", 6);

    @Test
    void everyDependencyGoesDownTheLayering() {
        Map<String, Set<String>> packages = ClassGraph.packages(ClassGraph.classes());
        assertTrue(packages.keySet().containsAll(Set.of("engine", "model", "rules", "agents", "terms", "montecarlo")),
                "classes not found: " + packages.keySet());
        List<String> wrong = new ArrayList<>();
        packages.forEach((from, deps) -> {
            assertTrue(LAYER.containsKey(from), "package " + from + " has no place in the layering: add it to LAYER");
            for (String to : deps) {
                if (LAYER.get(to) >= LAYER.get(from)) {
                    wrong.add(from + " -> " + to);
                }
            }
        });
        assertEquals(List.of(), wrong, "dependencies that do not go down the layering");
    }

    @Test
    void thereIsNoPackageCycle() {
        assertEquals(List.of(), ClassGraph.cycles(ClassGraph.packages(ClassGraph.classes())));
    }

    @Test
    void theCheckSeesACycle() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"),
                "e", Set.of("f"), "f", Set.of("e"));
        assertEquals(Set.of(Set.of("a", "b", "c"), Set.of("e", "f")), Set.copyOf(ClassGraph.cycles(g)));
        assertEquals(List.of(), ClassGraph.cycles(Map.of("a", Set.of("b"), "b", Set.of())));
    }
}
