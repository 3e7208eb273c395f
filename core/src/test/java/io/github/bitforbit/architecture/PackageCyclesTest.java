package io.github.bitforbit.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package layering of core's main sources, read from the sources themselves (imports and
 * fully qualified names): no package cycle. The runtime ({@code engine}) and the Monte Carlo
 * machinery sit strictly above the scenario data, the decisions and the rules, and nothing below
 * reaches up to them.
 *
 * <p>Two cycles predate the agent refactor and are pinned here so that no new one can join them:
 * {@code model -> agents} (a {@code Party} holds its {@code Strategy}) and {@code model -> rules}
 * (a {@code Scenario} holds its {@code AgreementDesign}). Removing them means moving the deal data
 * and the strategy contract into {@code model}, a public API change left for a release that can
 * break callers; when it is done, this list must shrink (the test also fails on a stale entry).
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/bitforbit");
    private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.bitforbit\\.([a-z]+)\\.[A-Z]");
    private static final Set<String> PINNED = Set.of("model -> agents", "model -> rules");

    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path f : files) {
            String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
            Set<String> out = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(Files.readString(f));
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    out.add(m.group(1));
                }
            }
        }
        return graph;
    }

    /** The packages on a cycle through {@code start} in {@code graph}, or an empty list. */
    static List<String> cycleThrough(String start, Map<String, Set<String>> graph) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            for (String next : graph.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    paths.add(longer);
                }
            }
        }
        return List.of();
    }

    @Test
    void corePackagesFormALayeringWithoutNewCycles() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        assertTrue(graph.keySet().containsAll(Set.of("engine", "model", "rules", "agents", "montecarlo", "stats")),
                "sources not found: " + graph.keySet());
        for (String edge : PINNED) {
            String[] ab = edge.split(" -> ");
            assertTrue(graph.get(ab[0]).contains(ab[1]), "pinned dependency " + edge + " is gone: unpin it");
            graph.get(ab[0]).remove(ab[1]);
        }
        for (String pkg : graph.keySet()) {
            assertEquals(List.of(), cycleThrough(pkg, graph), "package cycle through " + pkg);
        }
    }

    @Test
    void theRuntimeAndTheMonteCarloAreAboveTheData() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        for (String low : List.of("model", "rules", "agents", "stats")) {
            assertTrue(graph.get(low).stream().noneMatch(Set.of("engine", "montecarlo")::contains),
                    low + " reaches up to " + graph.get(low));
        }
        assertTrue(!graph.get("engine").contains("montecarlo"), "engine reaches up to montecarlo");
    }

    @Test
    void theCheckSeesACycle() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of("a", "b", "c", "a"), cycleThrough("a", g));
        assertEquals(List.of(), cycleThrough("d", g));
    }
}
