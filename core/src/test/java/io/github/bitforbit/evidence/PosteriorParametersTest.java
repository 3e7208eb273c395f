package io.github.bitforbit.evidence;

import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.Sweep;
import io.github.bitforbit.montecarlo.SweepResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PosteriorParametersTest {
    private static final Scenario DEMO = Demo.scenario(0.5);
    private static final String TRUST = "parties.DPRK.trust.initial";

    private static Posterior posterior(double[][] rows, String... paths) {
        List<Prior> priors = new ArrayList<>();
        for (String p : paths) {
            priors.add(new Prior(p, new Distribution.Uniform(0, 1)));
        }
        List<Posterior.Particle> particles = new ArrayList<>();
        for (double[] r : rows) {
            List<Double> values = new ArrayList<>();
            for (int k = 0; k < paths.length; k++) {
                values.add(r[k]);
            }
            particles.add(new Posterior.Particle(values, r[paths.length], 0));
        }
        return new Posterior(priors, particles, List.of(), List.of());
    }

    /** A spread posterior: trust and false alarms drawn jointly, with unequal weights. */
    private static final Posterior SPREAD = posterior(new double[][] {{0.1, 0.0, 1}, {0.5, 0.1, 2}, {0.9, 0.25, 1},
            {0.3, 0.05, 0.5}}, TRUST, "falseAlarm");

    @Test
    void aPosteriorOnOnePointGivesTheRunsOfThatPointSet() {
        Posterior one = posterior(new double[][] {{0.37, 0.08, 1}, {0.37, 0.08, 3}}, TRUST, "falseAlarm");
        Scenario set = ParameterPath.set(ParameterPath.set(DEMO, TRUST, 0.37), "falseAlarm", 0.08);
        MonteCarloResult drawn = MonteCarlo.of(DEMO).perRun(PosteriorParameters.of(one, DEMO)).runs(3000).seed(4)
                .threads(2).run();
        MonteCarloResult fixed = MonteCarlo.of(set).runs(3000).seed(4).threads(2).run();
        assertEquals(fixed.outcomeCounts(), drawn.outcomeCounts());
        assertEquals(fixed.metrics(), drawn.metrics());
        assertEquals(fixed.collapses(), drawn.collapses());
        assertEquals(fixed.collapseIncidence(), drawn.collapseIncidence());
    }

    @Test
    void aPathWithoutASetterIsSetByRebuildingTheScenarioWithTheSameRuns() {
        String concession = ParameterPath.numericPaths(DEMO).stream().filter(p -> p.startsWith("concessions.")
                && !ParameterPath.isWholeNumber(DEMO, p))
                .findFirst().orElseThrow();
        double value = ParameterPath.get(DEMO, concession) * 0.5;
        Posterior one = posterior(new double[][] {{value, 0.37, 1}}, concession, TRUST);
        Scenario set = ParameterPath.set(ParameterPath.set(DEMO, concession, value), TRUST, 0.37);
        MonteCarloResult drawn = MonteCarlo.of(DEMO).perRun(PosteriorParameters.of(one, DEMO)).runs(1500).seed(6)
                .threads(2).run();
        MonteCarloResult fixed = MonteCarlo.of(set).runs(1500).seed(6).threads(2).run();
        assertEquals(fixed.outcomeCounts(), drawn.outcomeCounts());
        assertEquals(fixed.metrics(), drawn.metrics());
    }

    @Test
    void drawsAreAFunctionOfTheSeedsOnAnyThreadsAndChangeTheFigures() {
        PosteriorParameters p = PosteriorParameters.of(SPREAD, DEMO);
        Comparison one = MonteCarlo.of(DEMO).perRun(p).runs(4000).seed(9).threads(1)
                .compare(DEMO.design("all-or-nothing"), DEMO.design("bit-for-bit"));
        Comparison two = MonteCarlo.of(DEMO).perRun(p).runs(4000).seed(9).threads(2)
                .compare(DEMO.design("all-or-nothing"), DEMO.design("bit-for-bit"));
        assertEquals(one.results().get(1).metrics(), two.results().get(1).metrics());
        assertEquals(one.results().get(0).outcomeCounts(), two.results().get(0).outcomeCounts());
        Comparison none = MonteCarlo.of(DEMO).runs(4000).seed(9).threads(2)
                .compare(DEMO.design("all-or-nothing"), DEMO.design("bit-for-bit"));
        assertNotEquals(none.results().get(1).metrics(), one.results().get(1).metrics());

        SweepResult a = Sweep.of(DEMO).vary("horizon", "24..48:3").runsPerPoint(500).seed(2).threads(1).perRun(p).run();
        SweepResult b = Sweep.of(DEMO).vary("horizon", "24..48:3").runsPerPoint(500).seed(2).threads(2).perRun(p).run();
        assertEquals(a.rows().toString(), b.rows().toString());
    }

    @Test
    void particlesAreDrawnInProportionToTheirWeights() {
        PosteriorParameters p = PosteriorParameters.of(SPREAD, DEMO);
        int[] hits = new int[4];
        int n = 40_000;
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            double trust = p.draw(random.nextDouble())[0];
            hits[trust == 0.1 ? 0 : trust == 0.5 ? 1 : trust == 0.9 ? 2 : 3]++;
        }
        double[] expected = {1 / 4.5, 2 / 4.5, 1 / 4.5, 0.5 / 4.5};
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], (double) hits[k] / n, 0.01, "particle " + k);
        }
        assertEquals(0.9, p.max(0));
    }

    @Test
    void wildcardsExpandAndBadParticlesAreRefusedByIndex() {
        PosteriorParameters all = PosteriorParameters.of(posterior(new double[][] {{0.4, 1}}, "parties.*.trust.initial"),
                DEMO);
        assertTrue(all.paths().size() >= 2 && all.paths().contains(TRUST), all.paths().toString());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> PosteriorParameters.of(
                posterior(new double[][] {{0.4, 1}, {1.4, 1}}, TRUST), DEMO));
        assertTrue(bad.getMessage().startsWith("particle 1: "), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PosteriorParameters.of(
                posterior(new double[][] {{0.4, 1}}, "parties.DPRK.trust.intial"), DEMO));
        io.github.bitforbit.engine.RunParameters unknown = new io.github.bitforbit.engine.RunParameters() {
            @Override
            public List<String> paths() {
                return List.of("parties.XYZ.trust.initial");
            }

            @Override
            public double[] draw(double u) {
                return new double[] {0.5};
            }

            @Override
            public double max(int i) {
                return 0.5;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> MonteCarlo.of(DEMO).perRun(unknown));
    }
}
