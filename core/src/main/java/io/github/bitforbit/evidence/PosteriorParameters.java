package io.github.bitforbit.evidence;

import io.github.bitforbit.engine.RunParameters;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A posterior as the parameters of every run of one scenario: each run takes the particle
 * {@link Posterior#draw(double)} picks by weight for the run's uniform, so a Monte Carlo
 * integrates over the posterior ("posterior predictive" runs). A path with {@code *} sets every
 * matching parameter, as in calibration; a whole-number parameter takes the value rounded.
 *
 * <p>Every particle is checked against the scenario here, once, so a run never meets a refused
 * value. Immutable and thread-safe.
 */
public final class PosteriorParameters implements RunParameters {

    private final Posterior posterior;
    private final List<String> paths;
    private final Map<Posterior.Particle, double[]> values = new IdentityHashMap<>();
    private final double[] max;

    private PosteriorParameters(Posterior posterior, List<String> paths, int[] source, boolean[] whole) {
        this.posterior = posterior;
        this.paths = List.copyOf(paths);
        this.max = new double[paths.size()];
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (Posterior.Particle p : posterior.particles()) {
            double[] v = new double[paths.size()];
            for (int k = 0; k < v.length; k++) {
                double x = p.values().get(source[k]);
                v[k] = whole[k] ? Math.rint(x) : x;
                max[k] = Math.max(max[k], v[k]);
            }
            values.put(p, v);
        }
    }

    /**
     * The posterior's particles as the per-run parameters of {@code scenario}.
     *
     * @param posterior the weighted sample
     * @param scenario  the scenario every run modifies
     * @return the per-run parameters
     * @throws IllegalArgumentException for a path that names no parameter of the scenario, or a
     *                                  particle (named by its index) with a value the scenario refuses
     */
    public static PosteriorParameters of(Posterior posterior, Scenario scenario) {
        Objects.requireNonNull(posterior, "posterior");
        Objects.requireNonNull(scenario, "scenario");
        List<String> paths = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        List<String> given = posterior.paths();
        for (int i = 0; i < given.size(); i++) {
            for (String p : RecordCalibration.expand(scenario, given.get(i))) {
                if (paths.contains(p)) {
                    throw new IllegalArgumentException("posterior: the parameter " + p + " is named twice");
                }
                paths.add(p);
                source.add(i);
            }
        }
        int[] src = source.stream().mapToInt(Integer::intValue).toArray();
        boolean[] whole = new boolean[paths.size()];
        for (int k = 0; k < whole.length; k++) {
            whole[k] = ParameterPath.isWholeNumber(scenario, paths.get(k));
        }
        PosteriorParameters out = new PosteriorParameters(posterior, paths, src, whole);
        List<Posterior.Particle> particles = posterior.particles();
        for (int i = 0; i < particles.size(); i++) {
            Scenario s = scenario;
            double[] v = out.values.get(particles.get(i));
            try {
                for (int k = 0; k < v.length; k++) {
                    s = ParameterPath.set(s, paths.get(k), v[k]);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("particle " + i + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** {@return the posterior drawn from} */
    public Posterior posterior() {
        return posterior;
    }

    @Override
    public List<String> paths() {
        return paths;
    }

    @Override
    public double[] draw(double u) {
        return values.get(posterior.draw(u));
    }

    @Override
    public double max(int i) {
        return max[i];
    }
}
