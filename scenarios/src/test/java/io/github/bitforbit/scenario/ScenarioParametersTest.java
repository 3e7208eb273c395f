package io.github.bitforbit.scenario;

import io.github.bitforbit.model.BuiltInParameters;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.terms.Role;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Scenarios#parameters}: the descriptor of every described numeric path, from its one source. */
class ScenarioParametersTest {

    private static Map<String, ScenarioParameter> byPath(Scenario s) {
        return Scenarios.parameters(s).stream().collect(Collectors.toMap(ScenarioParameter::path, Function.identity()));
    }

    @Test
    void everyBuiltInsValueIsInItsDescribedRangeAndThePathsAreValidInOrder() {
        for (String name : Scenarios.BUILT_IN) {
            Scenario s = Scenarios.builtIn(name);
            List<String> paths = ParameterPath.numericPaths(s);
            int last = -1;
            for (ScenarioParameter p : Scenarios.parameters(s)) {
                int at = paths.indexOf(p.path());
                assertTrue(at > last, name + ": " + p.path() + " is a path, in numericPaths order");
                last = at;
                double v = ParameterPath.get(s, p.path());
                assertTrue(p.spec().allows(v), name + ": " + p.path() + " = " + v + " outside " + p.spec().range());
                assertEquals(ParameterPath.isWholeNumber(s, p.path()), p.spec().whole(), p.path());
                assertFalse(p.spec().doc().isEmpty(), p.path());
            }
        }
    }

    @Test
    void partiesAreDescribedByTheCoresDescriptorsAndTheRestByTheFormat() {
        Scenario s = Scenarios.builtIn("dprk-2018");
        Map<String, ScenarioParameter> d = byPath(s);
        assertSame(BuiltInParameters.COMMON.get(1), d.get("parties.DPRK.trust.initial").spec());
        assertSame(BuiltInParameters.of(Role.PATRON).get(2), d.get("parties.PRC.vetoProbability").spec());
        ParameterSpec horizon = d.get("horizon").spec();
        assertEquals(List.of("steps (months)", "[1, 1200]", 60.0, true),
                List.of(horizon.unit(), horizon.range(), horizon.defaultValue(), horizon.whole()));
        assertTrue(d.get("horizon").hasDefault());
        ScenarioParameter verifiability = d.get("concessions.yongbyon.verifiability");
        assertEquals("probability/step", verifiability.spec().unit());
        assertFalse(verifiability.hasDefault(), "a file must give a step's verifiability");
        assertFalse(d.get("concessions.textiles.politicalCost").hasDefault(), "left out, it is the weight");
        assertTrue(d.get("concessions.end-of-war.politicalCost").hasDefault(), "an assurance's is 0");
        // events[0] is scheduled (the postponement), events[6] random (the provocations)
        assertFalse(d.containsKey("events[0].hazard"), "a scheduled event has no hazard to vary");
        assertTrue(d.containsKey("events[6].hazard"));
        assertFalse(d.containsKey("events[6].at"), "left out, the event comes at random");
        assertFalse(d.containsKey("concessions.yongbyon.reversibility"), "left out, it is irreversible");
    }
}
