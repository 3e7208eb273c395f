package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.Metrics;
import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.RunResult;

import java.util.SplittableRandom;

/** Toy models with known properties, for testing the runner's aggregation. */
final class ToyModels {

    private ToyModels() {
    }

    /** Collapses (DPRK, trust, step 3) with probability p, else completes at step 5; metric values from the seed. */
    static SeededRun.Factory bernoulli(double p) {
        return (scenario, design) -> seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            double u = random.nextDouble();
            boolean collapse = u < p;
            Outcome outcome = collapse ? new Outcome.Collapsed("DPRK", CollapseCause.TRUST, 3) : new Outcome.Completed(5);
            Metrics m = new Metrics(collapse ? 1 : 4, 4, random.nextDouble(), u, 0.5, 0.5, 0, 0, 0, 0, 0,
                    collapse ? 4 : 6, collapse ? -1 : 5);
            return new RunResult(seed, outcome, m);
        };
    }
}
