package io.github.bitforbit.benchmarks;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import io.github.bitforbit.terms.Aid;
import io.github.bitforbit.terms.Assurance;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.SanctionTranche;
import org.openjdk.jmh.annotations.Param;

import java.util.ArrayList;
import java.util.List;

/**
 * What a sanctioning coalition costs per run (microseconds per run): {@code dprk-2018} under
 * bit-for-bit with its one sanctioner, {@code single}, against {@code coalition}, the same
 * scenario with the sanctioner split into three members of the same coefficients, the relief
 * dealt to them in turn (so every phase needs two or three members' consent, and each member
 * inspects, reneges and may leave on its own). The runs differ (the members draw their own types
 * and choices), so the figure compares like workloads, not the same runs. Target (issue 11):
 * coalition within 1.5 times single.
 */
public class CoalitionBenchmark extends OneRunBenchmark {

    /** {@code single} or {@code coalition}. */
    @Param({"single", "coalition"})
    public String variant;

    /**
     * {@code base} with its sanctioner split into {@code members} members of the same coefficients,
     * the relief dealt to them round-robin.
     *
     * @param base    a scenario of one sanctioner
     * @param members how many members, &gt;= 1
     * @return the coalition scenario
     */
    public static Scenario coalition(Scenario base, int members) {
        Party lead = base.parties().stream().filter(p -> p.role() == Role.SANCTIONER).findFirst().orElseThrow();
        List<String> ids = new ArrayList<>(List.of(lead.id()));
        for (int k = 1; k < members; k++) {
            ids.add(lead.id() + "-" + (k + 1));
        }
        List<Party> parties = new ArrayList<>();
        for (Party p : base.parties()) {
            parties.add(p);
            if (p == lead) {
                for (int k = 1; k < members; k++) {
                    parties.add(new Party(ids.get(k), p.role(), p.cooperativePrior(), p.initialTrust(), p.trustFloor(),
                            p.patience(), p.discount(), p.attention(), p.lambda(), p.strategy(), p.parameters()));
                }
            }
        }
        List<Concession> concessions = new ArrayList<>();
        int next = 0;
        for (Concession c : base.concessions()) {
            String owner = ids.get(next % members);
            if (c instanceof SanctionTranche t) {
                concessions.add(new SanctionTranche(t.id(), owner, t.weight(), t.snapback(), t.politicalCost(),
                        t.reimposable()));
                next++;
            } else if (c instanceof Aid a) {
                concessions.add(new Aid(a.id(), owner, a.value(), a.snapback(), a.politicalCost(), a.reimposable(),
                        a.duration()));
                next++;
            } else if (c instanceof Assurance a) {
                concessions.add(new Assurance(a.id(), owner, a.kind(), a.threatReduction(), a.painRelief(),
                        a.politicalCost()));
                next++;
            } else {
                concessions.add(c);
            }
        }
        return new Scenario(base.name() + "-coalition", base.title(), base.description(), base.horizon(), parties,
                concessions, base.events(), base.falseAlarm(), base.design(), base.ruleSets(), base.uncertainties(),
                base.sources(), base.assumptions(), base.agents());
    }

    /** Builds the simulation once per trial. */
    @Override
    protected Simulation simulation() {
        Scenario base = Scenarios.builtIn("dprk-2018");
        return new Simulation("single".equals(variant) ? base : coalition(base, 3), Template.BIT_FOR_BIT);
    }
}
