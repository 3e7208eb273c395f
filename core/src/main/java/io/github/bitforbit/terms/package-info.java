/**
 * The terms of an agreement (docs/ODD.md section 2): the {@link io.github.bitforbit.terms.Role}s
 * parties take, the {@link io.github.bitforbit.terms.Concession}s each side can give (the target's
 * {@link io.github.bitforbit.terms.DisarmamentStep}s, the sanctioner's
 * {@link io.github.bitforbit.terms.SanctionTranche}s and {@link io.github.bitforbit.terms.Assurance}s),
 * how a lifted tranche comes back ({@link io.github.bitforbit.terms.SnapbackMode}), and
 * {@link io.github.bitforbit.terms.Terms}, the view of a scenario that agreement designs and rules
 * read. It sits below {@code rules}, {@code agents} and {@code model}, so that rules can be about
 * concessions without depending on the scenario that holds them; it depends only on
 * {@code io.github.bitforbit.validation}.
 */
package io.github.bitforbit.terms;
