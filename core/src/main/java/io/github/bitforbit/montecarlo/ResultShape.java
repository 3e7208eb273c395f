package io.github.bitforbit.montecarlo;

import io.github.bitforbit.engine.RunParameters;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.model.UncertainParameter;
import io.github.bitforbit.terms.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario fixes about the shape of a Monte Carlo result, whoever folds it (the runner, a
 * block fold, a Spark job): the parties a collapse is attributed to, the members of a coalition
 * (the sanctioners) whose departures are counted, and the longest a run can last, which sizes the
 * incidence curves.
 */
final class ResultShape {
    private ResultShape() {
    }

    /** The scenario's party ids, in scenario order. */
    static List<String> partyIds(Scenario scenario) {
        List<String> parties = new ArrayList<>();
        for (Party p : scenario.parties()) {
            parties.add(p.id());
        }
        return parties;
    }

    /** Party id to its index in {@link #partyIds}, for the collapse breakdown. */
    static Map<String, Integer> partyIndex(Scenario scenario) {
        Map<String, Integer> index = new HashMap<>();
        for (String id : partyIds(scenario)) {
            index.put(id, index.size());
        }
        return index;
    }

    /** The ids of the scenario's sanctioners (the members of its coalition), in scenario order. */
    static List<String> memberIds(Scenario scenario) {
        List<String> members = new ArrayList<>();
        for (Party p : scenario.parties()) {
            if (p.role() == Role.SANCTIONER) {
                members.add(p.id());
            }
        }
        return members;
    }

    /** Member id to its index in {@link #memberIds}, for the departures of a coalition's members. */
    static Map<String, Integer> memberIndex(Scenario scenario) {
        Map<String, Integer> index = new HashMap<>();
        for (String id : memberIds(scenario)) {
            index.put(id, index.size());
        }
        return index;
    }

    /** The last step a run can end at: the horizon, or the largest an uncertain or per-run horizon can take. */
    static int maxTime(Scenario scenario, RunParameters perRun) {
        double max = scenario.horizon();
        for (UncertainParameter u : scenario.uncertainties()) {
            if (u.path().equals("horizon")) {
                max = Math.max(max, Math.ceil(u.distribution().quantile(1.0)));
            }
        }
        for (int i = 0; perRun != null && i < perRun.paths().size(); i++) {
            if (perRun.paths().get(i).equals("horizon")) {
                max = Math.max(max, Math.ceil(perRun.max(i)));
            }
        }
        return (int) Math.min(max, 1_000_000);
    }
}
