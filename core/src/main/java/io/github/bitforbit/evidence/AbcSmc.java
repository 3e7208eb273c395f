package io.github.bitforbit.evidence;

import io.github.bitforbit.montecarlo.RunSeeds;

import org.apache.commons.math3.random.Well512a;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Approximate Bayesian computation by sequential Monte Carlo: the adaptive population Monte
 * Carlo of Lenormand, Jabot and Deffuant (2013, "Adaptive approximate Bayesian computation for
 * complex models", Computational Statistics 28, 2777-2796), the algorithm OpenMOLE and EasyABC
 * use, with the perturbation kernel and importance weights of Beaumont, Cornuet, Marin and
 * Robert (2009, Biometrika 96, 983-990).
 *
 * <ol>
 *   <li>Generation 0 draws N parameter vectors from the priors, simulates each once and keeps
 *       the {@code alpha N} closest to the observed summaries, with equal weights; the
 *       tolerance is the largest kept distance.</li>
 *   <li>Each later generation draws {@code N - alpha N} new particles: a kept particle chosen by
 *       weight, moved by a multivariate normal kernel with twice the kept particles' weighted
 *       covariance. A move outside the priors' support gets weight 0 and is not simulated (so
 *       the proposal is never truncated and the weights stay exact). A new particle's weight is
 *       {@code prior(theta) / sum_j (w_j / W) K(theta | theta_j)}. New and kept particles are pooled and the
 *       {@code alpha N} closest kept (ties by age, then index); the tolerance falls to the largest
 *       kept distance.</li>
 *   <li>It stops when the share of new particles closer than the previous tolerance is at most
 *       the minimum acceptance (Lenormand's {@code p_acc_min}), or after the most generations.</li>
 * </ol>
 *
 * <p>The distance is Euclidean between the simulated and observed summaries, each divided by its
 * standard deviation over generation 0's simulations (1 if that is 0, or if scaling is off).
 *
 * <p><b>Determinism.</b> Particle i of generation g draws its proposal from Commons Math's WELL512a
 * generator (Panneton, L'Ecuyer and Matsumoto 2006) seeded with {@link RunSeeds#seed(long, long) RunSeeds.seed(s_g, i)} and simulates with seed
 * {@code RunSeeds.seed(s_g ^ SALT, i)}, where {@code s_g} is a function of the master seed and g;
 * results are stored by index, so the posterior is identical on any number of threads, and a
 * calibration resumed from a saved generation ({@link #resume}) equals an uninterrupted one.
 *
 * <p>A mutable builder, not thread-safe. Invalid settings throw {@link IllegalArgumentException}.
 */
public final class AbcSmc {
    private static final long GENERATION_SALT = 0x4142435F534D4331L;
    private static final long SIMULATION_SALT = 0x53494D554C415445L;

    /** Told of progress within a generation, on the calling thread. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Progress.
         *
         * @param generation the generation running
         * @param done       its simulations done
         * @param total      its simulations in all
         */
        void progress(int generation, int done, int total);
    }

    private final List<Prior> priors = new ArrayList<>();
    private double[] observed;
    private int population = 500;
    private double alpha = 0.5;
    private double minAcceptance = 0.02;
    private int maxGenerations = 30;
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean scaled = true;
    private Progress progress;
    private Consumer<Posterior> onGeneration;
    private Posterior resumeFrom;
    private BooleanSupplier cancelled = () -> false;

    /**
     * Sets the priors, one per calibrated parameter.
     *
     * @param list at least one prior, distinct paths
     * @return this builder
     */
    public AbcSmc priors(List<Prior> list) {
        Objects.requireNonNull(list, "priors");
        if (list.isEmpty()) {
            throw new IllegalArgumentException("priors: calibrate at least one parameter");
        }
        priors.clear();
        for (Prior p : list) {
            for (Prior q : priors) {
                if (q.path().equals(p.path())) {
                    throw new IllegalArgumentException("priors: '" + p.path() + "' has two priors");
                }
            }
            priors.add(p);
        }
        return this;
    }

    /**
     * Sets the observed summary statistics.
     *
     * @param summaries finite numbers, as many as the simulator returns
     * @return this builder
     */
    public AbcSmc observed(double... summaries) {
        Objects.requireNonNull(summaries, "observed");
        for (double v : summaries) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("observed summaries must be finite: " + v);
            }
        }
        this.observed = summaries.clone();
        return this;
    }

    /**
     * Sets N, the particles simulated in generation 0 (default 500).
     *
     * @param n {@code >= 4}
     * @return this builder
     */
    public AbcSmc population(int n) {
        if (n < 4) {
            throw new IllegalArgumentException("population must be >= 4: " + n);
        }
        this.population = n;
        return this;
    }

    /**
     * Sets alpha, the share of the population kept each generation (default 0.5, Lenormand's choice).
     *
     * @param alpha in (0, 1)
     * @return this builder
     */
    public AbcSmc alpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
        this.alpha = alpha;
        return this;
    }

    /**
     * Sets the stopping rule's minimum acceptance (default 0.02; Lenormand et al. used 0.01 to 0.05).
     *
     * @param pAccMin in (0, 1)
     * @return this builder
     */
    public AbcSmc minAcceptance(double pAccMin) {
        if (!(pAccMin > 0 && pAccMin < 1)) {
            throw new IllegalArgumentException("minAcceptance must be in (0, 1): " + pAccMin);
        }
        this.minAcceptance = pAccMin;
        return this;
    }

    /**
     * Sets the most generations run, generation 0 included (default 30).
     *
     * @param n {@code >= 1}
     * @return this builder
     */
    public AbcSmc maxGenerations(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("maxGenerations must be >= 1: " + n);
        }
        this.maxGenerations = n;
        return this;
    }

    /**
     * Sets the master seed (default 0).
     *
     * @param seed any long
     * @return this builder
     */
    public AbcSmc seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Sets the worker threads (default: available processors); changes no figure.
     *
     * @param threads 1 to 1024
     * @return this builder
     */
    public AbcSmc threads(int threads) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be between 1 and 1024: " + threads);
        }
        this.threads = threads;
        return this;
    }

    /**
     * Sets whether summaries are scaled by their generation-0 standard deviation (default true).
     *
     * @param scaled whether to scale
     * @return this builder
     */
    public AbcSmc scaled(boolean scaled) {
        this.scaled = scaled;
        return this;
    }

    /**
     * Sets the progress listener (null: none).
     *
     * @param listener the listener
     * @return this builder
     */
    public AbcSmc progress(Progress listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Sets a receiver of the kept population after every generation, to save for {@link #resume} (null: none).
     *
     * @param sink the receiver, called on the calling thread
     * @return this builder
     */
    public AbcSmc onGeneration(Consumer<Posterior> sink) {
        this.onGeneration = sink;
        return this;
    }

    /**
     * Continues from a population saved after a generation, with the same settings otherwise.
     *
     * @param saved a population delivered to {@link #onGeneration} (null: start afresh)
     * @return this builder
     */
    public AbcSmc resume(Posterior saved) {
        this.resumeFrom = saved;
        return this;
    }

    /**
     * Sets a cancellation check, asked before every simulation (default: never cancelled).
     *
     * @param check true to stop with a {@link CancellationException}
     * @return this builder
     */
    public AbcSmc cancelled(BooleanSupplier check) {
        this.cancelled = Objects.requireNonNull(check, "check");
        return this;
    }

    /**
     * Runs the calibration.
     *
     * @param simulator the model, a pure function of its parameters and seed
     * @return the posterior: the last generation's kept particles
     * @throws IllegalArgumentException if priors or observed summaries are missing, or a saved
     *                                  population does not fit the priors
     * @throws CancellationException    if cancelled
     */
    public Posterior run(Simulator simulator) {
        Objects.requireNonNull(simulator, "simulator");
        if (priors.isEmpty() || observed == null) {
            throw new IllegalArgumentException("set the priors and the observed summaries before running");
        }
        int keep = Math.max(2, (int) Math.floor(alpha * population));
        if (keep >= population) {
            throw new IllegalArgumentException("alpha * population must leave room for new particles: " + keep);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "abc-smc");
            t.setDaemon(true);
            return t;
        });
        try {
            Posterior state = resumeFrom != null ? checkResume(resumeFrom) : first(simulator, pool, keep);
            while (state.generations().size() < maxGenerations
                    && (state.generations().size() == 1
                    || state.generations().get(state.generations().size() - 1).acceptance() > minAcceptance)) {
                state = next(state, simulator, pool, keep);
            }
            return state;
        } finally {
            pool.shutdownNow();
        }
    }

    private Posterior checkResume(Posterior saved) {
        if (!saved.priors().equals(priors) || saved.scales().size() != observed.length) {
            throw new IllegalArgumentException("the saved population was made with other priors or summaries: "
                    + saved.priors() + " vs " + priors);
        }
        return saved;
    }

    private Posterior first(Simulator simulator, ExecutorService pool, int keep) {
        long gs = generationSeed(0);
        double[][] theta = new double[population][];
        double[][] sums = new double[population][];
        ParticleTasks.run(pool, threads, population, 0, progressOf(0, population), cancelled, i -> {
            Well512a rng = new Well512a(RunSeeds.seed(gs, i));
            theta[i] = new double[priors.size()];
            for (int k = 0; k < priors.size(); k++) {
                theta[i][k] = priors.get(k).distribution().quantile(rng.nextDouble());
            }
            sums[i] = simulator.summaries(theta[i].clone(), RunSeeds.seed(gs ^ SIMULATION_SALT, i));
        });
        double[] scales = new double[observed.length];
        for (int j = 0; j < observed.length; j++) {
            double mean = 0;
            for (double[] s : sums) {
                mean += s[j];
            }
            mean /= population;
            double var = 0;
            for (double[] s : sums) {
                var += (s[j] - mean) * (s[j] - mean);
            }
            double sd = Math.sqrt(var / (population - 1));
            scales[j] = scaled && sd > 0 ? sd : 1;
        }
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < population; i++) {
            all.add(new Candidate(theta[i], 1.0, distance(sums[i], scales), 0, i));
        }
        List<Candidate> kept = closest(all, keep);
        double tolerance = kept.get(kept.size() - 1).distance;
        List<Double> sc = new ArrayList<>();
        for (double s : scales) {
            sc.add(s);
        }
        return publish(kept, new Generation(0, tolerance, 1.0, population, Posterior.ess(particles(kept))),
                List.of(), sc);
    }

    private Posterior next(Posterior state, Simulator simulator, ExecutorService pool, int keep) {
        int g = state.generations().size();
        long gs = generationSeed(g);
        int d = priors.size();
        List<Posterior.Particle> old = state.particles();
        double total = 0;
        for (Posterior.Particle p : old) {
            total += p.weight();
        }
        PerturbationKernel kernel = new PerturbationKernel(PerturbationKernel.covariance(old, total, priors.size()));
        double[][] centres = new double[old.size()][d];
        for (int j = 0; j < old.size(); j++) {
            for (int k = 0; k < d; k++) {
                centres[j][k] = old.get(j).value(k);
            }
        }
        int fresh = population - keep;
        double[][] theta = new double[fresh][];
        double[] weight = new double[fresh];
        double[][] sums = new double[fresh][];
        double sum = total;
        ParticleTasks.run(pool, threads, fresh, g, progressOf(g, fresh), cancelled, i -> {
            Well512a rng = new Well512a(RunSeeds.seed(gs, i));
            double u = rng.nextDouble() * sum;
            int parent = 0;
            double c = old.get(0).weight();
            while (c <= u && parent < old.size() - 1) {
                parent++;
                c += old.get(parent).weight();
            }
            double[] z = new double[d];
            for (int k = 0; k < d; k++) {
                z[k] = rng.nextGaussian();
            }
            double[] step = kernel.transform(z);
            double[] t = new double[d];
            double prior = 1;
            for (int k = 0; k < d; k++) {
                t[k] = centres[parent][k] + step[k];
                prior *= priors.get(k).density(t[k]);
            }
            theta[i] = t;
            if (prior > 0) {
                double mix = 0;
                for (int j = 0; j < centres.length; j++) {
                    mix += old.get(j).weight() / sum * kernel.density(t, centres[j]);
                }
                weight[i] = prior / mix;
                sums[i] = simulator.summaries(t.clone(), RunSeeds.seed(gs ^ SIMULATION_SALT, i));
            }
        });
        double previous = state.generations().get(g - 1).tolerance();
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            Posterior.Particle p = old.get(i);
            double[] v = new double[d];
            for (int k = 0; k < d; k++) {
                v[k] = p.value(k);
            }
            all.add(new Candidate(v, p.weight(), p.distance(), 0, i));
        }
        int accepted = 0;
        int simulated = 0;
        for (int i = 0; i < fresh; i++) {
            if (weight[i] > 0) {
                simulated++;
                double dist = distance(sums[i], scaleArray(state));
                accepted += dist < previous ? 1 : 0;
                all.add(new Candidate(theta[i], weight[i], dist, 1, i));
            }
        }
        List<Candidate> kept = closest(all, keep);
        double tolerance = kept.get(kept.size() - 1).distance;
        return publish(kept, new Generation(g, tolerance, (double) accepted / fresh, simulated,
                Posterior.ess(particles(kept))), state.generations(), state.scales());
    }

    private Posterior publish(List<Candidate> kept, Generation gen, List<Generation> before, List<Double> scales) {
        List<Generation> gens = new ArrayList<>(before);
        gens.add(gen);
        Posterior p = new Posterior(priors, particles(kept), gens, scales);
        if (onGeneration != null) {
            onGeneration.accept(p);
        }
        return p;
    }

    private static double[] scaleArray(Posterior state) {
        double[] s = new double[state.scales().size()];
        for (int j = 0; j < s.length; j++) {
            s[j] = state.scales().get(j);
        }
        return s;
    }

    private static List<Posterior.Particle> particles(List<Candidate> kept) {
        List<Posterior.Particle> out = new ArrayList<>();
        for (Candidate c : kept) {
            List<Double> v = new ArrayList<>();
            for (double x : c.theta) {
                v.add(x);
            }
            out.add(new Posterior.Particle(v, c.weight, c.distance));
        }
        return out;
    }

    /** The {@code keep} closest candidates: by distance, then older first, then by index. */
    private static List<Candidate> closest(List<Candidate> all, int keep) {
        Candidate[] a = all.toArray(new Candidate[0]);
        Arrays.sort(a, (x, y) -> x.distance != y.distance ? Double.compare(x.distance, y.distance)
                : x.age != y.age ? Integer.compare(x.age, y.age) : Integer.compare(x.index, y.index));
        return List.of(Arrays.copyOf(a, Math.min(keep, a.length)));
    }

    private double distance(double[] simulated, double[] scales) {
        if (simulated.length != observed.length) {
            throw new IllegalArgumentException("the simulator returned " + simulated.length + " summaries, "
                    + observed.length + " are observed");
        }
        double s = 0;
        for (int j = 0; j < observed.length; j++) {
            double z = (simulated[j] - observed[j]) / scales[j];
            s += z * z;
        }
        return Math.sqrt(s);
    }

    private long generationSeed(int g) {
        return RunSeeds.mix(seed ^ GENERATION_SALT) + g * RunSeeds.GOLDEN_GAMMA;
    }

    private record Candidate(double[] theta, double weight, double distance, int age, int index) {
    }

    private java.util.function.IntConsumer progressOf(int generation, int total) {
        Progress listener = progress;
        return listener == null ? null : done -> listener.progress(generation, done, total);
    }
}
