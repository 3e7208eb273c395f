package io.github.bitforbit.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.Suggestions;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Position;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scenario files and the built-in scenario library: the entry point of this module.
 *
 * <pre>{@code
 * Scenario s = Scenarios.load(Path.of("my.yaml"));        // or Scenarios.builtIn("dprk-2018")
 * RunResult r = new Simulation(s, s.design("historical")).run(42);
 * Scenarios.write(s, Path.of("copy.yaml"));               // loads back to the same runs
 * }</pre>
 *
 * <p>Loading either returns a valid scenario or throws a {@link ScenarioException} that lists
 * every problem, each as {@code file:line:column: path: message}. Files are YAML (or JSON, by the
 * {@code .json} extension) of at most 1 MiB; no key of a file can name a Java type.
 */
public final class Scenarios {
    /** The scenario used wherever one is optional: the article's post-Singapore situation. */
    public static final String DEFAULT = "dprk-2018";

    /** The built-in scenarios, in the order {@link #list()} gives them. */
    public static final List<String> BUILT_IN = List.of("dprk-2018", "agreed-framework-1994", "six-party-2007",
            "hanoi-2019", "jcpoa-2015", "demo");

    private static final String RESOURCES = "/io/github/bitforbit/scenario/builtin/";
    private static final int MAX_EXTENDS = 16;
    private static final Map<String, Scenario> CACHE = new ConcurrentHashMap<>();

    private Scenarios() {
    }

    /**
     * Loads a scenario file (YAML, or JSON if it ends in {@code .json}).
     *
     * @param file the file
     * @return loads a scenario file (YAML, or JSON if it ends in {@code .json})
     * @throws ScenarioException listing every problem, or why the file cannot be read
     */
    public static Scenario load(Path file) {
        String name = file.toString();
        return ScenarioReader.read(resolve(readFile(file, new Position(name, 1, 1)), file.toAbsolutePath().getParent(),
                new ArrayList<>(List.of(key(file)))));
    }

    /**
     * Parses scenario text. {@code sourceName} names it in problems, decides YAML or JSON by its
     * extension, and is the base for a relative {@code extends} path.
     *
     * @param sourceName the name used in messages, e.g. the file name
     * @param text the text
     * @return parses scenario text
     * @throws ScenarioException listing every problem
     */
    public static Scenario parse(String text, String sourceName) {
        MapNode root = TreeReader.read(text.getBytes(StandardCharsets.UTF_8), sourceName);
        Path dir = null;
        try {
            Path p = Path.of(sourceName).toAbsolutePath();
            dir = p.getParent();
        } catch (InvalidPathException e) {
            dir = null;
        }
        return ScenarioReader.read(resolve(root, dir, new ArrayList<>(List.of(sourceName))));
    }

    /**
     * A built-in scenario ({@link #BUILT_IN}).
     *
     * @param name the name
     * @return a built-in scenario ({@link #BUILT_IN})
     * @throws IllegalArgumentException for an unknown name, with a suggestion
     */
    public static Scenario builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("unknown built-in scenario '" + name + "'"
                    + Suggestions.didYouMean(name, BUILT_IN) + " (built in: " + String.join(", ", BUILT_IN) + ")");
        }
        return CACHE.computeIfAbsent(name, n -> ScenarioReader.read(resolve(builtInTree(n, null), null,
                new ArrayList<>(List.of("builtin/" + n + ".yaml")))));
    }

    /**
     * A built-in scenario by name, or else a scenario file by path: what a command line takes.
     *
     * @param nameOrPath a built-in name or a file path
     * @return a built-in scenario by name, or else a scenario file by path: what a command line takes
     * @throws ScenarioException if it is neither, or the file has problems
     */
    public static Scenario resolve(String nameOrPath) {
        if (BUILT_IN.contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        Path p;
        try {
            p = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            p = null;
        }
        if (p == null || !Files.exists(p)) {
            throw new ScenarioException(new Problem(nameOrPath, 1, 1, "", "no built-in scenario or file of that name"
                    + Suggestions.didYouMean(nameOrPath, BUILT_IN) + " (built in: " + String.join(", ", BUILT_IN) + ")"));
        }
        return load(p);
    }

    /** {@return the built-in scenarios with their one-line titles, {@link #DEFAULT} first} */
    public static List<ScenarioInfo> list() {
        return BUILT_IN.stream().map(n -> new ScenarioInfo(n, builtIn(n).title())).toList();
    }

    /**
     * The scenario as YAML, every value explicit; loading it gives a scenario that simulates
     * identically.
     *
     * @param scenario the scenario
     * @return the scenario as YAML, every value explicit; loading it gives a scenario that simulates
     *         identically
     * @throws IllegalArgumentException if it uses a strategy that is not built in
     */
    public static String toYaml(Scenario scenario) {
        return serialise(yamlMapper(), scenario);
    }

    /**
     * The scenario as JSON (same content as {@link #toYaml}).
     *
     * @param scenario the scenario
     * @return the scenario as JSON (same content as {@link #toYaml})
     */
    public static String toJson(Scenario scenario) {
        return serialise(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT), scenario);
    }

    /**
     * Writes the scenario to a file, as JSON if the name ends in {@code .json}, else YAML.
     *
     * @param file the file
     * @param scenario the scenario
     * @throws UncheckedIOException if it cannot be written
     */
    public static void write(Scenario scenario, Path file) {
        String text = TreeReader.isJson(file.toString()) ? toJson(scenario) : toYaml(scenario);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@return the JSON Schema (draft 2020-12) of the format, generated from the loader's own descriptors} */
    public static String jsonSchema() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(SchemaDocument.jsonSchema()) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A label for a parameter path, for axis titles and tables: the party's or concession's id,
     * the key, what it means and its unit, from the same descriptors as the schema, e.g.
     * {@code parties.DPRK.trust.initial} is {@code "DPRK trust.initial: belief at step 0
     * (probability)"}.
     *
     * @param path a parameter path as in docs/CLI.md
     * @return the label ({@code "rule set"} for {@code ruleSet}); the path itself when the format does
     *         not describe it
     */
    public static String parameterLabel(String path) {
        String[] parts = path.split("\\.");
        ObjectSpec spec = Format.SCENARIO;
        String id = "";
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            java.util.Optional<Field> f = spec.field(parts[i]);
            if (f.isEmpty()) {
                return path;
            }
            Field field = f.get();
            if (field.kind() == Field.Kind.OBJECTS && i + 1 < parts.length) {
                spec = field.object();
                id = parts[++i];
                keys.clear();
            } else if (field.kind() == Field.Kind.OBJECT && field.object() != null) {
                spec = field.object();
                keys.add(parts[i]);
            } else if (field.kind() == Field.Kind.DESIGN) {
                return "rule set";
            } else if (i == parts.length - 1) {
                keys.add(parts[i]);
                String meaning = field.description().split(" \\(|;|: ")[0].trim();
                return (id.isEmpty() ? "" : id + " ") + String.join(".", keys) + ": " + meaning
                        + (field.unit().isEmpty() ? "" : " (" + field.unit() + ")");
            } else {
                return path;
            }
        }
        return path;
    }

    /** {@return the reference of every key (Markdown tables), generated from the same descriptors} */
    public static String fieldReference() {
        return SchemaDocument.fieldReference();
    }

    // ---------------------------------------------------------------- internals

    private static ObjectMapper yamlMapper() {
        YAMLFactory f = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES).build();
        return new ObjectMapper(f);
    }

    private static String serialise(ObjectMapper mapper, Scenario scenario) {
        ObjectNode tree = ScenarioWriter.write(scenario);
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(Path file) {
        try {
            return file.toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return file.toString();
        }
    }

    private static MapNode readFile(Path file, Position at) {
        try {
            long size = Files.size(file);
            if (size > TreeReader.MAX_BYTES) {
                throw new ScenarioException(new Problem(at.file(), 1, 1, "", "file is " + size + " bytes, over the "
                        + TreeReader.MAX_BYTES + "-byte limit"));
            }
            if (Files.isDirectory(file)) {
                throw new ScenarioException(new Problem(at.file(), 1, 1, "", "is a directory, not a scenario file"));
            }
            return TreeReader.read(Files.readAllBytes(file), at.file());
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(at.file(), 1, 1, "", "no such file"));
        } catch (IOException | SecurityException e) {
            throw new ScenarioException(new Problem(at.file(), 1, 1, "", "cannot be read: "
                    + TreeReader.oneLine(e.getMessage())));
        }
    }

    private static MapNode builtInTree(String name, Position from) {
        String file = "builtin/" + name + ".yaml";
        try (InputStream in = Scenarios.class.getResourceAsStream(RESOURCES + name + ".yaml")) {
            if (in == null) {
                throw new ScenarioException(new Problem(from == null ? file : from.file(), from == null ? 1 : from.line(),
                        from == null ? 1 : from.column(), "extends", "built-in scenario '" + name + "' is missing"));
            }
            return TreeReader.read(in.readNBytes((int) TreeReader.MAX_BYTES + 1), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies {@code extends}: the base (built-in or file) first, this document on top. */
    private static MapNode resolve(MapNode doc, Path dir, List<String> chain) {
        Node ext = doc.get("extends");
        if (ext == null) {
            return doc;
        }
        if (!(ext instanceof Scalar s) || s.type() != ScalarType.STRING || s.text().isBlank()) {
            throw problem(ext.at(), "expected a built-in scenario name or a file path, found " + ext.describe());
        }
        if (chain.size() > MAX_EXTENDS) {
            throw problem(ext.at(), "more than " + MAX_EXTENDS + " levels of extends");
        }
        String target = s.text().trim();
        MapNode base;
        List<String> next = new ArrayList<>(chain);
        Path baseDir = null;
        boolean isFile = target.contains("/") || target.contains("\\") || target.matches(".*\\.(ya?ml|json)$");
        if (!isFile) {
            if (!BUILT_IN.contains(target)) {
                throw problem(ext.at(), "unknown built-in scenario '" + target + "'" + Suggestions.didYouMean(target, BUILT_IN)
                        + " (built in: " + String.join(", ", BUILT_IN) + "; a file path needs a / or a .yaml ending)");
            }
            String k = "builtin/" + target + ".yaml";
            if (chain.contains(k)) {
                throw problem(ext.at(), "extends goes round in a circle: " + display(chain) + " -> " + display(List.of(k)));
            }
            next.add(k);
            base = builtInTree(target, ext.at());
        } else {
            Path p;
            try {
                p = dir == null ? Path.of(target) : dir.resolve(target);
            } catch (InvalidPathException e) {
                throw problem(ext.at(), "'" + target + "' is not a valid path");
            }
            String k = key(p);
            if (chain.contains(k)) {
                throw problem(ext.at(), "extends goes round in a circle: " + display(chain) + " -> " + display(List.of(k)));
            }
            if (!Files.isRegularFile(p)) {
                throw problem(ext.at(), "extends '" + target + "': no such file");
            }
            next.add(k);
            base = readFile(p, new Position(p.toString(), 1, 1));
            baseDir = p.toAbsolutePath().getParent();
        }
        return Merge.merge(resolve(base, baseDir, next), doc);
    }

    private static String display(List<String> chain) {
        List<String> out = new ArrayList<>();
        for (String c : chain) {
            int slash = Math.max(c.lastIndexOf('/'), c.lastIndexOf('\\'));
            out.add(c.startsWith("builtin/") ? c : c.substring(slash + 1));
        }
        return String.join(" -> ", out);
    }

    private static ScenarioException problem(Position at, String message) {
        return new ScenarioException(new Problem(at.file(), at.line(), at.column(), "extends", message));
    }
}
