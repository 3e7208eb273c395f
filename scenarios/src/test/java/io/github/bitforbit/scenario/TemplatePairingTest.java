package io.github.bitforbit.scenario;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.Role;
import io.github.bitforbit.terms.TargetValues;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paired templates on every built-in, recomputed from the scenario's own values (docs/ODD.md
 * 7.6): every concession is in exactly one phase, every phase lifts some relief, and where there
 * are more than two phases each phase's share of the relief over its share of the target's
 * security cost is within the tolerance of 1.5 either way.
 */
class TemplatePairingTest {
    @Test
    void everyBuiltInsPairedPhasesAreWithinTheValueRatioTolerance() {
        for (String name : Scenarios.BUILT_IN) {
            Scenario s = Scenarios.builtIn(name);
            TargetValues v = s.targetValues();
            List<Concession> steps = new ArrayList<>(s.concessionsOf(Role.TARGET));
            steps.sort(Comparator.comparingDouble(Concession::pairingValue));
            Map<String, Double> cost = new HashMap<>();
            double capability = v.initialCapability();
            double totalCost = 0;
            for (Concession c : steps) {
                double lost = v.securityLost(capability, c.pairingValue());
                cost.put(c.id(), lost);
                totalCost += lost;
                capability -= c.pairingValue();
            }
            double totalRelief = 0;
            for (Concession c : s.concessionsOf(Role.SANCTIONER)) {
                if (c instanceof Relief r) {
                    totalRelief += v.reliefValue(r);
                }
            }
            for (Template t : List.of(Template.BIT_FOR_BIT, Template.ACTION_FOR_ACTION, Template.FRONT_LOADED,
                    Template.GRIT)) {
                RuleSet rs = t.ruleSetFor(s);
                Set<String> seen = new HashSet<>();
                int items = 0;
                for (Phase p : rs.phases()) {
                    items += p.targetGives().size() + p.sanctionerGives().size();
                    double c = p.targetGives().stream().mapToDouble(cost::get).sum();
                    double r = 0;
                    for (String id : p.sanctionerGives()) {
                        if (s.concession(id).orElseThrow() instanceof Relief relief) {
                            r += v.reliefValue(relief);
                        }
                    }
                    assertTrue(r > 0, name + " " + t.name() + " " + p.name() + " lifts nothing");
                    double ratio = (r / totalRelief) / (c / totalCost);
                    if (rs.phases().size() > 2) {
                        assertTrue(ratio >= 1 / 1.5 - 1e-9 && ratio <= 1.5 + 1e-9,
                                name + " " + t.name() + " " + p.name() + ": value ratio " + ratio);
                    }
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
