package io.github.bitforbit.benchmarks;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import org.openjdk.jmh.annotations.Param;

import java.util.List;

/**
 * What uncertain parameters cost per run: {@code dprk-2018} under bit-for-bit, {@code certain},
 * against the same with three parameters drawn per run (the DPRK's type prior, the USA's initial
 * trust, the DPRK's kappa): {@code uncertain} draws them from closed-form distributions
 * (triangular, uniform, triangular); {@code uncertain-beta} draws the type prior from a beta
 * distribution, whose quantile is found numerically, and {@code uncertain-normal} from a
 * truncated normal. Run with {@code -prof gc}: the target is a {@code gc.alloc.rate.norm} within
 * 100 B of the certain run, since each draw is set straight into the compiled model; what a
 * distribution's own quantile allocates comes on top.
 */
public class UncertainRunBenchmark extends OneRunBenchmark {

    /** {@code certain}, {@code uncertain}, {@code uncertain-beta} or {@code uncertain-normal}. */
    @Param({"certain", "uncertain", "uncertain-beta", "uncertain-normal"})
    public String variant;

    /** dprk-2018 with three uncertain parameters, the type prior as {@code variant} says. */
    static Scenario uncertain(Scenario base, String variant) {
        Distribution prior = switch (variant) {
            case "uncertain-beta" -> new Distribution.Beta(5, 5);
            // bounds 2 sd from the mean, beyond the sqrt(3) sd where Commons Math's erfc allocates
            case "uncertain-normal" -> new Distribution.TruncatedNormal(0.5, 0.15, 0.2, 0.8);
            default -> new Distribution.Triangular(0.2, 0.5, 0.8);
        };
        return base.withUncertainties(List.of(
                new UncertainParameter("parties.DPRK.types.cooperative", prior),
                new UncertainParameter("parties.USA.trust.initial", new Distribution.Uniform(0.2, 0.6)),
                new UncertainParameter("parties.DPRK.kappa", new Distribution.Triangular(0.3, 0.5, 0.7))));
    }

    /** Builds the simulation once per trial. */
    @Override
    protected Simulation simulation() {
        Scenario base = Scenarios.builtIn("dprk-2018");
        return new Simulation("certain".equals(variant) ? base : uncertain(base, variant),
                Template.BIT_FOR_BIT);
    }
}
