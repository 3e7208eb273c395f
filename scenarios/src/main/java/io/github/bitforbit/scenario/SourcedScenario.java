package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario loaded from a file, with every file that was read to build it.
 *
 * @param scenario the scenario read, validated
 * @param files    the real paths (symbolic links resolved) of the scenario file and of every file
 *                 its {@code extends} chain read, in that order; empty for a built-in scenario. A
 *                 command that writes output compares its targets with these so that it never
 *                 overwrites its own input.
 */
public record SourcedScenario(Scenario scenario, List<Path> files) {

    /**
     * Copies the list.
     *
     * @param scenario the scenario read
     * @param files    the real paths of the files read (not null)
     */
    public SourcedScenario {
        files = List.copyOf(files);
    }
}
