package io.github.bitforbit.cli;

import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.scenario.ExtendsPolicy;
import io.github.bitforbit.scenario.Problem;
import io.github.bitforbit.scenario.ScenarioException;
import io.github.bitforbit.scenario.Scenarios;
import io.github.bitforbit.scenario.SourcedScenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A scenario as a command uses it: loaded from a built-in name or a file, with the {@code --set}
 * overrides applied, and the SHA-256 of its canonical written form (so that two runs with the
 * same hash ran the same scenario, however it was spelled).
 *
 * @param scenario  the scenario after the overrides
 * @param argument  the name or path it was given as
 * @param builtIn   whether it is a built-in scenario (rather than a file)
 * @param overrides the {@code PATH=VALUE} overrides applied, in order
 * @param sha256    the SHA-256 (hex) of {@link Scenarios#toJson} of {@code scenario}
 * @param files     the real paths of every file read to build it (the file and what it extends)
 */
public record LoadedScenario(Scenario scenario, String argument, boolean builtIn, List<String> overrides,
                             String sha256, List<Path> files) {

    /**
     * Copies the lists.
     *
     * @param scenario  the scenario after the overrides
     * @param argument  the name or path it was given as
     * @param builtIn   whether it is built in
     * @param overrides the overrides applied (copied)
     * @param sha256    the hash of its canonical JSON
     * @param files     the real paths of the files read (copied)
     */
    public LoadedScenario {
        overrides = List.copyOf(overrides);
        files = List.copyOf(files);
    }

    /**
     * Loads a scenario and applies overrides.
     *
     * @param nameOrPath a built-in name ({@link Scenarios#BUILT_IN}) or a scenario file
     * @param overrides  {@code PATH=VALUE} strings, applied in order (PATH as in {@link ParameterPath})
     * @return the loaded scenario
     * @throws CliException (exit 2) listing a file's problems, for an unknown name, or a bad override
     */
    public static LoadedScenario load(String nameOrPath, List<String> overrides) {
        return load(nameOrPath, overrides, ExtendsPolicy.ANY_PATH);
    }

    /**
     * Loads a scenario under an {@code extends} policy and applies overrides.
     *
     * @param nameOrPath a built-in name ({@link Scenarios#BUILT_IN}) or a scenario file
     * @param overrides  {@code PATH=VALUE} strings, applied in order
     * @param policy     which files the file's {@code extends} chain may read
     * @return the loaded scenario
     * @throws CliException (exit 2) listing a file's problems, for an unknown name, or a bad override
     */
    public static LoadedScenario load(String nameOrPath, List<String> overrides, ExtendsPolicy policy) {
        Scenario s;
        List<Path> files;
        try {
            SourcedScenario sourced = Scenarios.resolveSourced(nameOrPath, policy);
            s = sourced.scenario();
            files = sourced.files();
        } catch (ScenarioException e) {
            throw invalid(nameOrPath, e);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage(), e);
        }
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0 || eq == o.length() - 1) {
                throw CliException.usage("--set '" + o + "' is not PATH=VALUE (e.g. --set parties.DPRK.trust.initial=0.4)");
            }
            String path = o.substring(0, eq).trim();
            String value = o.substring(eq + 1).trim();
            try {
                s = ParameterPath.set(s, path, (Object) value);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--set " + o + ": " + e.getMessage(), e);
            }
        }
        return new LoadedScenario(s, nameOrPath, Scenarios.BUILT_IN.contains(nameOrPath), overrides, hash(s), files);
    }

    /**
     * Refuses an output that is one of the files this scenario was read from, however its path is
     * spelled ({@code ..}, absolute, through a symbolic or a hard link): writing it would destroy
     * the input.
     *
     * @param target the output file (null or {@code -}: nothing to check)
     * @param option the option that named it
     * @throws CliException (exit 2) if it is an input
     */
    public void checkNotInput(Path target, String option) {
        if (target == null || AtomicOutput.isStdout(target)) {
            return;
        }
        Path where = AtomicOutput.target(target);
        for (Path in : files) {
            if (same(where, in)) {
                throw CliException.usage(option + " " + target + " is " + (in.equals(files.get(0))
                        ? "the scenario file" : "a file the scenario extends (" + in + ")")
                        + ": refusing to overwrite the input");
            }
        }
    }

    private static boolean same(Path target, Path input) {
        try {
            Path dir = target.getParent() == null ? null : target.getParent().toRealPath();
            Path real = dir == null ? target : dir.resolve(target.getFileName());
            return real.equals(input) || (Files.exists(real) && Files.isSameFile(real, input));
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * The design with this name for this scenario (null: the scenario's default design).
     *
     * @param name a template or rule-set name, e.g. {@code "grit"} (null: the default)
     * @return the design
     * @throws CliException (exit 2) naming the known designs, with a suggestion
     */
    public AgreementDesign design(String name) {
        if (name == null) {
            return scenario.design();
        }
        try {
            AgreementDesign d = scenario.design(name.trim());
            d.ruleSetFor(scenario);
            return d;
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage(), e);
        }
    }

    /**
     * The exception for a scenario that cannot be loaded: for an unknown name, one line with a
     * suggestion; for a file, its problems (one per line, {@code file:line:column: path: message}).
     */
    static CliException invalid(String nameOrPath, ScenarioException e) {
        if (!Scenarios.BUILT_IN.contains(nameOrPath) && !exists(nameOrPath)) {
            if (nameOrPath.contains("/") || nameOrPath.contains("\\") || nameOrPath.matches(".*\\.(ya?ml|json)$")) {
                return CliException.usage("no such scenario file: " + nameOrPath, e);
            }
            return CliException.usage("unknown scenario '" + nameOrPath + "': " + e.problems().get(0).message(), e);
        }
        List<String> lines = new ArrayList<>();
        for (Problem p : e.problems()) {
            lines.add(p.toString());
        }
        int n = e.problems().size();
        return new CliException(BitForBit.USAGE, nameOrPath + " is not a valid scenario: " + n
                + (n == 1 ? " problem" : " problems"), lines, e);
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The SHA-256 of the scenario's canonical JSON form (of its record text if it has no written form). */
    static String hash(Scenario s) {
        String canonical;
        try {
            canonical = Scenarios.toJson(s);
        } catch (RuntimeException e) {
            canonical = s.toString();
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
