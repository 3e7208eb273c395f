package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.Metrics;
import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.engine.Trace;
import io.github.bitforbit.engine.TraceEvent;
import io.github.bitforbit.model.Distribution;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.rules.Template;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The golden record: every built-in scenario under every template (and dprk-2018 with three
 * uncertain parameters), 1,000 seeds each, must give bit for bit the results recorded before the
 * model was restructured into agents, and 20 seeds each the same full trace.
 *
 * <p>Each run is stored as a 64-bit digest of its exact {@link RunResult} (doubles by their bits),
 * one hex line per seed in {@code golden/<scenario>.<template>.runs}; each trace as a digest of its
 * events in order in {@code .traces}. To record anew (only when a change of results is intended and
 * documented): {@code ./mvnw -pl scenarios -am test -Dtest=GoldenRunsTest -Dgolden.record=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, run from the repository root.
 */
class GoldenRunsTest {
    static final int SEEDS = 1_000;
    static final int TRACED = 20;
    private static final String RESOURCES = "src/test/resources/io/github/bitforbit/scenario/golden/";

    /** The scenarios recorded: the built-ins, and one that takes the uncertain-parameter path. */
    static List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        for (String name : Scenarios.BUILT_IN) {
            out.add(Scenarios.builtIn(name));
        }
        Scenario dprk = Scenarios.builtIn("dprk-2018");
        out.add(dprk.withUncertainties(List.of(
                new UncertainParameter("parties.DPRK.types.cooperative", new Distribution.Beta(5, 5)),
                new UncertainParameter("parties.USA.trust.initial", new Distribution.Uniform(0.2, 0.6)),
                new UncertainParameter("concessions.yongbyon.verifiability",
                        new Distribution.Triangular(0.5, 0.7, 0.9)))));
        return out;
    }

    static String label(Scenario s) {
        return s.uncertainties().isEmpty() ? s.name() : s.name() + "-uncertain";
    }

    @TestFactory
    Stream<DynamicTest> resultsAndTracesAreBitIdenticalToTheRecord() {
        boolean record = Boolean.getBoolean("golden.record");
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario s : scenarios()) {
            for (Template t : Template.values()) {
                String file = label(s) + "." + t.name();
                tests.add(DynamicTest.dynamicTest(file, () -> {
                    Simulation sim = new Simulation(s, t);
                    List<String> runs = new ArrayList<>();
                    for (int seed = 0; seed < SEEDS; seed++) {
                        runs.add(digest(result(sim.run(seed))));
                    }
                    List<String> traces = new ArrayList<>();
                    for (int seed = 0; seed < TRACED; seed++) {
                        traces.add(digest(trace(sim.trace(seed))));
                    }
                    if (record) {
                        write(file + ".runs", runs);
                        write(file + ".traces", traces);
                    } else {
                        compare(file + ".runs", runs, sim);
                        compare(file + ".traces", traces, sim);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static void compare(String file, List<String> actual, Simulation sim) throws IOException {
        List<String> expected = read(file);
        assertEquals(expected.size(), actual.size(), file + ": number of seeds");
        for (int seed = 0; seed < expected.size(); seed++) {
            if (!expected.get(seed).equals(actual.get(seed))) {
                fail(file + ": seed " + seed + " differs from the golden record; now " + sim.run(seed));
            }
        }
    }

    /** Every value of a run, exactly: doubles by their bit patterns. */
    static String result(RunResult r) {
        StringBuilder b = new StringBuilder().append(r.seed()).append('|');
        Outcome o = r.outcome();
        b.append(o.kind()).append('|').append(o.step());
        if (o instanceof Outcome.Collapsed c) {
            b.append('|').append(c.party()).append('|').append(c.cause().name());
        }
        Metrics m = r.metrics();
        b.append('|').append(m.phasesCompleted()).append('|').append(m.phasesPlanned())
                .append('|').append(bits(m.capabilityRemaining())).append('|').append(bits(m.reliefDelivered()))
                .append('|').append(bits(m.trustInTarget())).append('|').append(bits(m.trustInSanctioner()))
                .append('|').append(m.violations()).append('|').append(m.detections())
                .append('|').append(m.falseAlarms()).append('|').append(m.snapbacks())
                .append('|').append(m.undetectedCheating()).append('|').append(m.duration());
        return b.toString();
    }

    /** Every event of a trace in order: records print their doubles exactly. */
    static String trace(Trace t) {
        StringBuilder b = new StringBuilder();
        for (TraceEvent e : t.events()) {
            b.append(e).append('\n');
        }
        return b.toString();
    }

    private static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    static String digest(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(String file) throws IOException {
        try (InputStream in = GoldenRunsTest.class.getResourceAsStream("golden/" + file)) {
            assertNotNull(in, "no golden record " + file);
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        }
    }

    private static void write(String file, List<String> lines) throws IOException {
        Path dir = Path.of(RESOURCES); // surefire runs in the module directory
        Files.createDirectories(dir);
        Files.write(dir.resolve(file), lines, StandardCharsets.US_ASCII);
    }
}
