package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.SanctionTranche;
import org.junit.jupiter.api.Test;

import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directions of MODEL.md section 8, each on common random numbers: the same run seeds with
 * one parameter at a low and a high value, everything else fixed, in a built-in where the
 * mechanism is active. A direction holds when the 99% interval of the paired mean difference
 * (high minus low) lies on its side of zero. None of these says which design wins. Direction
 * 9 (snapback against reimposable arms) is not tested yet; 12 is {@code QuantalResponseTest}
 * and {@code EngineTest} in core.
 */
class DirectionsTest {
    private static final int RUNS = 4_000;
    private static final double Z = 2.576;

    private static double completed(RunResult r) {
        return r.outcome() instanceof Outcome.Completed ? 1 : 0;
    }

    private static double collapsedAfterCompletion(RunResult r) {
        return r.outcome() instanceof Outcome.Collapsed c && c.afterCompletion() ? 1 : 0;
    }

    /** The paired mean difference f(high) - f(low) over RUNS seeds and its standard error. */
    private static double[] paired(Scenario low, Scenario high, AgreementDesign design, ToDoubleFunction<RunResult> f) {
        Simulation a = new Simulation(low, design);
        Simulation b = new Simulation(high, design);
        double sum = 0;
        double sumSq = 0;
        for (long seed = 0; seed < RUNS; seed++) {
            double d = f.applyAsDouble(b.run(seed)) - f.applyAsDouble(a.run(seed));
            sum += d;
            sumSq += d * d;
        }
        double mean = sum / RUNS;
        double var = (sumSq - RUNS * mean * mean) / (RUNS - 1);
        return new double[]{mean, Math.sqrt(var / RUNS)};
    }

    /** The figure docs/ODD.md reports, on the build's output. */
    private static void report(String what, double[] d) {
        System.out.printf(java.util.Locale.ROOT, "DirectionsTest: %s: %+.4f (99%% CI %+.4f to %+.4f)%n", what, d[0],
                d[0] - Z * d[1], d[0] + Z * d[1]);
    }

    private static void rises(String what, Scenario low, Scenario high, AgreementDesign design,
                              ToDoubleFunction<RunResult> f) {
        double[] d = paired(low, high, design, f);
        report(what, d);
        assertTrue(d[0] - Z * d[1] > 0, what + " should rise: paired difference " + d[0] + " +- " + Z * d[1]);
    }

    private static void falls(String what, Scenario low, Scenario high, AgreementDesign design,
                              ToDoubleFunction<RunResult> f) {
        double[] d = paired(low, high, design, f);
        report(what, d);
        assertTrue(d[0] + Z * d[1] < 0, what + " should fall: paired difference " + d[0] + " +- " + Z * d[1]);
    }

    private static void notLower(String what, Scenario low, Scenario high, AgreementDesign design,
                                 ToDoubleFunction<RunResult> f) {
        double[] d = paired(low, high, design, f);
        report(what, d);
        assertTrue(d[0] + Z * d[1] >= 0, what + " should not fall: paired difference " + d[0] + " +- " + Z * d[1]);
    }

    private static Scenario set(String scenario, String path, double v) {
        return ParameterPath.set(Scenarios.builtIn(scenario), path, v);
    }

    /** 1. Verifiability up: undetected cheating down; the share completed not lower. */
    @Test
    void verifiabilityUpCutsUndetectedCheating() {
        Scenario low = set("dprk-2018", "concessions.yongbyon.verifiability", 0.2);
        Scenario high = set("dprk-2018", "concessions.yongbyon.verifiability", 0.9);
        falls("undetected cheating", low, high, Template.BIT_FOR_BIT, r -> r.metrics().undetectedCheating());
        notLower("completed", low, high, Template.BIT_FOR_BIT, DirectionsTest::completed);
    }

    /**
     * 2. False alarms up, when the observer assumes fewer than there are: collapse on trust rises;
     * and at the same true rate, an observer who assumes too few ends believing less in a
     * cooperative target than one who assumes the true rate. (The belief itself barely moves
     * with the true rate: only the first reading of a step is informative, and most alarms fall
     * on verified steps, docs/ODD.md section 8.2.)
     */
    @Test
    void falseAlarmsMisleadAnObserverWhoAssumesTooFew() {
        Scenario secure = ParameterPath.set(Scenarios.builtIn("demo"), "parties.DPRK.types.cooperative", 1);
        Scenario naive = ParameterPath.set(secure, "parties.USA.assumedFalseAlarmFactor", 0.25);
        ToDoubleFunction<RunResult> collapseOnTrust = r -> r.outcome() instanceof Outcome.Collapsed c
                && c.cause() == io.github.bitforbit.engine.CollapseCause.TRUST ? 1 : 0;
        rises("collapse on trust, observer assuming a quarter of the rate", ParameterPath.set(naive, "falseAlarm", 0.002),
                ParameterPath.set(naive, "falseAlarm", 0.03), Template.BIT_FOR_BIT, collapseOnTrust);
        falls("belief in a cooperative target at false-alarm rate 0.03, assuming a quarter of it rather than all",
                ParameterPath.set(secure, "falseAlarm", 0.03), ParameterPath.set(naive, "falseAlarm", 0.03),
                Template.BIT_FOR_BIT, r -> r.metrics().trustInTarget());
    }

    /** 3. A wavering sanctioner's hazard up: the target's belief in it falls; collapse after completion rises. */
    @Test
    void renegingUpLowersTheTargetsBeliefAndBreaksAgreements() {
        // the belief in a wavering sanctioner: with a committed one, a larger wavering hazard makes
        // every month of relief that holds stronger evidence, and belief in it rises (ODD 7.2)
        Scenario wavering = ParameterPath.set(Scenarios.builtIn("demo"), "parties.USA.types.cooperative", 0);
        falls("the target's trust in a wavering sanctioner", ParameterPath.set(wavering, "parties.USA.renegeHazard", 0.005),
                ParameterPath.set(wavering, "parties.USA.renegeHazard", 0.08), Template.BIT_FOR_BIT,
                r -> r.metrics().trustInSanctioner());
        Scenario low = set("demo", "parties.USA.renegeHazard", 0.005);
        Scenario high = set("demo", "parties.USA.renegeHazard", 0.08);
        rises("collapse after completion", low, high, Template.ALL_OR_NOTHING, DirectionsTest::collapsedAfterCompletion);
    }

    /** 4. The target's cooperative prior up: completion up; true detections per run down. */
    @Test
    void aMoreCooperativeTargetCompletesMoreAndIsCaughtLess() {
        Scenario low = set("demo", "parties.DPRK.types.cooperative", 0.2);
        Scenario high = set("demo", "parties.DPRK.types.cooperative", 0.9);
        rises("completed", low, high, Template.BIT_FOR_BIT, DirectionsTest::completed);
        falls("true detections", low, high, Template.BIT_FOR_BIT,
                r -> r.metrics().detections() - r.metrics().falseAlarms());
    }

    /** 5. Patron leakage up: completion down. */
    @Test
    void leakageUpLowersCompletion() {
        Scenario low = set("dprk-2018", "parties.PRC.leakage", 0.0);
        Scenario high = set("dprk-2018", "parties.PRC.leakage", 0.8);
        falls("completed", low, high, Template.BIT_FOR_BIT, DirectionsTest::completed);
    }

    /** 6. Deterrence value (or the opportunist's premium on it) up: completion down. */
    @Test
    void deterrenceValueUpLowersCompletion() {
        falls("completed", set("demo", "parties.DPRK.deterrenceValue", 0.3), set("demo", "parties.DPRK.deterrenceValue", 0.9),
                Template.BIT_FOR_BIT, DirectionsTest::completed);
        falls("completed", set("demo", "parties.DPRK.opportunistPremium", 0.0),
                set("demo", "parties.DPRK.opportunistPremium", 2.0), Template.BIT_FOR_BIT, DirectionsTest::completed);
    }

    /** 7. Threat cost up: the sanctioner proposes or accepts more; "ever completed" rises. */
    @Test
    void threatCostUpRaisesEverCompleted() {
        Scenario hanoi = Scenarios.builtIn("hanoi-2019");
        rises("ever completed", ParameterPath.set(hanoi, "parties.USA.threatCost", 0.3),
                ParameterPath.set(hanoi, "parties.USA.threatCost", 3), hanoi.design(), r -> r.metrics().everCompleted() ? 1 : 0);
    }

    /**
     * 8. Political cost up (every tranche's, threefold): completion down, where the sanctioner's
     * acceptance binds (the demo under bit-for-bit). Under all-or-nothing on dprk-2018 and
     * hanoi-2019 it goes the other way, through the sanctioner waiting (docs/ODD.md 8.2).
     */
    @Test
    void politicalCostUpLowersCompletion() {
        Scenario low = Scenarios.builtIn("demo");
        Scenario high = low;
        for (var c : low.concessions()) {
            if (c instanceof SanctionTranche t) {
                high = ParameterPath.set(high, "concessions." + t.id() + ".politicalCost", 3 * t.politicalCost());
            }
        }
        falls("completed", low, high, Template.BIT_FOR_BIT, DirectionsTest::completed);
    }

    /** 10. Election reneging factor up: collapse after completion up. */
    @Test
    void electionsThatRaiseRenegingBreakAgreements() {
        // with the JCPOA's wavering hazard (0.03 a month over ten years) nearly every wavering
        // sanctioner re-imposes sometime anyway, and elections only move when: the mechanism is
        // active where the hazard outside elections is small
        Scenario calm = set("jcpoa-2015", "parties.P5+1.renegeHazard", 0.003);
        Scenario low = ParameterPath.set(calm, "parties.P5+1.electionRenegeFactor", 1);
        Scenario high = ParameterPath.set(calm, "parties.P5+1.electionRenegeFactor", 30);
        AgreementDesign historical = low.design("historical");
        rises("collapse after completion", low, high, historical, DirectionsTest::collapsedAfterCompletion);
    }

    /** 11. Patience up: collapses later (the month of collapse, among runs that collapse). */
    @Test
    void morePatienceCollapsesLater() {
        Scenario low = set("dprk-2018", "parties.USA.patience", 3);
        Scenario high = set("dprk-2018", "parties.USA.patience", 12);
        low = ParameterPath.set(low, "parties.DPRK.patience", 3);
        high = ParameterPath.set(high, "parties.DPRK.patience", 12);
        double[] lowMonths = collapseMonths(low);
        double[] highMonths = collapseMonths(high);
        double diff = highMonths[0] - lowMonths[0];
        double se = Math.sqrt(lowMonths[1] * lowMonths[1] + highMonths[1] * highMonths[1]);
        report("month of collapse", new double[]{diff, se});
        assertTrue(diff - Z * se > 0, "collapse month should rise: " + diff + " +- " + Z * se);
    }

    /** Mean month of collapse among collapsed runs, and its standard error. */
    private static double[] collapseMonths(Scenario s) {
        Simulation sim = new Simulation(s, Template.ALL_OR_NOTHING);
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (long seed = 0; seed < RUNS; seed++) {
            if (sim.run(seed).outcome() instanceof Outcome.Collapsed c) {
                sum += c.step();
                sumSq += (double) c.step() * c.step();
                n++;
            }
        }
        double mean = sum / n;
        return new double[]{mean, Math.sqrt((sumSq / n - mean * mean) / n)};
    }
}
