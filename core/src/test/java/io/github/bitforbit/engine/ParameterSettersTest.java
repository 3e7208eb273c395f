package io.github.bitforbit.engine;

import io.github.bitforbit.model.BuiltInParameters;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Template;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every parameter a built-in agent uses has a setter into the agent, so that an uncertain draw of
 * it needs no rebuilt scenario: the descriptors and the agents' setters list the same names.
 */
class ParameterSettersTest {

    @Test
    void everyDescribedParameterOfAnAgentCanBeSetInPlace() {
        Scenario s = Scenario.builder("all-roles")
                .sanctioner("S", b -> { }).target("T", b -> { })
                .patron("P", b -> b.patron(0.3, 0.3, 0.5)).partner("R", b -> b.partner(0.2, List.of(), 0.2))
                .disarmament("d", 0.5, 1, 0.5).tranche("t", 0.5, io.github.bitforbit.terms.SnapbackMode.VOTE).build();
        NegotiationModel m = new NegotiationModel();
        m.configure(s, Template.BIT_FOR_BIT.ruleSetFor(s), List.of());
        for (Party p : s.parties()) {
            for (ParameterSpec spec : BuiltInParameters.of(p.role())) {
                assertNotNull(m.parameter("parties." + p.id() + "." + spec.name()), p.id() + "." + spec.name());
            }
            if (p.role().isPrincipal()) {
                for (ParameterSpec spec : BuiltInParameters.COMMON) {
                    assertNotNull(m.parameter("parties." + p.id() + "." + spec.name()), p.id() + "." + spec.name());
                }
            }
        }
        assertNotNull(m.parameter("horizon"));
        assertNotNull(m.parameter("falseAlarm"));
    }
}
