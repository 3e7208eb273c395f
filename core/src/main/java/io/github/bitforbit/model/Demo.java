package io.github.bitforbit.model;

import io.github.bitforbit.rules.Template;
import io.github.bitforbit.terms.AssuranceKind;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.SnapbackMode;

/**
 * The two-party demo scenario, built with {@link ScenarioBuilder}: a sanctioner and a target,
 * four disarmament steps of growing size and four sanction tranches of growing weight, and two assurances that lower the target's threat perception. It is a
 * teaching example, not a reading of a real case; every number is a default or named below.
 */
public final class Demo {
    private Demo() {
    }

    /**
     * The demo with both principals' initial trust at 0.5.
     *
     * @return the demo scenario, named {@code "demo"}, under bit-for-bit
     */
    public static Scenario scenario() {
        return scenario(0.5);
    }

    /**
     * The demo with both principals' initial trust at {@code trust}: the central claim of
     * docs/ODD.md section 8 compares trust 0.2 and 0.95.
     *
     * @param trust each principal's belief at step 0 that the other is cooperative, 0 to 1
     * @return the demo scenario, named {@code "demo"}, under bit-for-bit
     * @throws IllegalArgumentException if {@code trust} is outside [0, 1]
     */
    public static Scenario scenario(double trust) {
        return Scenario.builder("demo")
                .title("Two-party demo: four steps for four tranches")
                .description("A sanctioner (USA) and a target (DPRK). The target can freeze tests, dismantle a test "
                        + "site, shut a reactor complex and give up its arsenal; the sanctioner can lift four "
                        + "tranches of sanctions, suspend exercises and give a security assurance. No third parties, no exogenous events.")
                .horizon(60)
                .falseAlarm(0.005)
                .sanctioner("USA", p -> p.cooperativePrior(0.7).trust(trust))
                .target("DPRK", p -> p.cooperativePrior(0.6).trust(trust))
                .disarmament("test-freeze", 0.05, 3, 0.9)
                .disarmament("test-site", 0.15, DisarmamentStep.IRREVERSIBLE, 0.7)
                .disarmament("yongbyon", 0.30, DisarmamentStep.IRREVERSIBLE, 0.6)
                .disarmament("arsenal", 0.50, DisarmamentStep.IRREVERSIBLE, 0.5)
                .tranche("luxury-goods", 0.10, SnapbackMode.AUTOMATIC)
                .tranche("textiles", 0.20, SnapbackMode.AUTOMATIC)
                .tranche("coal", 0.30, SnapbackMode.AUTOMATIC)
                .tranche("oil", 0.40, SnapbackMode.AUTOMATIC)
                .assurance("exercise-suspension", AssuranceKind.EXERCISE_SUSPENSION, 0.2, 0.0, 0.005)
                .assurance("security-assurance", AssuranceKind.SECURITY_ASSURANCE, 0.3, 0.0, 0.01)
                .design(Template.BIT_FOR_BIT)
                .assumption("illustrative: deterrence shares 0.05/0.15/0.30/0.50 and tranche weights 0.1/0.2/0.3/0.4")
                .assumption("illustrative: the assurances lower threat perception by 0.2 and 0.3 (from 1)")
                .assumption("types: 70% of sanctioners committed, 60% of targets security-seekers")
                .assumption("every other coefficient is the model default (docs/ODD.md)")
                .build();
    }
}
