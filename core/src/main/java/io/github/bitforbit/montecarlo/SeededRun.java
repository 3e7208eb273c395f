package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;

/**
 * What the runner runs: one run per seed. Normally a {@link Simulation}; tests substitute toy
 * models with known properties. Each worker owns its instance, so implementations need not be
 * thread-safe.
 */
@FunctionalInterface
interface SeededRun {

    RunResult run(long seed);

    /** Creates one model per worker and design. */
    @FunctionalInterface
    interface Factory {
        SeededRun create(Scenario scenario, AgreementDesign design);

        /** The real model: a {@link Simulation}, reused for every run of its worker. */
        Factory SIMULATION = (scenario, design) -> new Simulation(scenario, design)::run;
    }
}
