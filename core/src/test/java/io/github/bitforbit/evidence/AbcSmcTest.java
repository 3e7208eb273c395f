package io.github.bitforbit.evidence;

import io.github.bitforbit.model.Distribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbcSmcTest {

    /**
     * The worked example of Sisson, Fan and Tanaka (2007), used again by Beaumont et al. (2009)
     * and Lenormand et al. (2013, section 4.1): theta ~ U(-10, 10), x ~ 0.5 N(theta, 1) + 0.5
     * N(theta, 1/100), x observed at 0. The posterior is 0.5 N(0, 1) + 0.5 N(0, 1/100) (truncated
     * to [-10, 10], which changes nothing here).
     */
    private static final Simulator MIXTURE = (theta, seed) -> {
        MersenneTwister rng = new MersenneTwister(seed);
        double sd = rng.nextDouble() < 0.5 ? 1 : 0.1;
        return new double[] {theta[0] + sd * rng.nextGaussian()};
    };

    private static AbcSmc mixture(int threads) {
        return new AbcSmc().priors(List.of(new Prior("theta", new Distribution.Uniform(-10, 10))))
                .observed(0).population(1000).alpha(0.5).minAcceptance(0.02).maxGenerations(20).scaled(false).seed(5)
                .threads(threads);
    }

    /** The posterior's q-quantile, by bisection on its distribution function. */
    private static double mixtureQuantile(double q) {
        NormalDistribution wide = new NormalDistribution(null, 0, 1);
        NormalDistribution narrow = new NormalDistribution(null, 0, 0.1);
        double lo = -5;
        double hi = 5;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            double c = 0.5 * wide.cumulativeProbability(mid) + 0.5 * narrow.cumulativeProbability(mid);
            if (c < q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    void recoversThePublishedMixturePosterior() {
        Posterior p = mixture(2).run(MIXTURE);
        Generation last = p.generations().get(p.generations().size() - 1);
        assertTrue(last.acceptance() <= 0.02 || p.generations().size() == 20, last.toString());
        // the tolerance shrinks generation by generation
        for (int g = 1; g < p.generations().size(); g++) {
            assertTrue(p.generations().get(g).tolerance() <= p.generations().get(g - 1).tolerance());
        }
        assertTrue(last.tolerance() < 0.2, last.toString());
        double q05 = mixtureQuantile(0.05);
        double q25 = mixtureQuantile(0.25);
        // tolerances of about three Monte Carlo standard errors at an effective sample size of 300
        assertEquals(q05, p.quantile(0, 0.05), 0.35, "5% quantile; exact " + q05);
        assertEquals(-q05, p.quantile(0, 0.95), 0.35, "95% quantile");
        assertEquals(q25, p.quantile(0, 0.25), 0.12, "25% quantile; exact " + q25);
        assertEquals(-q25, p.quantile(0, 0.75), 0.12, "75% quantile");
        assertEquals(0, p.mean(0), 0.1);
        assertTrue(p.ess() > 200, "ESS " + p.ess());
    }

    @Test
    void identicalOnOneAndTwoThreadsAndWhenResumed() {
        List<Posterior> saved = new ArrayList<>();
        AbcSmc one = mixture(1).population(200).onGeneration(saved::add);
        Posterior a = one.run(MIXTURE);
        Posterior b = mixture(2).population(200).run(MIXTURE);
        assertEquals(a, b);
        assertTrue(saved.size() >= 3, "generations: " + saved.size());
        Posterior resumed = mixture(2).population(200).resume(saved.get(1)).run(MIXTURE);
        assertEquals(a, resumed);
    }

    @Test
    void refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new AbcSmc().run(MIXTURE));
        assertThrows(IllegalArgumentException.class, () -> new AbcSmc().alpha(1));
        assertThrows(IllegalArgumentException.class, () -> new AbcSmc().population(2));
        assertThrows(IllegalArgumentException.class, () -> new AbcSmc().priors(List.of(
                new Prior("a", new Distribution.Uniform(0, 1)), new Prior("a", new Distribution.Uniform(0, 2)))));
        assertThrows(IllegalArgumentException.class, () -> Prior.parse("a=uniform(1)"));
        assertThrows(IllegalArgumentException.class, () -> Prior.parse("a=gamma(1,2)"));
        assertThrows(IllegalArgumentException.class, () -> Prior.parse("uniform(1,2)"));
        assertEquals(new Prior("parties.USA.lambda", new Distribution.Uniform(1, 50)),
                Prior.parse("parties.USA.lambda=uniform(1, 50)"));
        assertEquals(0.5, Prior.parse("x=uniform(0,2)").density(1.5));
        assertEquals(0, Prior.parse("x=uniform(0,2)").density(2.5));
    }
}
