/**
 * Scenario files and the built-in scenario library: everything a library user needs to read,
 * write and check scenarios without the command line (docs/SCENARIOS.md is the format's reference).
 *
 * <ul>
 *   <li>{@link io.github.bitforbit.scenario.Scenarios}: the entry point. {@code load(Path)} and
 *       {@code parse(text, name)} read YAML or JSON; {@code builtIn(name)} and {@code list()} give
 *       the built-ins ({@link io.github.bitforbit.scenario.Scenarios#BUILT_IN}), each with its
 *       public sources; {@code resolve(nameOrPath)} takes either; {@code toYaml}, {@code toJson}
 *       and {@code write} write a scenario back so that it reads as the same scenario;
 *       {@code jsonSchema()} and {@code fieldReference()} describe the format, with every field's
 *       unit, range and default; {@code parameters(scenario)} gives the descriptor of each of a
 *       scenario's numeric paths ({@link io.github.bitforbit.scenario.ScenarioParameter}).</li>
 *   <li>{@link io.github.bitforbit.scenario.ScenarioException}: what a file that cannot be read
 *       raises, with every {@link io.github.bitforbit.scenario.Problem} found (file, line, column,
 *       field path and message), not only the first.</li>
 *   <li>{@link io.github.bitforbit.scenario.SourcedScenario}: what {@code loadSourced} and
 *       {@code resolveSourced} give: the scenario with the files read, its observed record and its
 *       warnings, each a {@link io.github.bitforbit.scenario.LocatedWarning} at the line and column
 *       of the phase or rule it names.</li>
 *   <li>{@link io.github.bitforbit.scenario.ScenarioInfo}: a built-in's name and title.</li>
 * </ul>
 *
 * <p>Reading is strict: unknown fields, wrong types and values out of range are refused with
 * their place in the file; nothing is guessed. A scenario read here is an immutable
 * {@link io.github.bitforbit.model.Scenario}, ready for
 * {@link io.github.bitforbit.montecarlo.MonteCarlo#of}.
 */
package io.github.bitforbit.scenario;
