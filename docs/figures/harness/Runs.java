// Per-run outcome tabulation on the bit-for-bit library (no model code changed): the same runs as
// `bitforbit run SCENARIO --rule-set DESIGN --runs N --seed S --set ...` (through MonteCarlo, so
// run k's seed is RunSeeds.seed(S, k) and a scenario's per-run draws are made as `run` makes them),
// classified by outcome, who ended it, why, and before/after completion.
// Usage: java -cp bitforbit.jar Runs.java SCENARIO DESIGN RUNS SEED [PATH=VALUE ...] [--csv FILE]
import io.github.bitforbit.engine.*;
import io.github.bitforbit.model.*;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.scenario.Scenarios;
import java.io.PrintWriter;
import java.util.*;

public class Runs {
    public static void main(String[] a) throws Exception {
        Scenario s = Scenarios.resolve(a[0]);
        String design = a[1];
        int n = Integer.parseInt(a[2]);
        long seed = Long.parseLong(a[3]);
        String csv = null;
        List<String> sets = new ArrayList<>();
        for (int i = 4; i < a.length; i++) {
            if (a[i].equals("--csv")) { csv = a[++i]; continue; }
            int eq = a[i].indexOf('=');
            s = ParameterPath.set(s, a[i].substring(0, eq), (Object) a[i].substring(eq + 1));
            sets.add(a[i]);
        }
        Map<String, Integer> counts = new TreeMap<>();
        PrintWriter out = csv == null ? null : new PrintWriter(csv);
        if (out != null) out.println("run,outcome,party,cause,after,step,completedAt,trustInTarget,trustInSanctioner,falseAlarms,detections,snapbacks,violations,capabilityRemaining,phasesCompleted");
        double[] sums = new double[2];
        MonteCarlo.of(s).design(design).runs(n).seed(seed).threads(2).sink((k, r) -> {
            Outcome o = r.outcome();
            String key; String party = "", cause = "", after = "";
            int step;
            if (o instanceof Outcome.Collapsed c) {
                party = c.party(); cause = c.cause().toString(); after = c.afterCompletion() ? "after" : "before";
                key = "collapsed " + after + " completion: " + party + " " + cause; step = c.step();
            } else if (o instanceof Outcome.Completed c) {
                key = "completed"; step = c.step();
            } else {
                key = "stalled"; step = ((Outcome.Stalled) o).step();
            }
            counts.merge(key, 1, Integer::sum);
            Metrics m = r.metrics();
            sums[0] += m.trustInTarget(); sums[1] += m.trustInSanctioner();
            if (out != null) out.printf(Locale.ROOT, "%d,%s,%s,%s,%s,%d,%d,%.6f,%.6f,%d,%d,%d,%d,%.6f,%d%n", k, o.kind(), party, cause, after,
                    step, m.completedAt(), m.trustInTarget(), m.trustInSanctioner(), m.falseAlarms(), m.detections(), m.snapbacks(),
                    m.violations(), m.capabilityRemaining(), m.phasesCompleted());
        }).run();
        if (out != null) out.close();
        System.out.printf(Locale.ROOT, "%s %s, %d runs, seed %d%s%n", a[0], design, n, seed, sets.isEmpty() ? "" : ", " + String.join(" ", sets));
        for (var e : counts.entrySet()) System.out.printf(Locale.ROOT, "  %-55s %6d  %.4f%n", e.getKey(), e.getValue(), e.getValue() / (double) n);
        System.out.printf(Locale.ROOT, "  mean final trust in the target %.4f, in the sanctioner %.4f%n", sums[0] / n, sums[1] / n);
    }
}
