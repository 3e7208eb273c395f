package io.github.bitforbit.engine;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.validation.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * The phases of a scenario's designs that would be refused at any belief (MODEL.md 2: "the
 * validator reports a phase that would be refused at any belief"): phases whose surplus
 * (docs/ODD.md section 7.1) is negative for the cooperative type of a side even when it trusts the
 * other side fully, so that they are accepted only by chance (a quantal response's error) or never
 * (at the best response). Each phase is valued as at step 0 with every earlier phase of its design
 * done, by the model's own valuations. A warning, not an error: a design may be meant to fail.
 */
public final class PhaseRefusals {
    private PhaseRefusals() {
    }

    /**
     * The warnings for every design of {@code s} that {@link Scenario#warnings()} checks
     * ({@link Scenario#checkedDesigns()}).
     *
     * @param s a valid scenario
     * @return one warning per phase refused at any belief, with the path of the phase (e.g.
     *         {@code ruleSets.historical.phases.the-rest}); empty if none
     */
    public static List<Warning> of(Scenario s) {
        List<Warning> out = new ArrayList<>();
        s.checkedDesigns().forEach((where, r) -> out.addAll(of(s, r, where)));
        return out;
    }

    private static List<Warning> of(Scenario s, RuleSet rs, String where) {
        NegotiationModel m = new NegotiationModel();
        m.configure(s, rs, List.of());
        m.seed(0);
        m.initialise(null);
        World w = m.world;
        Target t = w.target;
        Sanctioner sanctioner = w.sanctioner;
        // the cooperative types, trusting fully: if even they lose by a phase, no belief saves it
        t.typeScale = t.typeScale(true);
        sanctioner.typeScale = sanctioner.typeScale(true);
        t.trust = 1.0;
        sanctioner.trust = 1.0;
        List<Warning> out = new ArrayList<>();
        Ledger l = w.ledger;
        for (PhaseTerms b : w.plan.initial) {
            if (!b.unilateral) {
                String who = refusedBy(t, sanctioner, b);
                if (who != null) {
                    out.add(new Warning(where + ".phases." + b.name, who));
                }
            }
            // on to the next phase as if this one were done
            for (int i : b.target) {
                if (l.status[i] == Ledger.OPEN) {
                    l.status[i] = Ledger.PERFORMED;
                    t.removed[i] = true;
                    t.capability = Math.max(0.0, t.capability - l.deterrence[i]);
                    t.declared = Math.max(0.0, t.declared - l.deterrence[i]);
                }
            }
            for (int i : b.sanctioner) {
                if (l.kind[i] == Ledger.TRANCHE) {
                    l.inForce[i] = false;
                } else {
                    l.active[i] = true;
                }
            }
        }
        return out;
    }

    /** Why phase b is refused at full trust, naming the side, or null if both sides gain by it. */
    private static String refusedBy(Target t, Sanctioner s, PhaseTerms b) {
        double targetGain = (1 - t.temptation()) * (t.value(b) - t.cost(b));
        if (targetGain < 0) {
            return refusal("the target", "a security-seeker", t.value(b), t.cost(b), t.lambda, targetGain);
        }
        double sanctionerGain = (1 - s.temptation()) * (s.value(b) - s.cost(b));
        if (sanctionerGain < 0) {
            return refusal("the sanctioner", "a committed sanctioner", s.value(b), s.cost(b), s.lambda, sanctionerGain);
        }
        return null;
    }

    private static String refusal(String side, String type, double value, double cost, double lambda, double gain) {
        String chance = io.github.bitforbit.agents.QuantalResponse.isBestResponse(lambda)
                ? "so at the best response it never accepts"
                : String.format(java.util.Locale.ROOT, "so it accepts at most %.0f%% of the times it is offered "
                        + "(quantal response at its lambda %s)", 100 * io.github.bitforbit.agents.QuantalResponse
                        .probability(lambda, gain), lambda == Math.rint(lambda) ? String.valueOf((long) lambda) : lambda);
        return String.format(java.util.Locale.ROOT, "%s refuses this phase at any belief: even %s trusting fully "
                + "values what it gets at %.2f and what it gives at %.2f (docs/ODD.md 7.1), %s", side, type, value,
                cost, chance);
    }
}
