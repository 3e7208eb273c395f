package io.github.bitforbit.benchmarks;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.ScenarioBuilder;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.SnapbackMode;

import java.util.List;

/**
 * Scenarios of a chosen size for the cost-growth benchmarks: the demo's structure with
 * {@code concessions / 2} target steps and as many tranches of equal size, and {@code parties - 2}
 * third parties (patrons and partners alternately).
 */
public final class SyntheticScenarios {
    private SyntheticScenarios() {
    }

    /**
     * A scenario of the given size under bit-for-bit.
     *
     * @param horizon     steps (>= 1)
     * @param concessions total concessions, even (>= 2)
     * @param parties     total parties (>= 2)
     * @param trust       both principals' initial trust
     * @return a scenario of the given size under bit-for-bit
     */
    public static Scenario of(int horizon, int concessions, int parties, double trust) {
        return build(horizon, concessions, parties, trust, false);
    }

    /**
     * A scenario in which every run lasts the whole horizon: the target values its deterrent far
     * above relief and nobody's patience or trust runs out, so offers are made and rejected until
     * the horizon; the cost of a run is then the cost of {@code horizon} steps.
     *
     * @param horizon steps (>= 1)
     * @return a scenario in which every run lasts the whole horizon: the target values its deterrent far
     *         above relief and nobody's patience or trust runs out, so offers are made and rejected until the
     *         horizon; the cost of a run is then the cost of {@code horizon} steps
     */
    public static Scenario stalling(int horizon) {
        return build(horizon, 8, 2, 0.5, true);
    }

    private static Scenario build(int horizon, int concessions, int parties, double trust, boolean stall) {
        if (concessions < 2 || concessions % 2 != 0) {
            throw new IllegalArgumentException("concessions must be even and >= 2: " + concessions);
        }
        if (parties < 2) {
            throw new IllegalArgumentException("parties must be >= 2: " + parties);
        }
        int perSide = concessions / 2;
        ScenarioBuilder b = Scenario.builder("synthetic-" + horizon + "-" + concessions + "-" + parties)
                .horizon(horizon)
                .sanctioner("USA", p -> p.trust(trust).cooperativePrior(0.7)
                        .patience(stall ? horizon + 1 : 6).trustFloor(stall ? 0 : 0.02))
                .target("DPRK", p -> p.trust(trust).cooperativePrior(0.6)
                        .patience(stall ? horizon + 1 : 6).trustFloor(stall ? 0 : 0.02)
                        .deterrenceValue(stall ? 50 : 0.5))
                .design(Template.BIT_FOR_BIT);
        for (int i = 2; i < parties; i++) {
            if (i % 2 == 0) {
                b.patron("patron-" + i, p -> p.patron(0.1, 0.3, 0.3));
            } else {
                b.partner("partner-" + i, p -> p.partner(0.05, List.of(), 0.1));
            }
        }
        for (int i = 0; i < perSide; i++) {
            // steps growing in size: deterrence proportional to i + 1, summing to 1
            double d = 2.0 * (i + 1) / (perSide * (perSide + 1.0));
            b.disarmament("step-" + i, d, i == 0 ? 3 : DisarmamentStep.IRREVERSIBLE, 0.9 - 0.4 * i / perSide);
            b.tranche("tranche-" + i, d, SnapbackMode.AUTOMATIC);
        }
        return b.build();
    }
}
