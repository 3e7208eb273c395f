package io.github.bitforbit.architecture;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cycles between core's class files ({@link ClassGraph}: nested classes count as their file, and a
 * sealed family as its sealed type). Each remaining cycle lies inside one package and one concept,
 * and is listed here with why it is one; any other cycle, a listed one that grows, or a listed one
 * that is gone (so the list must shrink) fails the test.
 */
class ClassCyclesTest {
    /** Each allowed cycle, exactly, with the reason it is one concept. */
    static final Map<Set<String>, String> ALLOWED = Map.of(
            Set.of("rules.AgreementDesign", "rules.TemplateSource"),
            "the template registry (in Template, of the sealed AgreementDesign family) loads the templates "
                    + "that a TemplateSource, the ServiceLoader contract, returns",
            Set.of("montecarlo.Sweep", "montecarlo.PointRunner", "montecarlo.LocalPoints", "montecarlo.SobolSweep"),
            "a PointRunner (the seam Spark implements) is handed the Sweep whose points it runs, and the sweep "
                    + "defaults to the local runner",
            Set.of("model.Scenario", "model.ScenarioBuilder", "model.Party", "model.PartyBuilder", "model.RoleParameters",
                    "model.BuiltInParameters", "model.ParameterPath"),
            "the scenario's data, its builders, and the one parameter descriptor per parameter that validates, "
                    + "builds and addresses that data",
            Set.of("engine.World", "engine.Principal", "engine.Patron", "engine.Partner", "engine.Plan",
                    "engine.VetoPoint", "engine.Modifier", "engine.Obligations", "engine.MemberBeliefs"),
            "the run's world holds its agents and hands itself to them when they act (MASON's SimState pattern); "
                    + "the target's obligations, and its beliefs about a coalition's members, read the world and the "
                    + "target they belong to");

    @Test
    void theOnlyClassCyclesAreTheListedOnes() {
        List<Set<String>> found = ClassGraph.cycles(ClassGraph.classes());
        List<String> unexpected = new ArrayList<>();
        for (Set<String> c : found) {
            if (!ALLOWED.containsKey(c)) {
                unexpected.add(c.toString());
            }
        }
        assertEquals(List.of(), unexpected, "class cycles not in ALLOWED (break them, or list one with its reason)");
        List<String> stale = new ArrayList<>();
        for (Set<String> c : ALLOWED.keySet()) {
            if (!found.contains(c)) {
                stale.add(c.toString());
            }
        }
        assertEquals(List.of(), stale, "listed cycles that are gone: remove them from ALLOWED");
    }

    @Test
    void noCycleCrossesAPackage() {
        for (Set<String> c : ClassGraph.cycles(ClassGraph.classes())) {
            assertEquals(1, c.stream().map(ClassGraph::packageOf).distinct().count(), "cycle across packages: " + c);
        }
    }

    @Test
    void aSealedFamilyIsOneNode() {
        Map<String, Set<String>> g = ClassGraph.classes();
        assertEquals(false, g.containsKey("terms.SanctionTranche"), "a permitted subtype must count as its sealed type");
        assertEquals(true, g.containsKey("terms.Concession"));
    }
}
