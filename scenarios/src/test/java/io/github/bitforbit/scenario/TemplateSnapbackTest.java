package io.github.bitforbit.scenario;

import io.github.bitforbit.montecarlo.Metric;
import io.github.bitforbit.montecarlo.MetricSummary;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.rules.Template;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "if that happens, it is restored" half of the bit-for-bit template is live: in at least one
 * built-in its snapback restores relief in some runs (mean snapbacks per run above zero, with the
 * lower end of its interval above zero too, so that one lucky run does not pass the test).
 */
class TemplateSnapbackTest {

    @Test
    void theBitForBitTemplatesSnapbackFiresInABuiltIn() {
        Map<String, Double> lows = new LinkedHashMap<>();
        for (String name : Scenarios.BUILT_IN) {
            MonteCarloResult r = MonteCarlo.of(Scenarios.builtIn(name)).design(Template.BIT_FOR_BIT)
                    .runs(2_000).seed(11).threads(2).run();
            MetricSummary snapbacks = r.metric(Metric.SNAPBACKS);
            lows.put(name, snapbacks.meanInterval().low());
        }
        assertTrue(lows.values().stream().anyMatch(low -> low > 0),
                "lower end of the mean snapbacks' interval under bit-for-bit, per built-in: " + lows);
    }
}
