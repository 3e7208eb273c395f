package io.github.bitforbit.scenario;

import io.github.bitforbit.engine.AgentType;
import io.github.bitforbit.engine.AgentTypes;
import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.BuiltInParameters;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.terms.Concession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The descriptors of a scenario's numeric paths, from the one place each is defined: the core's
 * {@link BuiltInParameters} for the parameters of parties of the built-in roles, the registered
 * {@link AgentType}'s for a party of another type, and the file format ({@link Format}) for the
 * scenario's own keys, its concessions and its events.
 */
final class ParameterDescriptors {

    private ParameterDescriptors() {
    }

    /** See {@link Scenarios#parameters}. */
    static List<ScenarioParameter> of(Scenario s) {
        Map<String, ScenarioParameter> byPath = new HashMap<>();
        for (String key : List.of("horizon", "falseAlarm")) {
            fromFormat(byPath, key, Format.SCENARIO.get(key));
        }
        for (Party p : s.parties()) {
            String base = "parties." + p.id() + ".";
            for (ParameterSpec spec : BuiltInParameters.COMMON) {
                byPath.put(base + spec.name(), new ScenarioParameter(base + spec.name(), spec, true));
            }
            for (ParameterSpec spec : BuiltInParameters.of(p.role())) {
                byPath.put(base + spec.name(), new ScenarioParameter(base + spec.name(), spec, true));
            }
        }
        for (AgentParty a : s.agents()) {
            for (ParameterSpec spec : AgentTypes.find(a.type()).map(AgentType::parameters).orElse(List.of())) {
                String path = "parties." + a.id() + "." + spec.name();
                byPath.put(path, new ScenarioParameter(path, spec, true));
            }
        }
        for (Concession c : s.concessions()) {
            for (Field f : Format.CONCESSION.applicable(ScenarioWriter.kind(c))) {
                fromFormat(byPath, "concessions." + c.id() + "." + f.name(), f);
            }
        }
        for (int i = 0; i < s.events().size(); i++) {
            for (Field f : Format.EVENT.fields()) {
                fromFormat(byPath, "events[" + i + "]." + f.name(), f);
            }
        }
        List<ScenarioParameter> out = new ArrayList<>();
        for (String path : ParameterPath.numericPaths(s)) {
            ScenarioParameter p = byPath.get(path);
            if (p != null) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Adds the descriptor of a numeric key of the format. A key whose absence means something
     * other than a number (a step that is irreversible, an event that comes at random) has no
     * numeric default and so no descriptor.
     */
    private static void fromFormat(Map<String, ScenarioParameter> byPath, String path, Field f) {
        boolean whole = f.kind() == Field.Kind.INTEGER;
        if ((whole || f.kind() == Field.Kind.NUMBER) && f.defaultValue() instanceof Number def) {
            Range r = f.range();
            ParameterSpec spec = new ParameterSpec(f.name(), f.unit(), r.min(), r.minOpen(), r.max(), r.maxOpen(),
                    def.doubleValue(), whole, f.description());
            byPath.put(path, new ScenarioParameter(path, spec, !f.required() && f.defaultText().isEmpty()));
        }
    }
}
