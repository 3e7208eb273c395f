package io.github.bitforbit.scenario;

/**
 * A built-in scenario as listed by {@link Scenarios#list()}.
 *
 * @param name  its name, e.g. {@code dprk-2018}
 * @param title its one-line description
 */
public record ScenarioInfo(String name, String title) {
}
