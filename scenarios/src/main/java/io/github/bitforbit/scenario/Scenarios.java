package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.validation.Suggestions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.validation.Suggestions;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Position;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            "hanoi-2019", "jcpoa-2015", "demo", "generic-imposition");

    private static final Map<String, SourcedScenario> CACHE = new ConcurrentHashMap<>();

    private Scenarios() {
    }

    /**
     * Loads a scenario file (YAML, or JSON if it ends in {@code .json}); its {@code extends} may
     * name any file ({@link ExtendsPolicy#ANY_PATH}).
     *
     * @param file a scenario file of at most 1 MiB
     * @return the scenario, validated
     * @throws ScenarioException listing every problem, or why the file cannot be read
     */
    public static Scenario load(Path file) {
        return loadSourced(file, ExtendsPolicy.ANY_PATH).scenario();
    }

    /**
     * Loads a scenario file under an {@code extends} policy, with every file that was read.
     *
     * @param file   a scenario file (YAML, or JSON if it ends in {@code .json})
     * @param policy which files its {@code extends} chain may read
     * @return the scenario, validated, the real paths of the files read, its observed record and
     *         its warnings, each located where the element it names is written
     * @throws ScenarioException listing every problem, or why the file cannot be read
     */
    public static SourcedScenario loadSourced(Path file, ExtendsPolicy policy) {
        ExtendsChain chain = new ExtendsChain(policy);
        SourcedScenario s = ScenarioReader.readAll(chain.file(file));
        return new SourcedScenario(s.scenario(), chain.files(), s.observed(), s.warnings());
    }

    /**
     * Parses scenario text. {@code sourceName} names it in problems, decides YAML or JSON by its
     * extension, and is the base for a relative {@code extends} path, which may name any file.
     *
     * @param sourceName the name used in messages, e.g. the file name
     * @param text       YAML or JSON text of at most 1 MiB
     * @return the scenario, validated
     * @throws ScenarioException listing every problem
     */
    public static Scenario parse(String text, String sourceName) {
        return parse(text, sourceName, ExtendsPolicy.ANY_PATH);
    }

    /**
     * Parses scenario text under an {@code extends} policy (with {@link ExtendsPolicy#CONFINED},
     * only files in the directory of {@code sourceName}, if it names one, and built-in scenarios).
     *
     * @param text       YAML or JSON text of at most 1 MiB
     * @param sourceName the name used in messages; its extension decides YAML or JSON and its
     *                   directory is the base of a relative {@code extends}
     * @param policy     which files an {@code extends} chain may read
     * @return the scenario, validated
     * @throws ScenarioException listing every problem
     */
    public static Scenario parse(String text, String sourceName, ExtendsPolicy policy) {
        MapNode root = TreeReader.read(text.getBytes(StandardCharsets.UTF_8), sourceName);
        return ScenarioReader.read(new ExtendsChain(policy).text(root, sourceName));
    }

    /**
     * A built-in scenario ({@link #BUILT_IN}).
     *
     * @param name one of {@link #BUILT_IN}, e.g. {@code "dprk-2018"}
     * @return the scenario, read once and then shared (it is immutable)
     * @throws IllegalArgumentException for an unknown name, with a suggestion
     */
    public static Scenario builtIn(String name) {
        return builtInSourced(name).scenario();
    }

    /**
     * The historical record of a built-in scenario (its {@code observed} block).
     *
     * @param name one of {@link #BUILT_IN}
     * @return the record; empty for a built-in that is not a historical case
     * @throws IllegalArgumentException for an unknown name, with a suggestion
     */
    public static Optional<ObservedRecord> observed(String name) {
        return builtInSourced(name).observed();
    }

    /** {@return the built-in scenarios that have a historical record, in {@link #BUILT_IN} order} */
    public static List<String> withRecords() {
        return BUILT_IN.stream().filter(n -> observed(n).isPresent()).toList();
    }

    private static SourcedScenario builtInSourced(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("unknown built-in scenario '" + name + "'"
                    + Suggestions.didYouMean(name, BUILT_IN) + " (built in: " + String.join(", ", BUILT_IN) + ")");
        }
        return CACHE.computeIfAbsent(name, n -> ScenarioReader.readAll(ExtendsChain.builtIn(n)));
    }

    /**
     * A built-in scenario by name, or else a scenario file by path: what a command line takes.
     *
     * @param nameOrPath a built-in name or a file path
     * @return the scenario, validated
     * @throws ScenarioException if it is neither, or the file has problems
     */
    public static Scenario resolve(String nameOrPath) {
        return resolveSourced(nameOrPath, ExtendsPolicy.ANY_PATH).scenario();
    }

    /**
     * A built-in scenario by name (no files), or else a scenario file by path under an
     * {@code extends} policy, with every file that was read.
     *
     * @param nameOrPath a built-in name or a file path
     * @param policy     which files an {@code extends} chain may read
     * @return the scenario, the real paths of the files read (none for a built-in) and its record
     * @throws ScenarioException if it is neither, or the file has problems
     */
    public static SourcedScenario resolveSourced(String nameOrPath, ExtendsPolicy policy) {
        if (BUILT_IN.contains(nameOrPath)) {
            return builtInSourced(nameOrPath);
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
        return loadSourced(p, policy);
    }

    /** {@return the built-in scenarios with their one-line titles, {@link #DEFAULT} first} */
    public static List<ScenarioInfo> list() {
        return BUILT_IN.stream().map(n -> new ScenarioInfo(n, builtIn(n).title())).toList();
    }

    /**
     * The scenario as YAML, every value explicit; loading it gives a scenario that simulates
     * identically.
     *
     * @param scenario any valid scenario
     * @return YAML text in the format of docs/SCENARIOS.md
     * @throws IllegalArgumentException if it uses a strategy that is not built in
     */
    public static String toYaml(Scenario scenario) {
        return serialise(yamlMapper(), scenario);
    }

    /**
     * The scenario as JSON (same content as {@link #toYaml}).
     *
     * @param scenario any valid scenario
     * @return indented JSON text
     * @throws IllegalArgumentException if it uses a strategy that is not built in
     */
    public static String toJson(Scenario scenario) {
        return serialise(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT), scenario);
    }

    /**
     * Writes the scenario to a file, as JSON if the name ends in {@code .json}, else YAML.
     *
     * @param scenario any valid scenario
     * @param file     where to write it (replaced if it exists)
     * @throws IllegalArgumentException if it uses a strategy that is not built in
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

    /**
     * The descriptor (unit, valid range, default, meaning) of every numeric parameter of a
     * scenario that has one: the scenario's horizon and false-alarm rate, every parameter of every
     * party (a party of a registered agent type included) and every number of its concessions and
     * events. Not described: a strategy's parameters (a strategy type declares only their
     * defaults), a step's reversibility and an event's {@code at} (their absence means irreversible
     * and random, not a number); {@link io.github.bitforbit.model.ParameterPath#numericPaths}
     * lists those too.
     *
     * @param scenario the scenario
     * @return the parameters in {@link io.github.bitforbit.model.ParameterPath#numericPaths} order
     */
    public static List<ScenarioParameter> parameters(Scenario scenario) {
        return ParameterDescriptors.of(scenario);
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
}
