package io.github.bitforbit.architecture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dependencies between core's compiled classes, as the JDK's {@code jdeps} reads them from the
 * bytecode (what the JVM loads, not what the Javadoc mentions), with names relative to
 * {@code io.github.bitforbit}. A nested class counts as its file's top-level class, and a sealed
 * type's permitted subtypes count as the sealed type: a closed family (the kinds of
 * {@code Concession}, of {@code AgreementDesign}) names its members by design, so it is one node.
 */
final class ClassGraph {
    private static final Path CLASSES = Path.of("target/classes");
    private static final String ROOT = "io.github.bitforbit.";
    private static final Pattern EDGE = Pattern.compile("^\\s+(io\\.github\\.bitforbit\\.\\S+)\\s+->\\s+(io\\.github\\.bitforbit\\.\\S+)\\s");

    private ClassGraph() {
    }

    /** Class (top-level or sealed family) to the classes it depends on, itself left out. */
    static Map<String, Set<String>> classes() {
        if (!Files.isDirectory(CLASSES)) {
            throw new IllegalStateException("no compiled classes at " + CLASSES.toAbsolutePath());
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none", CLASSES.toString());
        if (rc != 0) {
            throw new IllegalStateException("jdeps failed (" + rc + "): " + err);
        }
        Map<String, String> node = new HashMap<>();
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find()) {
                String from = node.computeIfAbsent(m.group(1), ClassGraph::nodeOf);
                String to = node.computeIfAbsent(m.group(2), ClassGraph::nodeOf);
                Set<String> deps = graph.computeIfAbsent(from, k -> new TreeSet<>());
                if (!from.equals(to)) {
                    deps.add(to);
                }
                graph.computeIfAbsent(to, k -> new TreeSet<>());
            }
        }
        return graph;
    }

    /** Package to the packages it depends on, itself left out. */
    static Map<String, Set<String>> packages(Map<String, Set<String>> classes) {
        Map<String, Set<String>> graph = new TreeMap<>();
        classes.forEach((c, deps) -> {
            Set<String> out = graph.computeIfAbsent(packageOf(c), k -> new TreeSet<>());
            for (String d : deps) {
                if (!packageOf(d).equals(packageOf(c))) {
                    out.add(packageOf(d));
                }
            }
        });
        return graph;
    }

    static String packageOf(String node) {
        return node.substring(0, node.lastIndexOf('.'));
    }

    /** The strongly connected components of more than one node (Tarjan's algorithm, iterative), each sorted. */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        for (String root : graph.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, new ArrayList<>(graph.getOrDefault(root, Set.of())).iterator()});
            index.put(root, index.size());
            low.put(root, index.get(root));
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                @SuppressWarnings("unchecked")
                java.util.Iterator<String> next = (java.util.Iterator<String>) frame[1];
                if (next.hasNext()) {
                    String w = next.next();
                    if (!index.containsKey(w)) {
                        index.put(w, index.size());
                        low.put(w, index.get(w));
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, new ArrayList<>(graph.getOrDefault(w, Set.of())).iterator()});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    Set<String> component = new TreeSet<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    if (component.size() > 1) {
                        out.add(component);
                    }
                }
            }
        }
        return out;
    }

    /** A class's node: its top-level class, or the sealed type it is permitted by. */
    private static String nodeOf(String binaryName) {
        int dollar = binaryName.indexOf('$');
        String top = dollar < 0 ? binaryName : binaryName.substring(0, dollar);
        try {
            Class<?> c = Class.forName(top, false, ClassGraph.class.getClassLoader());
            for (Class<?> s = sealedParent(c); s != null; s = sealedParent(s)) {
                c = s;
            }
            return c.getName().substring(ROOT.length());
        } catch (ClassNotFoundException e) {
            return top.substring(ROOT.length());
        }
    }

    private static Class<?> sealedParent(Class<?> c) {
        List<Class<?>> parents = new ArrayList<>(List.of(c.getInterfaces()));
        if (c.getSuperclass() != null) {
            parents.add(c.getSuperclass());
        }
        for (Class<?> p : parents) {
            if (p.isSealed() && List.of(p.getPermittedSubclasses()).contains(c)) {
                return p;
            }
        }
        return null;
    }
}
