/**
 * The local explorer behind {@code bitforbit explore}: a small HTTP server (the JDK's own) and one
 * page that re-runs a paired Monte Carlo on every change of a deal and shows the odds move.
 *
 * <p>The server is a thin layer over the public API ({@code MonteCarlo}, {@code Sweep},
 * {@code Scenarios}); {@link io.github.bitforbit.cli.explore.Explorer} does the work on parsed,
 * bounded {@link io.github.bitforbit.cli.explore.ExplorerRequest}s and
 * {@link io.github.bitforbit.cli.explore.ExplorerServer} only moves bytes. Every request carries
 * its whole state (the page keeps it in its URL), so users never see each other's settings, and
 * nothing but the built-in scenarios and text a user uploads is ever read.
 */
package io.github.bitforbit.cli.explore;
