package io.github.bitforbit;

import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.model.Demo;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.Comparison;
import io.github.bitforbit.montecarlo.MetricSummary;
import io.github.bitforbit.montecarlo.Metric;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.MonteCarloResult;
import io.github.bitforbit.montecarlo.ShareDifference;
import io.github.bitforbit.montecarlo.Sweep;
import io.github.bitforbit.montecarlo.SweepResult;
import io.github.bitforbit.montecarlo.Verdict;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.stats.IncidencePoint;
import io.github.bitforbit.stats.Interval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Monte Carlo example of the README, verbatim between the markers: it must compile and run. */
class ReadmeExampleTest {

    @Test
    void readmeExampleRuns() {
        // README:begin
        Scenario scenario = Demo.scenario(0.5);
        MonteCarloResult r = MonteCarlo.of(scenario).design(Template.BIT_FOR_BIT)
                .runs(10_000).seed(42).threads(4).run();
        Interval collapsed = r.share(OutcomeKind.COLLAPSED);      // share, 95% Wilson interval
        MetricSummary relief = r.metric(Metric.RELIEF_DELIVERED); // mean, sd, t-interval, p10/median/p90

        Comparison c = MonteCarlo.of(scenario).runs(5_000).seed(1)
                .compare(Template.ALL_OR_NOTHING, Template.BIT_FOR_BIT);
        ShareDifference d = c.pair("all-or-nothing", "bit-for-bit").share(OutcomeKind.COLLAPSED);
        Interval gap = d.paired();                                // paired on common random numbers

        SweepResult s = Sweep.of(scenario)
                .vary("parties.DPRK.trust.initial", "0.1..0.9:5")
                .vary("ruleSet", "all-or-nothing,bit-for-bit")
                .runsPerPoint(1_000).seed(7).run();
        s.rows().forEach(row -> System.out.println(row.values() + " -> " + row.collapseShare()));

        System.out.println(c);                                    // the shares and the verdict, in words
        Verdict v = c.verdict();                                  // best(), undominated(), judgements()
        List<IncidencePoint> collapse = r.incidence(OutcomeKind.COLLAPSED); // by month, completion competing
        // README:end

        assertEquals(10_000, r.runs());
        assertTrue(collapsed.contains(collapsed.estimate()));
        assertTrue(relief.mean() >= 0 && relief.mean() <= 1);
        assertTrue(gap.low() <= gap.estimate() && gap.estimate() <= gap.high());
        assertEquals(10, s.rows().size());
        assertEquals(2, v.designs().size());
        assertEquals(r.share(OutcomeKind.COLLAPSED).estimate() - r.afterCompletion().collapsedAfterShare().estimate(),
                collapse.get(collapse.size() - 1).incidence(), 1e-12);
    }
}
