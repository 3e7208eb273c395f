package io.github.bitforbit.benchmarks;

import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every benchmark method once, outside JMH, with every value of its parameters except where
 * {@link #SMALL} substitutes a small one, so that a broken benchmark fails the build without
 * the suite running any benchmark for real.
 */
class BenchmarksRunOnceTest {
    /** Parameters replaced by small values for this check. */
    private static final Map<String, String> SMALL = Map.of("runs", "200", "runsPerPoint", "20", "points", "4",
            "threads", "2");

    private static final List<Class<?>> BENCHMARKS = List.of(SingleRunBenchmark.class, MasonOverheadBenchmark.class,
            CostGrowthBenchmark.class, MonteCarloBenchmark.class, SweepBenchmark.class, ExplorerBenchmark.class,
            ExtensionOverheadBenchmark.class, UncertainRunBenchmark.class);

    @TestFactory
    Stream<DynamicTest> everyBenchmarkMethodRunsOnce() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : BENCHMARKS) {
            for (Method m : type.getMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + m.getName(), () -> runOnce(type, m)));
                }
            }
        }
        assertEquals(11, tests.size(), "benchmark methods found");
        return tests.stream();
    }

    private static void runOnce(Class<?> type, Method m) throws Exception {
        for (List<String> combination : combinations(type, m)) {
            Object bench = type.isAnnotationPresent(State.class) ? prepare(type, combination, 0) : type.getDeclaredConstructor().newInstance();
            Object[] args = new Object[m.getParameterCount()];
            int offset = paramFields(type).size();
            for (int i = 0; i < args.length; i++) {
                Class<?> stateType = m.getParameterTypes()[i];
                args[i] = prepare(stateType, combination, offset);
                offset += paramFields(stateType).size();
            }
            assertNotNull(m.invoke(bench, args), m.getName() + " " + combination);
            tearDown(bench);
        }
    }

    private static void tearDown(Object bench) throws Exception {
        for (Method t : bench.getClass().getMethods()) {
            if (t.isAnnotationPresent(org.openjdk.jmh.annotations.TearDown.class)) {
                t.invoke(bench);
            }
        }
    }

    /** Every combination of the parameter values of the benchmark and of its state arguments. */
    private static List<List<String>> combinations(Class<?> type, Method m) {
        List<Field> fields = new ArrayList<>(paramFields(type));
        for (Class<?> p : m.getParameterTypes()) {
            fields.addAll(paramFields(p));
        }
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (Field f : fields) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : values(f)) {
                    List<String> c = new ArrayList<>(prefix);
                    c.add(v);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<String> values(Field f) {
        if (SMALL.containsKey(f.getName())) {
            return List.of(SMALL.get(f.getName()));
        }
        return List.of(f.getAnnotation(Param.class).value());
    }

    private static List<Field> paramFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field f : type.getFields()) {
            if (f.isAnnotationPresent(Param.class)) {
                out.add(f);
            }
        }
        return out;
    }

    private static Object prepare(Class<?> type, List<String> combination, int offset) throws Exception {
        Object o = type.getDeclaredConstructor().newInstance();
        List<Field> fields = paramFields(type);
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String v = combination.get(offset + i);
            f.set(o, f.getType() == int.class ? (Object) Integer.parseInt(v) : v);
        }
        for (Method s : type.getMethods()) {
            if (s.isAnnotationPresent(Setup.class)) {
                s.invoke(o);
            }
        }
        return o;
    }

    @Test
    void masonScheduleAndDirectLoopAgreeOnTheBenchmarkedScenario() {
        Simulation mason = new Simulation(Scenarios.builtIn("dprk-2018"), Template.BIT_FOR_BIT);
        Simulation direct = new Simulation(Scenarios.builtIn("dprk-2018"), Template.BIT_FOR_BIT)
                .stepping(Simulation.Stepping.DIRECT);
        for (long seed = 1; seed <= 2000; seed++) {
            assertEquals(mason.run(seed), direct.run(seed), "seed " + seed);
        }
    }

    @Test
    void syntheticScenariosHaveTheRequestedSize() {
        var s = SyntheticScenarios.of(120, 64, 8, 0.3);
        assertEquals(120, s.horizon());
        assertEquals(64, s.concessions().size());
        assertEquals(8, s.parties().size());
        Simulation stalling = new Simulation(SyntheticScenarios.stalling(30));
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(30, stalling.run(seed).metrics().duration(), "every stalling run lasts the horizon");
        }
    }
}
