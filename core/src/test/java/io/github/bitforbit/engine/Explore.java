package io.github.bitforbit.engine;

import io.github.bitforbit.model.Demo;
import io.github.bitforbit.rules.Template;

public class Explore {
    public static void main(String[] a) {
        for (double trust : new double[]{0.2, 0.5, 0.95}) {
            for (Template t : Template.values()) {
                Simulation sim = new Simulation(Demo.scenario(trust), t);
                int[] k = new int[3];
                java.util.Map<String, Integer> causes = new java.util.TreeMap<>();
                double phases = 0;
                for (int s = 0; s < 1000; s++) {
                    RunResult r = sim.run(s * 7919L + 13);
                    k[r.outcome().kind().ordinal()]++;
                    phases += r.metrics().phasesCompleted();
                    if (r.outcome() instanceof Outcome.Collapsed c) causes.merge(c.party() + ":" + c.cause(), 1, Integer::sum);
                }
                System.out.printf("trust %.2f %-18s completed %4d collapsed %4d stalled %4d phases %.2f %s%n", trust, t.name(), k[0], k[1], k[2], phases / 1000, causes);
            }
        }
        System.out.println(new Simulation(Demo.scenario(0.2), Template.BIT_FOR_BIT).trace(1).format("USA", "DPRK"));
    }
}
