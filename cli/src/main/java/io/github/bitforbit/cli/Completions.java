package io.github.bitforbit.cli;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;

import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Candidates for tab completion ({@code bitforbit generate-completion}) and for option help. */
public final class Completions {

    private Completions() {
    }

    /** The built-in scenario names. */
    public static final class ScenarioNames implements Iterable<String> {
        /** For picocli. */
        public ScenarioNames() {
        }

        @Override
        public Iterator<String> iterator() {
            return Scenarios.BUILT_IN.iterator();
        }
    }

    /** The built-in rule sets and the own rule sets of every built-in scenario, sorted. */
    public static final class RuleSetNames implements Iterable<String> {
        /** For picocli. */
        public RuleSetNames() {
        }

        @Override
        public Iterator<String> iterator() {
            TreeSet<String> names = new TreeSet<>(Template.names());
            for (String b : Scenarios.BUILT_IN) {
                Scenario s = Scenarios.builtIn(b);
                for (RuleSet r : s.ruleSets()) {
                    names.add(r.name());
                }
            }
            return List.copyOf(names).iterator();
        }
    }
}
