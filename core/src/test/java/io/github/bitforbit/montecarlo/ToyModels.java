package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.Departure;
import io.github.bitforbit.engine.Metrics;
import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.RunResult;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * A coalition of USA, EU and UK facing DPRK, with known departures drawn from the seed: as
     * {@link #bernoulli bernoulli(0.3)}, and then USA leaves with probability {@code usa} (re-imposing
     * its sanctions; at step 7 after completion if its draw is below {@code usa / 2}, else at step 2
     * before completion), EU with probability {@code eu} (trust, before completion, at a step from
     * 1 to 10), UK never. They are reported in the order they left.
     */
    static SeededRun.Factory coalition(double usa, double eu) {
        SeededRun.Factory base = bernoulli(0.3);
        return (scenario, design) -> {
            SeededRun outcome = base.create(scenario, design);
            return seed -> {
                RunResult r = outcome.run(seed);
                return new RunResult(seed, r.outcome(), r.metrics(), r.probes(), departures(seed, usa, eu));
            };
        };
    }

    /** The departures {@link #coalition} reports for a seed. */
    static List<Departure> departures(long seed, double usa, double eu) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double uUsa = random.nextDouble();
        double uEu = random.nextDouble();
        int euStep = 1 + random.nextInt(10);
        List<Departure> out = new ArrayList<>();
        Departure usaLeft = uUsa < usa ? (uUsa < usa / 2 ? new Departure("USA", 7, CollapseCause.REIMPOSED, true)
                : new Departure("USA", 2, CollapseCause.REIMPOSED, false)) : null;
        Departure euLeft = uEu < eu ? new Departure("EU", euStep, CollapseCause.TRUST, false) : null;
        if (euLeft != null && (usaLeft == null || euLeft.step() < usaLeft.step())) {
            out.add(euLeft);
            euLeft = null;
        }
        if (usaLeft != null) {
            out.add(usaLeft);
        }
        if (euLeft != null) {
            out.add(euLeft);
        }
        return out;
    }

    /** The demo with two more sanctioners, EU and UK, after DPRK: members USA, EU, UK in scenario order. */
    static io.github.bitforbit.model.Scenario coalitionScenario() {
        io.github.bitforbit.model.Scenario d = io.github.bitforbit.model.Demo.scenario(0.5);
        io.github.bitforbit.model.Party usa = d.party("USA").orElseThrow();
        List<io.github.bitforbit.model.Party> parties = new ArrayList<>(d.parties());
        for (String id : List.of("EU", "UK")) {
            parties.add(new io.github.bitforbit.model.Party(id, usa.role(), usa.cooperativePrior(), usa.initialTrust(),
                    usa.trustFloor(), usa.patience(), usa.discount(), usa.attention(), usa.lambda(), usa.strategy(),
                    usa.parameters()));
        }
        // the canonical constructor checks the parts, not the whole (which may still want one sanctioner)
        return new io.github.bitforbit.model.Scenario(d.name(), d.title(), d.description(), d.horizon(), parties,
                d.concessions(), d.events(), d.falseAlarm(), d.design(), d.ruleSets(), d.uncertainties(), d.sources(),
                d.assumptions(), d.agents());
    }
}
