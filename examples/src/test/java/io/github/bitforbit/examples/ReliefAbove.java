package io.github.bitforbit.examples;

import io.github.bitforbit.rules.ConditionKind;
import io.github.bitforbit.terms.Terms;

/** A rule condition {@code relief-above(x)}: the share of sanctions weight lifted exceeds x. */
public final class ReliefAbove implements ConditionKind {
    @Override
    public String name() {
        return "relief-above";
    }

    @Override
    public String summary() {
        return "the share of sanctions weight lifted is above x";
    }

    @Override
    public String check(String argument, Terms terms) {
        try {
            double x = Double.parseDouble(argument);
            return x >= 0 && x <= 1 ? null : "relief-above takes a share in [0, 1], got " + argument;
        } catch (NumberFormatException e) {
            return "relief-above takes a number, got '" + argument + "'";
        }
    }

    @Override
    public Test compile(String argument, Terms terms) {
        double x = Double.parseDouble(argument);
        return run -> run.reliefDelivered() > x;
    }
}
