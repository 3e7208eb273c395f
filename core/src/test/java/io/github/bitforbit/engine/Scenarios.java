package io.github.bitforbit.engine;

import io.github.bitforbit.agents.Strategies;
import io.github.bitforbit.model.RoleParameters;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;
import io.github.bitforbit.rules.RuleSet;
import io.github.bitforbit.rules.RuleSyntax;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.SnapbackMode;

import java.util.List;

/** Small hand-checkable scenarios for engine tests: attention 1, known types, no events. */
final class Scenarios {
    private Scenarios() {
    }

    /**
     * Kydd's reassurance game as one simultaneous step: mutual cooperation is worth 1 to the
     * target (relief 1 + c minus security c), being the sucker costs c, temptation a.
     */
    static Scenario kydd(double trust, double c, double a) {
        return kydd(trust, c, a, io.github.bitforbit.agents.QuantalResponse.BEST_RESPONSE);
    }

    /** Kydd's one-step game with the target deciding at precision {@code lambda}, the sanctioner best-responding. */
    static Scenario kydd(double trust, double c, double a, double lambda) {
        return kydd(trust, c, a, lambda, 1, 0.5);
    }

    /** The same with the target's cooperative prior and opportunist's premium given. */
    static Scenario kydd(double trust, double c, double a, double lambda, double targetPrior, double premium) {
        RuleSet once = RuleSet.scripted("one-step", List.of(new Phase("exchange", List.of("freeze"), List.of("relief"),
                Order.SIMULTANEOUS, 1, false, false)), List.of(), false);
        return Scenario.builder("kydd")
                .horizon(1)
                .falseAlarm(0)
                .sanctioner("USA", p -> p.trust(0.99).cooperativePrior(1).attention(1)
                        .lambda(io.github.bitforbit.agents.QuantalResponse.BEST_RESPONSE).sanctioner(
                        new RoleParameters.Sanctioner(10, 0, 0, 0, 0, 0, 0, 1)))
                .target("DPRK", p -> p.trust(trust).cooperativePrior(targetPrior).attention(1).discount(1).lambda(lambda)
                        .target(new RoleParameters.Target(c, 1.0, 1.0, 1 + c, a, 0.0, 0.25, 1.0, premium)))
                .disarmament("freeze", 1.0, DisarmamentStep.IRREVERSIBLE, 1.0)
                .tranche("relief", 1.0, SnapbackMode.AUTOMATIC, 0.0)
                .design(once)
                .build();
    }

    /** A target that rejects everything (its deterrent is worth far more than relief). */
    static Scenario stubbornTarget(int patience) {
        return Scenario.builder("stubborn")
                .horizon(30)
                .sanctioner("USA", p -> p.trust(0.9).cooperativePrior(1).attention(1).patience(patience))
                .target("DPRK", p -> p.trust(0.9).cooperativePrior(1).attention(1).patience(patience)
                        .deterrenceValue(50))
                .disarmament("freeze", 0.5, DisarmamentStep.IRREVERSIBLE, 1.0)
                .tranche("relief", 1.0, SnapbackMode.AUTOMATIC)
                .design(io.github.bitforbit.rules.Template.ALL_OR_NOTHING)
                .build();
    }

    /**
     * Relief first (coal, snapback {@code mode}, lifted in step 0), the target's step in step 1,
     * then a rule restores the coal tranche from step 1;
     * one patron vetoes votes with probability {@code veto}.
     */
    static Scenario snapback(SnapbackMode mode, double veto) {
        RuleSet rs = RuleSet.scripted("restore-at-once", List.of(new Phase("p1", List.of("gesture"), List.of("coal"),
                Order.SANCTIONER_FIRST, 6, false, false)), List.of(RuleSyntax.rule("when step >= 1 then restore(coal)")),
                false);
        return Scenario.builder("snap")
                .horizon(10)
                .sanctioner("USA", p -> p.trust(0.9).cooperativePrior(1).attention(1).strategy(Strategies.generous(1.0)))
                .target("DPRK", p -> p.trust(0.9).cooperativePrior(1).attention(1).strategy(Strategies.generous(1.0)))
                .patron("PRC", p -> p.patron(0.3, 0.3, veto))
                .disarmament("gesture", 0.1, 1, 1.0)
                .tranche("coal", 0.5, mode)
                .design(rs)
                .build();
    }
}
