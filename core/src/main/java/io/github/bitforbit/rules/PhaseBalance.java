package io.github.bitforbit.rules;

import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.TargetValues;
import io.github.bitforbit.terms.Terms;

import java.util.ArrayList;
import java.util.List;

/**
 * What one phase of a rule set asks of the target and gives it, as shares of the whole rule set,
 * on the target's scale ({@link TargetValues}, docs/ODD.md 7.6): the balance the paired templates
 * keep near 1. Steps are valued in the order the phases perform them, from the initial
 * capability, so that under concave security later steps cost more.
 *
 * @param phase       the phase's name
 * @param costShare   its share of the security the rule set's steps cost the target (0 to 1)
 * @param reliefShare its share of the value of the rule set's relief, tranches and aid (0 to 1)
 */
public record PhaseBalance(String phase, double costShare, double reliefShare) {

    /**
     * The value ratio: the phase's share of relief over its share of cost (1 is the rule set's own
     * exchange rate; infinite for a phase that costs nothing but lifts something).
     *
     * @return {@code reliefShare / costShare}, or NaN if the phase neither costs nor lifts anything
     */
    public double ratio() {
        return reliefShare / costShare;
    }

    /**
     * Each phase's balance, in phase order.
     *
     * @param terms the scenario whose target's scale values the items
     * @param rules a rule set over its concessions
     * @return one balance per phase; shares are NaN if the rule set costs or lifts nothing at all
     * @throws IllegalArgumentException if a phase names a concession the terms do not have
     */
    public static List<PhaseBalance> of(Terms terms, RuleSet rules) {
        TargetValues values = terms.targetValues();
        int n = rules.phases().size();
        double[] cost = new double[n];
        double[] relief = new double[n];
        List<Concession> steps = new ArrayList<>();
        for (Phase p : rules.phases()) {
            for (String id : p.targetGives()) {
                steps.add(terms.concession(id).orElseThrow(() -> new IllegalArgumentException(
                        "rule set " + rules.name() + " names '" + id + "', which the terms do not have")));
            }
        }
        double[] lost = values.securityLost(steps);
        double totalCost = 0;
        double totalRelief = 0;
        for (int k = 0, j = 0; k < n; k++) {
            Phase p = rules.phases().get(k);
            for (int end = j + p.targetGives().size(); j < end; j++) {
                cost[k] += lost[j];
            }
            for (String id : p.sanctionerGives()) {
                if (terms.concession(id).orElse(null) instanceof Relief r) {
                    relief[k] += values.reliefValue(r);
                }
            }
            totalCost += cost[k];
            totalRelief += relief[k];
        }
        List<PhaseBalance> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new PhaseBalance(rules.phases().get(k).name(), cost[k] / totalCost, relief[k] / totalRelief));
        }
        return List.copyOf(out);
    }
}
