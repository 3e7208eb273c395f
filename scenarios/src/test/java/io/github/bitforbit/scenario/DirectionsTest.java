package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.RunResult;
import io.github.bitforbit.engine.Simulation;
import io.github.bitforbit.engine.TraceEvent;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Aid;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directions of MODEL.md section 8, each on common random numbers: the same run seeds with
 * one parameter at a low and a high value, everything else fixed, in a built-in where the
 * mechanism is active. A direction holds when the 99% interval of the paired mean difference
 * (high minus low) lies on its side of zero. None of these says which design wins. Direction
 * 12 is {@code QuantalResponseTest} and {@code EngineTest} in core.
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
     * cooperative target than one who assumes the true rate. (The belief itself rises with the
     * true rate: a run that survives an alarm, its remedy and the clean readings after it has
     * tested the target, docs/ODD.md section 8.2.)
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

    /**
     * 7. Threat cost up: the sanctioner proposes or accepts more; "ever completed" rises. On
     * dprk-2018 under bit-for-bit, where the sanctioner's offers and answers bind; on hanoi-2019
     * the target's refusals of the template's phase 2 hold the talks whatever the sanctioner
     * does (docs/ODD.md 8.2).
     */
    @Test
    void threatCostUpRaisesEverCompleted() {
        Scenario dprk = Scenarios.builtIn("dprk-2018");
        rises("ever completed", ParameterPath.set(dprk, "parties.USA.threatCost", 0.3),
                ParameterPath.set(dprk, "parties.USA.threatCost", 3), Template.BIT_FOR_BIT,
                r -> r.metrics().everCompleted() ? 1 : 0);
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

    /**
     * 9. Reliable snapback (every tranche's {@code snapback} automatic against none, with
     * {@code reimposable: freely} in both arms, so that only restoration with cause differs): the
     * sanctioner accepts more; undetected cheating on rewarded steps falls. The mechanism is
     * active where rewards do not wait for verification: the demo under action-for-action, whose
     * phases are simultaneous, so that a cheat is paid for until it is caught and what snapback
     * takes back enters both the sanctioner's cost and the opportunist's penalty (docs/ODD.md 7.1).
     * "Accepts" is the model's acceptance test ({@code Strategy.accepts}) as the sanctioner answers
     * an offer: the share of its answers that are acceptances, pooled over the runs; and, at equal
     * beliefs, whether it offers the first phase at step 0 (offering is the same test as proposer).
     */
    @Test
    void reliableSnapbackMakesTheSanctionerAcceptMoreAndCutsRewardedCheating() {
        Scenario demo = Scenarios.builtIn("demo");
        String sanctioner = demo.principal(Role.SANCTIONER).id();
        String target = demo.principal(Role.TARGET).id();
        Simulation none = new Simulation(withSnapback(demo, SnapbackMode.NONE), Template.ACTION_FOR_ACTION);
        Simulation automatic = new Simulation(withSnapback(demo, SnapbackMode.AUTOMATIC), Template.ACTION_FOR_ACTION);
        double[][] low = new double[RUNS][];
        double[][] high = new double[RUNS][];
        for (int seed = 0; seed < RUNS; seed++) {
            low[seed] = snapbackTally(none, seed, sanctioner, target);
            high[seed] = snapbackTally(automatic, seed, sanctioner, target);
        }
        double[] accepted = pairedShare(low, high, 1, 0);
        report("the sanctioner's answers that accept", accepted);
        assertTrue(accepted[0] - Z * accepted[1] > 0, "acceptances should rise: " + accepted[0] + " +- " + Z * accepted[1]);
        double[] first = pairedMean(low, high, 2);
        report("the sanctioner offers the first phase at step 0", first);
        assertTrue(first[0] - Z * first[1] > 0, "first offers should rise: " + first[0] + " +- " + Z * first[1]);
        double[] cheats = pairedMean(low, high, 3);
        report("undetected cheats on rewarded steps", cheats);
        assertTrue(cheats[0] + Z * cheats[1] < 0, "rewarded undetected cheating should fall: " + cheats[0] + " +- " + Z * cheats[1]);
    }

    /** The scenario with every tranche's and aid's snapback set to mode, each re-imposable freely. */
    private static Scenario withSnapback(Scenario s, SnapbackMode mode) {
        List<Concession> concessions = new ArrayList<>();
        for (Concession c : s.concessions()) {
            if (c instanceof SanctionTranche t) {
                c = new SanctionTranche(t.id(), t.owner(), t.weight(), mode, t.politicalCost(), Reimposition.FREELY);
            } else if (c instanceof Aid a) {
                c = new Aid(a.id(), a.owner(), a.value(), mode, a.politicalCost(), Reimposition.FREELY, a.duration());
            }
            concessions.add(c);
        }
        return new Scenario(s.name(), s.title(), s.description(), s.horizon(), s.parties(), concessions, s.events(),
                s.falseAlarm(), s.design(), s.ruleSets(), s.uncertainties(), s.sources(), s.assumptions(), s.agents())
                .validated();
    }

    /**
     * One run, read from its trace (a traced run is the same run): the sanctioner's answers to
     * offers and its acceptances; 1 if it offered the first phase at step 0; and the steps whose
     * last performance was a cheat that no inspection has caught (the metric
     * {@code undetectedCheating}) and whose phase's relief was all given.
     */
    private static double[] snapbackTally(Simulation sim, long seed, String sanctioner, String target) {
        double[] out = new double[4];
        TraceEvent.Offered[] offer = new TraceEvent.Offered[1];
        Map<String, List<String>> reliefFor = new HashMap<>(); // a target step -> the relief of the phase adopted with it
        Set<String> given = new HashSet<>();
        Set<String> uncaught = new HashSet<>();
        sim.run(seed, e -> {
            if (e instanceof TraceEvent.Offered o) {
                offer[0] = o;
                if (o.step() == 0 && o.proposer().equals(sanctioner)) {
                    out[2] = 1;
                }
            } else if (e instanceof TraceEvent.Responded r) {
                if (r.responder().equals(sanctioner)) {
                    out[0]++;
                    out[1] += r.accepted() ? 1 : 0;
                }
                if (r.accepted()) {
                    for (String step : offer[0].target()) {
                        reliefFor.put(step, offer[0].sanctioner());
                    }
                }
            } else if (e instanceof TraceEvent.Performed p) {
                if (p.party().equals(sanctioner)) {
                    given.add(p.concession());
                } else if (p.party().equals(target) && p.cheated()) {
                    uncaught.add(p.concession());
                } else if (p.party().equals(target)) {
                    uncaught.remove(p.concession());
                }
            } else if (e instanceof TraceEvent.Inspected i && i.alarm()) {
                uncaught.remove(i.concession());
            }
        });
        for (String step : uncaught) {
            List<String> relief = reliefFor.get(step);
            if (relief != null && given.containsAll(relief)) {
                out[3]++;
            }
        }
        return out;
    }

    /** The paired mean difference of column k (high minus low) and its standard error. */
    private static double[] pairedMean(double[][] low, double[][] high, int k) {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < RUNS; i++) {
            double d = high[i][k] - low[i][k];
            sum += d;
            sumSq += d * d;
        }
        double mean = sum / RUNS;
        return new double[]{mean, Math.sqrt((sumSq - RUNS * mean * mean) / (RUNS - 1) / RUNS)};
    }

    /**
     * The difference (high minus low) of a pooled share, sum of column yes over sum of column of,
     * and its standard error by the delta method on the paired runs.
     */
    private static double[] pairedShare(double[][] low, double[][] high, int yes, int of) {
        double lowYes = 0;
        double lowOf = 0;
        double highYes = 0;
        double highOf = 0;
        for (int i = 0; i < RUNS; i++) {
            lowYes += low[i][yes];
            lowOf += low[i][of];
            highYes += high[i][yes];
            highOf += high[i][of];
        }
        double pLow = lowYes / lowOf;
        double pHigh = highYes / highOf;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < RUNS; i++) {
            double z = (high[i][yes] - pHigh * high[i][of]) / (highOf / RUNS)
                    - (low[i][yes] - pLow * low[i][of]) / (lowOf / RUNS);
            sum += z;
            sumSq += z * z;
        }
        double mean = sum / RUNS;
        return new double[]{pHigh - pLow, Math.sqrt((sumSq - RUNS * mean * mean) / (RUNS - 1) / RUNS)};
    }

    /** 10. Election reneging factor up: collapse after completion up. */
    @Test
    void electionsThatRaiseRenegingBreakAgreements() {
        // with the JCPOA's wavering hazard (0.03 a month over ten years) nearly every wavering
        // sanctioner re-imposes sometime anyway, and elections only move when: the mechanism is
        // active where the hazard outside elections is small
        // the JCPOA is a coalition: the USA's re-imposition is its leaving, the agreement broken for
        // it, while the EU and the UN may go on; an agreement breaks when the run collapses after
        // completion or the member whose elections matter leaves after completion
        Scenario calm = set("jcpoa-2015", "parties.USA.renegeHazard", 0.003);
        Scenario low = ParameterPath.set(calm, "parties.USA.electionRenegeFactor", 1);
        Scenario high = ParameterPath.set(calm, "parties.USA.electionRenegeFactor", 30);
        AgreementDesign historical = low.design("historical");
        rises("collapse or USA leaving after completion", low, high, historical, r -> collapsedAfterCompletion(r) > 0
                || r.departures().stream().anyMatch(d -> d.party().equals("USA") && d.afterCompletion()) ? 1 : 0);
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
