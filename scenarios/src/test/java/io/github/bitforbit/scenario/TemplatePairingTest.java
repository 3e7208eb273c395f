package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.PhaseBalance;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Role;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paired templates on every built-in, on the scenario's own values (docs/ODD.md 7.6): every
 * concession is in exactly one phase, every phase lifts some relief, and where there are more than
 * two phases each phase's share of the relief over its share of the target's security cost
 * ({@link PhaseBalance}, checked by hand in core's PhaseBalanceTest) is within the tolerance of 1.5
 * either way.
 */
class TemplatePairingTest {
    @Test
    void everyBuiltInsPairedPhasesAreWithinTheValueRatioTolerance() {
        for (String name : Scenarios.BUILT_IN) {
            Scenario s = Scenarios.builtIn(name);
            for (Template t : List.of(Template.BIT_FOR_BIT, Template.ACTION_FOR_ACTION, Template.FRONT_LOADED,
                    Template.GRIT)) {
                RuleSet rs = t.ruleSetFor(s);
                for (PhaseBalance b : PhaseBalance.of(s, rs)) {
                    assertTrue(b.reliefShare() > 0, name + " " + t.name() + " " + b.phase() + " lifts nothing");
                    if (rs.phases().size() > 2) {
                        assertTrue(b.ratio() >= 1 / 1.5 - 1e-9 && b.ratio() <= 1.5 + 1e-9,
                                name + " " + t.name() + " " + b.phase() + ": value ratio " + b.ratio());
                    }
                }
                Set<String> seen = new HashSet<>();
                int items = 0;
                for (Phase p : rs.phases()) {
                    items += p.targetGives().size() + p.sanctionerGives().size();
                    seen.addAll(p.targetGives());
                    seen.addAll(p.sanctionerGives());
                }
                assertEquals(s.concessionsOf(Role.TARGET).size() + s.concessionsOf(Role.SANCTIONER).size(), seen.size(),
                        name + " " + t.name() + ": every concession in a phase");
                assertEquals(seen.size(), items, name + " " + t.name() + ": no concession in two phases");
            }
        }
    }
}
