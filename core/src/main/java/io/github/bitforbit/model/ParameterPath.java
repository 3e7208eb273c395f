package io.github.bitforbit.model;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.agents.Strategy;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.validation.Suggestions;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Addresses a parameter of a {@link Scenario} by a dotted path, for sweeps and uncertain inputs.
 *
 * <pre>
 * horizon | falseAlarm | ruleSet
 * parties.ID.(types.cooperative | trust.initial | trust.floor | patience | discount | attention)
 * parties.ID.strategy.COMPONENT          e.g. parties.USA.strategy.forgiveness
 * parties.ID.COMPONENT                   a coefficient of the role, e.g. parties.DPRK.deterrenceValue
 * concessions.ID.COMPONENT               e.g. concessions.yongbyon.verifiability
 * events[I].COMPONENT                    e.g. events[0].hazard
 * </pre>
 *
 * {@code ruleSet} takes a design name (a template or one of the scenario's rule sets); every other
 * path takes a number. A scenario changed through a path is validated again.
 */
public final class ParameterPath {
    /** The path that selects the design by name. */
    public static final String RULE_SET = "ruleSet";

    private static final Map<String, String> CONCESSION_ALIASES = Map.of("reversibility", "reversalSteps");

    private ParameterPath() {
    }

    /**
     * Checks that {@code path} names a parameter of {@code scenario}.
     *
     * @param scenario the scenario whose parties, concessions and events the path may name
     * @param path     a dotted path, e.g. {@code parties.DPRK.kappa}; {@code events.0.hazard} is
     *                 accepted for {@code events[0].hazard}
     * @throws IllegalArgumentException naming the closest valid path
     */
    public static void check(Scenario scenario, String path) {
        if (RULE_SET.equals(path)) {
            return;
        }
        List<String> all = numericPaths(scenario);
        if (!all.contains(normalise(path))) {
            throw new IllegalArgumentException("unknown parameter path '" + path + "'"
                    + Suggestions.didYouMean(path, all));
        }
    }

    /**
     * The current numeric value at {@code path}.
     *
     * @param scenario the scenario whose parameter it is
     * @param path     a numeric parameter path
     * @return its value, in the parameter's unit (a whole-number parameter as a double)
     * @throws IllegalArgumentException if the path names no numeric parameter
     */
    public static double get(Scenario scenario, String path) {
        check(scenario, path);
        return locate(scenario, normalise(path)).get().getAsDouble();
    }

    /**
     * A copy of {@code scenario} with the number at {@code path} set to {@code value}.
     *
     * @param scenario the scenario whose parameter it is
     * @param path     a numeric parameter path (not {@value #RULE_SET})
     * @param value    the new value, in the parameter's unit and range; whole for a whole-number
     *                 parameter
     * @return the copy, validated as a whole
     * @throws IllegalArgumentException naming the path, if it is unknown or the value is refused
     */
    public static Scenario set(Scenario scenario, String path, double value) {
        check(scenario, path);
        if (RULE_SET.equals(path)) {
            throw new IllegalArgumentException("ruleSet takes a design name, not a number: " + value);
        }
        return setChecked(scenario, normalise(path), value);
    }

    /**
     * A copy with {@code path} set to {@code value} as a sweep or the command line gives it.
     *
     * @param scenario the scenario whose parameter it is
     * @param path     any parameter path, {@value #RULE_SET} included
     * @param value    a design name for {@value #RULE_SET}; otherwise a {@link Number} or its text
     *                 (a whole-number parameter written as digits, not {@code 1e2} or {@code 12.0})
     * @return the copy, validated as a whole
     * @throws IllegalArgumentException naming the path, if it is unknown or the value is refused
     */
    public static Scenario set(Scenario scenario, String path, Object value) {
        if (RULE_SET.equals(path)) {
            return scenario.withDesign(scenario.design(String.valueOf(value)));
        }
        if (value instanceof Number n) {
            return set(scenario, path, n.doubleValue());
        }
        String text = String.valueOf(value).trim();
        // the same rule as a scenario file: a whole-number parameter is written as digits, not 1e2 or 12.0
        if (isWholeNumber(scenario, path) && !text.matches("[+-]?\\d+")) {
            throw new IllegalArgumentException(path + ": '" + text + "' is not a whole number");
        }
        try {
            return set(scenario, path, number(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path + ": '" + text + "' is not a number");
        }
    }

    /**
     * A number as a user writes it on a command line or in a sweep: a decimal, or infinity as
     * in YAML ({@code .inf}, {@code inf}, {@code infinity}, any case, optionally signed), for the
     * parameters whose range includes it (a decision precision {@code lambda}).
     *
     * @param text the text, trimmed
     * @return its value
     * @throws NumberFormatException if it is not a number
     */
    public static double number(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        if (unsigned.equals(".inf") || unsigned.equals("inf") || unsigned.equals("infinity")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(t);
    }

    /**
     * A copy with every uncertain parameter of {@code scenario} drawn: parameter i takes the
     * {@code uniforms.getAsDouble()}-quantile of its distribution, in list order. A whole-number
     * parameter (patience, horizon, reversibility, an event's step or duration) takes the draw
     * rounded to the nearest whole number, so that any parameter can be uncertain. The paths were
     * checked when the scenario was validated; the drawn scenario is validated once, at the end.
     *
     * @param scenario the scenario with its {@link Scenario#uncertainties()}
     * @param uniforms uniform numbers in [0, 1], one per uncertain parameter (the run's stream)
     * @return the scenario of one run, every uncertain parameter fixed
     * @throws IllegalArgumentException if a drawn value is outside its parameter's range
     */
    public static Scenario draw(Scenario scenario, java.util.function.DoubleSupplier uniforms) {
        Scenario drawn = scenario;
        for (UncertainParameter u : scenario.uncertainties()) {
            String p = normalise(u.path());
            double value = u.distribution().quantile(uniforms.getAsDouble());
            drawn = setUnvalidated(drawn, p, locate(drawn, p).whole() ? Math.rint(value) : value);
        }
        return drawn.validated();
    }

    /**
     * Whether the parameter at {@code path} takes whole numbers only.
     *
     * @param scenario the scenario whose parameter it is
     * @param path     a numeric parameter path
     * @return true for steps and counts (horizon, patience, reversibility, an aid's duration, an
     *         event's step or duration)
     * @throws IllegalArgumentException if the path names no numeric parameter
     */
    public static boolean isWholeNumber(Scenario scenario, String path) {
        check(scenario, path);
        return locate(scenario, normalise(path)).whole();
    }

    /** Sets a normalised, already checked path and validates the result. */
    static Scenario setChecked(Scenario scenario, String path, double value) {
        return setUnvalidated(scenario, path, value).validated();
    }

    /** Sets a normalised, already checked path; the record's own checks still apply. */
    private static Scenario setUnvalidated(Scenario scenario, String path, double value) {
        Slot slot = locate(scenario, path);
        if (slot.whole() && value != Math.rint(value)) {
            throw new IllegalArgumentException(path + ": " + value + " is not a whole number");
        }
        if (slot.whole() && Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(path + ": " + new java.math.BigDecimal(value).toPlainString()
                    + " is too large for a whole-number parameter");
        }
        try {
            return slot.set().apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + stripField(e.getMessage()), e);
        }
    }

    /**
     * Every numeric parameter path of the scenario, for suggestions and listings.
     *
     * @param s the scenario
     * @return horizon and false alarms, then per party (built-in roles, then registered agent
     *         types), per concession and per event, in declaration order
     */
    public static List<String> numericPaths(Scenario s) {
        List<String> out = new ArrayList<>();
        out.add("horizon");
        out.add("falseAlarm");
        for (Party p : s.parties()) {
            String base = "parties." + p.id() + ".";
            for (ParameterSpec spec : BuiltInParameters.COMMON) {
                out.add(base + spec.name());
            }
            for (String c : p.strategy().parameters().keySet()) {
                out.add(base + "strategy." + c);
            }
            for (ParameterSpec spec : BuiltInParameters.of(p.role())) {
                out.add(base + spec.name());
            }
        }
        for (AgentParty a : s.agents()) {
            for (String name : a.parameters().keySet()) {
                out.add("parties." + a.id() + "." + name);
            }
        }
        for (Concession c : s.concessions()) {
            for (String comp : numericComponents((Record) c)) {
                out.add("concessions." + c.id() + "." + (comp.equals("reversalSteps") ? "reversibility" : comp));
            }
        }
        for (int i = 0; i < s.events().size(); i++) {
            ExogenousEvent e = s.events().get(i);
            for (String comp : numericComponents(e)) {
                // a random event has no start step to vary, a scheduled one no hazard: no value is allowed there
                if (!(comp.equals("at") && !e.isScheduled() || comp.equals("hazard") && e.isScheduled())) {
                    out.add("events[" + i + "]." + comp);
                }
            }
        }
        return out;
    }

    /** {@code events.2.x} is accepted for {@code events[2].x}. */
    static String normalise(String path) {
        return path.replaceFirst("^events\\.(\\d+)\\.", "events[$1].");
    }

    private static String stripField(String message) {
        int i = message.indexOf(": ");
        return i >= 0 ? message.substring(i + 2) : message;
    }

    /** The names of the numeric components of a record. */
    static List<String> numericComponentNames(Object o) {
        return numericComponents(o);
    }

    private static List<String> numericComponents(Object o) {
        List<String> out = new ArrayList<>();
        if (!(o instanceof Record r)) {
            return out;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Class<?> t = c.getType();
            // a NaN is "not set here" (a step's false-alarm rate that is the scenario's): no number to vary
            if (t == int.class || t == double.class && !Double.isNaN((Double) component(r, c.getName()))) {
                out.add(c.getName());
            }
        }
        return out;
    }

    /**
     * Where a path leads: its current value, whether it is a whole number, and how to set it
     * (unvalidated). The parameters of agent types are read and set through their descriptors;
     * concessions, events and strategy records by their numeric components.
     */
    private record Slot(java.util.function.DoubleSupplier get, boolean whole,
                        java.util.function.DoubleFunction<Scenario> set) {
    }

    private static Slot locate(Scenario s, String path) {
        if (path.equals("horizon")) {
            return new Slot(s::horizon, true, v -> new Scenario(s.name(), s.title(), s.description(), (int) v,
                    s.parties(), s.concessions(), s.events(), s.falseAlarm(), s.design(), s.ruleSets(),
                    s.uncertainties(), s.sources(), s.assumptions(), s.agents()));
        }
        if (path.equals("falseAlarm")) {
            return new Slot(s::falseAlarm, false, v -> new Scenario(s.name(), s.title(), s.description(),
                    s.horizon(), s.parties(), s.concessions(), s.events(), v, s.design(), s.ruleSets(),
                    s.uncertainties(), s.sources(), s.assumptions(), s.agents()));
        }
        if (path.startsWith("parties.")) {
            for (Party p : s.parties()) {
                String base = "parties." + p.id() + ".";
                if (!path.startsWith(base)) {
                    continue;
                }
                String leaf = path.substring(base.length());
                java.util.function.Function<Party, Scenario> replaceParty = np -> {
                    List<Party> ps = new ArrayList<>(s.parties());
                    ps.set(ps.indexOf(p), np);
                    return copy(s, ps, s.concessions(), s.events());
                };
                if (BuiltInParameters.COMMON.stream().anyMatch(spec -> spec.name().equals(leaf))) {
                    return new Slot(() -> BuiltInParameters.get(p, leaf), leaf.equals("patience"),
                            v -> replaceParty.apply(BuiltInParameters.with(p, leaf, v)));
                }
                if (leaf.startsWith("strategy.")) {
                    String c = leaf.substring("strategy.".length());
                    Strategy st = p.strategy();
                    return new Slot(() -> st.parameters().get(c), st instanceof Record r && isInt(r, c),
                            v -> replaceParty.apply(withObject(p, "strategy", withParameter(st, c, v))));
                }
                return new Slot(() -> BuiltInParameters.get(p.parameters(), leaf), false,
                        v -> replaceParty.apply(withParameters(p, BuiltInParameters.with(p.parameters(), leaf, v))));
            }
            for (AgentParty a : s.agents()) {
                String base = "parties." + a.id() + ".";
                if (path.startsWith(base)) {
                    String leaf = path.substring(base.length());
                    return new Slot(() -> a.get(leaf), false, v -> {
                        List<AgentParty> as = new ArrayList<>(s.agents());
                        as.set(as.indexOf(a), a.with(leaf, v));
                        return new Scenario(s.name(), s.title(), s.description(), s.horizon(), s.parties(),
                                s.concessions(), s.events(), s.falseAlarm(), s.design(), s.ruleSets(),
                                s.uncertainties(), s.sources(), s.assumptions(), as);
                    });
                }
            }
        }
        if (path.startsWith("concessions.")) {
            for (Concession c : s.concessions()) {
                String base = "concessions." + c.id() + ".";
                if (path.startsWith(base)) {
                    String leaf = path.substring(base.length());
                    String comp = CONCESSION_ALIASES.getOrDefault(leaf, leaf);
                    Record r = (Record) c;
                    return new Slot(() -> ((Number) component(r, comp)).doubleValue(), isInt(r, comp), v -> {
                        List<Concession> cs = new ArrayList<>(s.concessions());
                        // a step's continuing flag follows its reversibility where the file left it at the default
                        cs.set(cs.indexOf(c), c instanceof DisarmamentStep d && comp.equals("reversalSteps")
                                ? d.withReversalSteps(wholeNumber(comp, v)) : (Concession) with(r, comp, v));
                        return copy(s, s.parties(), cs, s.events());
                    });
                }
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("events\\[(\\d+)]\\.(\\w+)").matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            ExogenousEvent e = s.events().get(i);
            String comp = m.group(2);
            return new Slot(() -> ((Number) component(e, comp)).doubleValue(), isInt(e, comp), v -> {
                List<ExogenousEvent> es = new ArrayList<>(s.events());
                es.set(i, (ExogenousEvent) with(e, comp, v));
                return copy(s, s.parties(), s.concessions(), es);
            });
        }
        throw new IllegalArgumentException("unknown parameter path '" + path + "'");
    }

    /** The strategy with parameter {@code name} at {@code v}: rebuilt by its registered type, or a record's copy. */
    private static Strategy withParameter(Strategy st, String name, double v) {
        if (Strategies.names().contains(st.name()) && Strategies.parameters(st.name()).containsKey(name)
                && !(st instanceof Record)) {
            java.util.Map<String, Double> params = new java.util.LinkedHashMap<>(st.parameters());
            params.put(name, v);
            return Strategies.create(st.name(), params);
        }
        return (Strategy) with((Record) st, name, v);
    }

    private static Party withParameters(Party p, RoleParameters parameters) {
        return new Party(p.id(), p.role(), p.cooperativePrior(), p.initialTrust(), p.trustFloor(), p.patience(),
                p.discount(), p.attention(), p.lambda(), p.strategy(), parameters);
    }

    private static boolean isInt(Record r, String component) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(component)) {
                return c.getType() == int.class;
            }
        }
        return false;
    }

    private static Scenario copy(Scenario s, List<Party> parties, List<Concession> concessions,
                                 List<ExogenousEvent> events) {
        return new Scenario(s.name(), s.title(), s.description(), s.horizon(), parties, concessions, events,
                s.falseAlarm(), s.design(), s.ruleSets(), s.uncertainties(), s.sources(), s.assumptions(), s.agents());
    }

    private static Object component(Record r, String name) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no parameter '" + name + "' in " + r.getClass().getSimpleName());
    }

    /** {@code value} as a whole-number component {@code name}, or an error naming it. */
    private static int wholeNumber(String name, double value) {
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(name + ": " + value + " is not a whole number");
        }
        if (Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + ": " + new java.math.BigDecimal(value).toPlainString()
                    + " is too large for a whole-number parameter");
        }
        return (int) value;
    }

    /** A copy of record {@code r} with the numeric component {@code name} set to {@code value}. */
    static Record with(Record r, String name, double value) {
        RecordComponent[] comps = r.getClass().getRecordComponents();
        Object[] args = new Object[comps.length];
        boolean found = false;
        for (int i = 0; i < comps.length; i++) {
            try {
                args[i] = comps[i].getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (comps[i].getName().equals(name)) {
                found = true;
                if (comps[i].getType() == int.class) {
                    args[i] = wholeNumber(name, value);
                } else if (comps[i].getType() == double.class) {
                    args[i] = value;
                } else {
                    throw new IllegalArgumentException(name + ": is not numeric");
                }
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no parameter '" + name + "' in " + r.getClass().getSimpleName());
        }
        return construct(r, comps, args);
    }

    private static <R extends Record> R withObject(R r, String name, Object value) {
        RecordComponent[] comps = r.getClass().getRecordComponents();
        Object[] args = new Object[comps.length];
        for (int i = 0; i < comps.length; i++) {
            try {
                args[i] = comps[i].getName().equals(name) ? value : comps[i].getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        @SuppressWarnings("unchecked")
        R out = (R) construct(r, comps, args);
        return out;
    }

    private static Record construct(Record r, RecordComponent[] comps, Object[] args) {
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            types[i] = comps[i].getType();
        }
        try {
            Constructor<?> ctor = r.getClass().getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return (Record) ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
