package io.github.bitforbit.scenario;

import io.github.bitforbit.evidence.ObservedRecord;
import io.github.bitforbit.model.Scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario loaded from a file, with every file that was read to build it, the file's
 * historical record and the scenario's warnings located in the file. The record sits here, beside the scenario, because it is evidence about the
 * model and not part of it: no run reads it.
 *
 * @param scenario the scenario read, validated
 * @param files    the real paths (symbolic links resolved) of the scenario file and of every file
 *                 its {@code extends} chain read, in that order; empty for a built-in scenario. A
 *                 command that writes output compares its targets with these so that it never
 *                 overwrites its own input.
 * @param observed the file's {@code observed} block, validated against the scenario; empty if it
 *                 has none (a record is never inherited through {@code extends})
 * @param warnings the scenario's warnings ({@code Scenario.warnings()}, in that order), each where
 *                 the element it names is written; without a position for a scenario that was not
 *                 read from a file
 */
public record SourcedScenario(Scenario scenario, List<Path> files, Optional<ObservedRecord> observed,
                              List<LocatedWarning> warnings) {

    /**
     * Copies the lists.
     *
     * @param scenario the scenario read
     * @param files    the real paths of the files read (not null)
     * @param observed its record, or empty (not null)
     * @param warnings its warnings, located (not null)
     */
    public SourcedScenario {
        files = List.copyOf(files);
        Objects.requireNonNull(observed, "observed");
        warnings = List.copyOf(warnings);
    }

    /**
     * A scenario whose warnings are not located in a file.
     *
     * @param scenario the scenario read
     * @param files    the real paths of the files read (not null)
     * @param observed its record, or empty (not null)
     */
    public SourcedScenario(Scenario scenario, List<Path> files, Optional<ObservedRecord> observed) {
        this(scenario, files, observed, warningsOf(scenario).stream().map(LocatedWarning::unlocated).toList());
    }

    /**
     * Every warning about a scenario's designs: what cannot act as written
     * ({@code Scenario.warnings()}), then the phases refused at any belief
     * ({@link io.github.bitforbit.engine.PhaseRefusals}) that no warning of the first kind already
     * names (a phase in which one side gives nothing valued is refused too, and says so once).
     *
     * @param scenario a valid scenario
     * @return the warnings, in that order
     */
    static List<io.github.bitforbit.validation.Warning> warningsOf(Scenario scenario) {
        List<io.github.bitforbit.validation.Warning> all = new java.util.ArrayList<>(scenario.warnings());
        for (io.github.bitforbit.validation.Warning r : io.github.bitforbit.engine.PhaseRefusals.of(scenario)) {
            if (all.stream().noneMatch(w -> w.path().startsWith(r.path() + "."))) {
                all.add(r);
            }
        }
        return all;
    }

    /**
     * A scenario without a record, its warnings not located in a file.
     *
     * @param scenario the scenario read
     * @param files    the real paths of the files read (not null)
     */
    public SourcedScenario(Scenario scenario, List<Path> files) {
        this(scenario, files, Optional.empty());
    }
}
