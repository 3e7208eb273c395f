package io.github.bitforbit.agents;

import io.github.bitforbit.validation.Suggestions;
import io.github.bitforbit.validation.Validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in strategies (docs/ODD.md section 7.9), and the registry by name that scenario files,
 * sweeps and the command line use: the built-ins, then every registered {@link StrategyType}.
 * Each built-in is a record, so its parameter can be swept as {@code parties.ID.strategy.NAME}.
 *
 * <p>Where a built-in "accepts with a non-negative surplus" it decides by quantal response on the
 * surplus ({@link Situation#chooses}): at its principal's precision {@code lambda}, with a
 * probability that rises with the surplus; at the best response ({@code lambda} infinite),
 * exactly when the surplus is at least 0.
 */
public final class Strategies {
    private Strategies() {
    }

    /** Tit-for-tat on phases: accepts any phase with a non-negative surplus, unless the counterpart
     *  defected since the last completed phase; withholds what it owes after a defection. */
    public record Reciprocal() implements Strategy {
        @Override
        public String name() {
            return "reciprocal";
        }

        @Override
        public boolean accepts(Situation s) {
            return !s.counterpartDefected() && s.chooses(s.surplus());
        }

        @Override
        public boolean performs(Situation s) {
            return !s.counterpartDefected();
        }
    }

    /**
     * Reciprocal, but forgives each defection it meets with probability {@code forgiveness}: the
     * draw is made afresh at every decision while the defection stands.
     *
     * @param forgiveness probability of overlooking the defection at a decision, 0 to 1 (default 0.3)
     */
    public record Generous(double forgiveness) implements Strategy {
        /**
         * Checks the forgiveness.
         *
         * @param forgiveness a probability, 0 to 1
         * @throws IllegalArgumentException if it is outside [0, 1]
         */
        public Generous {
            Validate.probability("strategy.forgiveness", forgiveness);
        }

        @Override
        public String name() {
            return "generous";
        }

        private boolean resents(Situation s) {
            return s.counterpartDefected() && s.random() >= forgiveness;
        }

        @Override
        public boolean accepts(Situation s) {
            return !resents(s) && s.chooses(s.surplus());
        }

        @Override
        public boolean performs(Situation s) {
            return !resents(s);
        }
    }

    /**
     * Osgood's GRIT: invests in trust by accepting small expected losses, a surplus down to
     * {@code -initiative * value}, while it is reciprocated; accepts nothing and withholds what it
     * owes after a defection.
     *
     * @param initiative the largest expected loss it accepts, as a share of the phase's value
     *                   {@link Situation#value()}, 0 to 1 (default 0.2)
     */
    public record Grit(double initiative) implements Strategy {
        /**
         * Checks the initiative.
         *
         * @param initiative a share, 0 to 1
         * @throws IllegalArgumentException if it is outside [0, 1]
         */
        public Grit {
            Validate.probability("strategy.initiative", initiative);
        }

        @Override
        public String name() {
            return "grit";
        }

        @Override
        public boolean accepts(Situation s) {
            return !s.counterpartDefected() && s.chooses(s.surplus() + initiative * s.value());
        }

        @Override
        public boolean performs(Situation s) {
            return !s.counterpartDefected();
        }
    }

    /** Accepts only a phase that settles everything at once, and only with a non-negative surplus;
     *  withholds what it owes after a defection. */
    public record Hardliner() implements Strategy {
        @Override
        public String name() {
            return "hardliner";
        }

        @Override
        public boolean accepts(Situation s) {
            return s.everythingRemaining() && s.chooses(s.surplus());
        }

        @Override
        public boolean performs(Situation s) {
            return !s.counterpartDefected();
        }
    }

    /**
     * Accepts (with a non-negative surplus) and performs only while its trust is at least
     * {@code threshold}; it ignores defections as such, answering only the trust they cost.
     *
     * @param threshold the least trust in the counterpart at which it acts, 0 to 1 (default 0.5)
     */
    public record TrustThreshold(double threshold) implements Strategy {
        /**
         * Checks the threshold.
         *
         * @param threshold a probability, 0 to 1
         * @throws IllegalArgumentException if it is outside [0, 1]
         */
        public TrustThreshold {
            Validate.probability("strategy.threshold", threshold);
        }

        @Override
        public String name() {
            return "trust-threshold";
        }

        @Override
        public boolean accepts(Situation s) {
            return s.trust() >= threshold && s.chooses(s.surplus());
        }

        @Override
        public boolean performs(Situation s) {
            return s.trust() >= threshold;
        }
    }

    /**
     * Faratin et al. (1998) time-dependent tactic: the share of its aspiration it has conceded by
     * step t is {@code alpha = (t / horizon)^(1 / beta)}; it accepts when the surplus is at least
     * {@code (1 - alpha) * (value - cost)}, the phase's worth at full trust. Boulware for
     * beta &lt; 1 (concedes late), Conceder for beta &gt; 1 (early). It withholds what it owes
     * after a defection.
     *
     * @param beta the concession exponent (&gt; 0; default 1, conceding linearly in time)
     */
    public record TimeDependent(double beta) implements Strategy {
        /**
         * Checks the exponent.
         *
         * @param beta a finite number above 0
         * @throws IllegalArgumentException if it is not
         */
        public TimeDependent {
            Validate.positive("strategy.beta", beta);
        }

        @Override
        public String name() {
            return "time-dependent";
        }

        /**
         * The share of its aspiration it has conceded.
         *
         * @param step    the current step, from 0
         * @param horizon the scenario's horizon in steps (&gt;= 1)
         * @return {@code alpha = min(1, step / horizon)^(1 / beta)}, 0 to 1
         */
        public double conceded(int step, int horizon) {
            return Math.pow(Math.min(1.0, (double) step / horizon), 1.0 / beta);
        }

        @Override
        public boolean accepts(Situation s) {
            double aspiration = (1 - conceded(s.step(), s.horizon())) * Math.max(0.0, s.value() - s.cost());
            return s.chooses(s.surplus() - aspiration);
        }

        @Override
        public boolean performs(Situation s) {
            return !s.counterpartDefected();
        }
    }

    /**
     * The default strategy of every party.
     *
     * @return a {@link Reciprocal}
     */
    public static Strategy reciprocal() {
        return new Reciprocal();
    }

    /**
     * A forgiving reciprocator.
     *
     * @param forgiveness probability of overlooking a defection at a decision, 0 to 1
     * @return a {@link Generous}
     * @throws IllegalArgumentException if it is outside [0, 1]
     */
    public static Strategy generous(double forgiveness) {
        return new Generous(forgiveness);
    }

    /**
     * Osgood's GRIT.
     *
     * @param initiative largest expected loss it accepts, as a share of the phase's value, 0 to 1
     * @return a {@link Grit}
     * @throws IllegalArgumentException if it is outside [0, 1]
     */
    public static Strategy grit(double initiative) {
        return new Grit(initiative);
    }

    /**
     * An all-or-nothing negotiator.
     *
     * @return a {@link Hardliner}
     */
    public static Strategy hardliner() {
        return new Hardliner();
    }

    /**
     * A party that acts only while it trusts enough.
     *
     * @param threshold least trust at which it acts, 0 to 1
     * @return a {@link TrustThreshold}
     * @throws IllegalArgumentException if it is outside [0, 1]
     */
    public static Strategy trustThreshold(double threshold) {
        return new TrustThreshold(threshold);
    }

    /**
     * Faratin et al.'s time-dependent tactic.
     *
     * @param beta concession exponent (&gt; 0): Boulware below 1, Conceder above 1
     * @return a {@link TimeDependent}
     * @throws IllegalArgumentException if it is not a finite number above 0
     */
    public static Strategy timeDependent(double beta) {
        return new TimeDependent(beta);
    }

    private record Entry(String summary, Map<String, Double> defaults, Function<Map<String, Double>, Strategy> make,
                         Class<?> type) {
        Entry(String summary, Map<String, Double> defaults, Function<Map<String, Double>, Strategy> make) {
            this(summary, defaults, make, Strategies.class);
        }
    }

    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>(); // guarded by Strategies.class

    static {
        REGISTRY.put("reciprocal", new Entry("tit-for-tat on phases", Map.of(), p -> reciprocal()));
        REGISTRY.put("generous", new Entry("reciprocal, forgiving a defection with probability forgiveness",
                Map.of("forgiveness", 0.3), p -> generous(p.get("forgiveness"))));
        REGISTRY.put("grit", new Entry("accepts small losses, up to initiative x value, while reciprocated",
                Map.of("initiative", 0.2), p -> grit(p.get("initiative"))));
        REGISTRY.put("hardliner", new Entry("accepts only all-or-nothing", Map.of(), p -> hardliner()));
        REGISTRY.put("trust-threshold", new Entry("acts only while trust >= threshold",
                Map.of("threshold", 0.5), p -> trustThreshold(p.get("threshold"))));
        REGISTRY.put("time-dependent", new Entry("Faratin concession (t/T)^(1/beta): Boulware beta<1, Conceder beta>1",
                Map.of("beta", 1.0), p -> timeDependent(p.get("beta"))));
    }

    static {
        for (StrategyType t : java.util.ServiceLoader.load(StrategyType.class, Strategies.class.getClassLoader())) {
            register(t);
        }
    }

    /**
     * Adds a strategy type under its name (also done for every type listed in
     * {@code META-INF/services/io.github.bitforbit.agents.StrategyType}). Registering the same
     * class again does nothing.
     *
     * @param type the strategy type
     * @throws IllegalArgumentException if the name is taken by another type or a built-in
     */
    public static synchronized void register(StrategyType type) {
        String name = type.name();
        if (REGISTRY.containsKey(name)) {
            if (REGISTRY.get(name).type() == type.getClass()) {
                return; // the same type registered again (by ServiceLoader and by hand)
            }
            throw new IllegalArgumentException("a strategy named '" + name + "' is already registered");
        }
        REGISTRY.put(name, new Entry(type.summary(), new LinkedHashMap<>(type.defaults()), type::create,
                type.getClass()));
    }

    /**
     * Every strategy name files may use.
     *
     * @return the built-ins in a fixed order, then the registered ones in registration order
     */
    public static synchronized List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }

    /**
     * What a strategy does, for listings.
     *
     * @param name a built-in or registered strategy name
     * @return its one-line description
     * @throws IllegalArgumentException for an unknown name, with a suggestion
     */
    public static String summary(String name) {
        return entry(name).summary();
    }

    /**
     * The parameters a strategy takes.
     *
     * @param name a built-in or registered strategy name
     * @return each parameter's default by name (empty: none)
     * @throws IllegalArgumentException for an unknown name, with a suggestion
     */
    public static Map<String, Double> parameters(String name) {
        return entry(name).defaults();
    }

    /**
     * A strategy by name, with parameters (missing ones take their defaults).
     *
     * @param name       a built-in or registered strategy name, e.g. {@code "generous"}
     * @param parameters values by parameter name, e.g. {@code forgiveness = 0.5}
     * @return the strategy
     * @throws IllegalArgumentException for an unknown name or parameter, with a suggestion
     */
    public static Strategy create(String name, Map<String, Double> parameters) {
        Entry e = entry(name);
        Map<String, Double> p = new LinkedHashMap<>(e.defaults());
        Set<String> known = e.defaults().keySet();
        for (Map.Entry<String, Double> kv : parameters.entrySet()) {
            if (!known.contains(kv.getKey())) {
                throw new IllegalArgumentException("strategy " + name + " has no parameter '" + kv.getKey() + "'"
                        + Suggestions.didYouMean(kv.getKey(), known)
                        + (known.isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", known) + ")"));
            }
            p.put(kv.getKey(), kv.getValue());
        }
        return e.make().apply(p);
    }

    private static synchronized Entry entry(String name) {
        Entry e = REGISTRY.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "'" + Suggestions.didYouMean(name, REGISTRY.keySet())
                    + " (known: " + String.join(", ", REGISTRY.keySet()) + ")");
        }
        return e;
    }
}
