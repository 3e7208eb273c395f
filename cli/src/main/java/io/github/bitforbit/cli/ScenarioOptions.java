package io.github.bitforbit.cli;

import io.github.bitforbit.scenario.ExtendsPolicy;
import io.github.bitforbit.scenario.Scenarios;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** The scenario argument and its {@code --set} overrides, shared by the commands that run one. */
public final class ScenarioOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            completionCandidates = Completions.ScenarioNames.class,
            description = "a built-in scenario (see 'bitforbit list') or a scenario file (.yaml, .yml or .json); "
                    + "default: ${DEFAULT-VALUE}")
    String scenario;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "override one parameter before running, e.g. parties.DPRK.trust.initial=0.4 or "
                    + "concessions.yongbyon.verifiability=0.9 (repeatable; paths as in docs/CLI.md)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--confine-extends",
            description = "let the scenario file's extends name only built-in scenarios and files in its own "
                    + "directory tree (for files from someone else)")
    boolean confineExtends;

    /** The {@code extends} policy the options ask for. */
    static ExtendsPolicy policy(boolean confined) {
        return confined ? ExtendsPolicy.CONFINED : ExtendsPolicy.ANY_PATH;
    }

    /**
     * Loads the scenario with the overrides.
     *
     * @return the scenario, loaded and overridden
     * @throws CliException (exit 2) if it cannot be loaded or an override is bad
     */
    public LoadedScenario load() {
        return LoadedScenario.load(scenario, sets, policy(confineExtends));
    }
}
