// The paired templates' phases on every built-in, on the target's scale (docs/ODD.md 7.6): each
// phase's share of the security cost, its share of the relief value and their ratio
// (rules.PhaseBalance), as the table of section 7.6 gives them (bit-for-bit; the four paired
// templates share one cut).
// Usage: java -cp bitforbit.jar PhaseRatios.java
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.rules.PhaseBalance;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Scenarios;
import java.util.Locale;

public class PhaseRatios {
    public static void main(String[] a) {
        for (String name : Scenarios.BUILT_IN) {
            Scenario s = Scenarios.builtIn(name);
            StringBuilder row = new StringBuilder("| " + name + " |");
            for (PhaseBalance b : PhaseBalance.of(s, Template.BIT_FOR_BIT.ruleSetFor(s))) {
                row.append(String.format(Locale.ROOT, " %.0f%% / %.0f%%, %.2f |", 100 * b.costShare(),
                        100 * b.reliefShare(), b.ratio()));
            }
            System.out.println(row);
        }
    }
}
