package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.engine.Trace;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Role;

/**
 * Prints the story of one run of the demo scenario (initial trust 0.2) under bit-for-bit:
 * {@code ./mvnw -q -pl scenarios compile exec:java -Dexec.args=7} (seed 7; default 1) with core
 * installed, or from scratch {@code ./mvnw -q -pl scenarios -am compile exec:java
 * -Dexec.mainClass=io.github.bitforbit.scenario.DemoTrace -Dexec.skip=true -Dexec.args=7}.
 */
public final class DemoTrace {
    private DemoTrace() {
    }

    /**
     * Runs and prints one traced run.
     *
     * @param args optional seed (a whole number; default 1)
     */
    public static void main(String[] args) {
        long seed = 1;
        if (args.length > 0) {
            try {
                seed = Long.parseLong(args[0].trim());
            } catch (NumberFormatException e) {
                System.err.println("usage: DemoTrace [seed]: '" + args[0] + "' is not a whole number");
                System.exit(2);
                return;
            }
        }
        Scenario scenario = Demo.scenario(0.2);
        Trace trace = new Simulation(scenario, Template.BIT_FOR_BIT).trace(seed);
        System.out.print(trace.format(scenario.principal(Role.SANCTIONER).id(), scenario.principal(Role.TARGET).id()));
    }
}
