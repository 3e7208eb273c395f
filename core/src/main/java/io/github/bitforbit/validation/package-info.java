/**
 * Checking values as they are built: {@link io.github.bitforbit.validation.Validate} checks one
 * component and throws an {@link IllegalArgumentException} naming the field and value;
 * {@link io.github.bitforbit.validation.Problem} is a consistency problem of a whole (a scenario, a
 * rule set) as a structured value, its place (a path such as {@code ruleSets.historical.rules[2]})
 * and its message, so that a file reader can point at the line without re-parsing text; and
 * {@link io.github.bitforbit.validation.Suggestions} adds "did you mean" to unknown names. The
 * bottom layer of the core: it depends on nothing else in it.
 */
package io.github.bitforbit.validation;
