package io.github.bitforbit.agents;

import io.github.bitforbit.model.Suggestions;
import io.github.bitforbit.model.Validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in strategies of MODEL.md section 4, and a registry by name for scenario files.
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
            return !s.counterpartDefected() && s.surplus() >= 0;
        }

        @Override
        public boolean performs(Situation s) {
            return !s.counterpartDefected();
        }
    }

    /** Reciprocal, but forgives each defection it meets with probability {@code forgiveness}. */
    public record Generous(double forgiveness) implements Strategy {
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
            return !resents(s) && s.surplus() >= 0;
        }

        @Override
        public boolean performs(Situation s) {
            return !resents(s);
        }
    }

    /** Osgood's GRIT: invests in trust by accepting small expected losses, up to the share
     *  {@code initiative} of the phase's value, while it is reciprocated; stops after a defection. */
    public record Grit(double initiative) implements Strategy {
        public Grit {
            Validate.probability("strategy.initiative", initiative);
        }

        @Override
        public String name() {
            return "grit";
        }

        @Override
        public boolean accepts(Situation s) {
            return !s.counterpartDefected() && s.surplus() >= -initiative * s.value();
        }

        @Override
        public boolean performs(Situation s) {
            return !s.counterpartDefected();
        }
    }

    /** Accepts only a phase that settles everything at once, and only with a non-negative surplus. */
    public record Hardliner() implements Strategy {
        @Override
        public String name() {
            return "hardliner";
        }

        @Override
        public boolean accepts(Situation s) {
            return s.everythingRemaining() && s.surplus() >= 0;
        }

        @Override
        public boolean performs(Situation s) {
            return !s.counterpartDefected();
        }
    }

    /** Accepts and performs only while its trust is at least {@code threshold}. */
    public record TrustThreshold(double threshold) implements Strategy {
        public TrustThreshold {
            Validate.probability("strategy.threshold", threshold);
        }

        @Override
        public String name() {
            return "trust-threshold";
        }

        @Override
        public boolean accepts(Situation s) {
            return s.trust() >= threshold && s.surplus() >= 0;
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
     * beta &lt; 1 (concedes late), Conceder for beta &gt; 1 (early).
     */
    public record TimeDependent(double beta) implements Strategy {
        public TimeDependent {
            Validate.positive("strategy.beta", beta);
        }

        @Override
        public String name() {
            return "time-dependent";
        }

        /** The share of its aspiration conceded at {@code step} of {@code horizon}. */
        public double conceded(int step, int horizon) {
            return Math.pow(Math.min(1.0, (double) step / horizon), 1.0 / beta);
        }

        @Override
        public boolean accepts(Situation s) {
            double aspiration = (1 - conceded(s.step(), s.horizon())) * Math.max(0.0, s.value() - s.cost());
            return s.surplus() >= aspiration;
        }

        @Override
        public boolean performs(Situation s) {
            return !s.counterpartDefected();
        }
    }

    /** {@link Reciprocal}. */
    public static Strategy reciprocal() {
        return new Reciprocal();
    }

    /** {@link Generous} with the given forgiveness probability. */
    public static Strategy generous(double forgiveness) {
        return new Generous(forgiveness);
    }

    /** {@link Grit} with the given initiative share. */
    public static Strategy grit(double initiative) {
        return new Grit(initiative);
    }

    /** {@link Hardliner}. */
    public static Strategy hardliner() {
        return new Hardliner();
    }

    /** {@link TrustThreshold}. */
    public static Strategy trustThreshold(double threshold) {
        return new TrustThreshold(threshold);
    }

    /** {@link TimeDependent}: Boulware for beta &lt; 1, Conceder for beta &gt; 1. */
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
     * {@code META-INF/services/io.github.bitforbit.agents.StrategyType}).
     *
     * @throws IllegalArgumentException if the name is taken
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

    /** The names of the strategies: the built-ins, then the registered ones. */
    public static synchronized List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }

    /** A one-line description of a built-in strategy. */
    public static String summary(String name) {
        return entry(name).summary();
    }

    /** The parameter names (with defaults) a built-in strategy takes. */
    public static Map<String, Double> parameters(String name) {
        return entry(name).defaults();
    }

    /**
     * A built-in strategy by name, with parameters (missing ones take their defaults).
     *
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
