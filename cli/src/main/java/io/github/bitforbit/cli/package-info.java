/**
 * The {@code bitforbit} command line (docs/CLI.md): a thin layer over the library's public API
 * that parses options (picocli), runs {@link io.github.bitforbit.montecarlo.MonteCarlo} and
 * {@link io.github.bitforbit.montecarlo.Sweep}, and formats their results.
 *
 * <ul>
 *   <li>{@link io.github.bitforbit.cli.BitForBit}: the entry point and exit codes; one command
 *       class per subcommand ({@code list}, {@code describe}, {@code validate}, {@code run},
 *       {@code compare}, {@code sweep}, {@code trace}, {@code schema}).</li>
 *   <li>Outputs: {@link io.github.bitforbit.cli.TableReport} (terminal and Markdown),
 *       {@link io.github.bitforbit.cli.CsvReport} and {@link io.github.bitforbit.cli.SweepCsv}
 *       (CSV by Commons CSV), {@link io.github.bitforbit.cli.JsonReport}, and
 *       {@link io.github.bitforbit.cli.Charts} (PNG and SVG). Every output carries a
 *       {@link io.github.bitforbit.cli.Provenance}. Data keys are lowerCamelCase in every format;
 *       names of things (rule sets, outcomes, metrics, parameter paths) keep their own spelling.</li>
 *   <li>Numbers are formatted by {@link io.github.bitforbit.cli.Numbers}, independent of the
 *       locale; the verdict's sentences are the library's
 *       {@link io.github.bitforbit.montecarlo.Verdict}.</li>
 * </ul>
 *
 * <p>Results go to stdout or {@code --output}; notes, warnings, errors and the progress bar (only
 * when stderr is a terminal) go to stderr. Bad input is one line on stderr and exit code 2, with
 * no output file left behind.
 */
package io.github.bitforbit.cli;
