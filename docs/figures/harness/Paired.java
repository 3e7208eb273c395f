// Paired difference of one per-run figure between two arms on the same runs (`bitforbit run
// SCENARIO --rule-set DESIGN --runs N --seed S` for each arm: run k's seed RunSeeds.seed(S, k) in
// both), with its 99% interval (z = 2.576), as DirectionsTest reports (it uses run seeds 0..N-1).
// Usage: java -cp bitforbit.jar Paired.java SCENARIO DESIGN RUNS SEED METRIC [COMMON=V ...] -- [LOW=V ...] -- [HIGH=V ...]
// METRIC: trustInSanctioner | trustInTarget | completed | collapsedAfterCompletion | everCompleted | collapsed
import io.github.bitforbit.engine.*;
import io.github.bitforbit.model.*;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.scenario.Scenarios;
import java.util.*;
import java.util.function.ToDoubleFunction;

public class Paired {
    static Scenario apply(Scenario s, List<String> sets) {
        for (String x : sets) { int eq = x.indexOf('='); s = ParameterPath.set(s, x.substring(0, eq), (Object) x.substring(eq + 1)); }
        return s;
    }
    static double[] values(Scenario s, String design, int n, long seed, ToDoubleFunction<RunResult> f) {
        double[] v = new double[n];
        MonteCarlo.of(s).design(design).runs(n).seed(seed).threads(2).sink((k, r) -> v[(int) k] = f.applyAsDouble(r)).run();
        return v;
    }
    public static void main(String[] a) {
        Scenario base = Scenarios.resolve(a[0]);
        String design = a[1]; int n = Integer.parseInt(a[2]); long seed = Long.parseLong(a[3]); String metric = a[4];
        List<List<String>> groups = new ArrayList<>(List.of(new ArrayList<>()));
        for (int i = 5; i < a.length; i++) { if (a[i].equals("--")) groups.add(new ArrayList<>()); else groups.get(groups.size() - 1).add(a[i]); }
        ToDoubleFunction<RunResult> f = switch (metric) {
            case "trustInSanctioner" -> r -> r.metrics().trustInSanctioner();
            case "trustInTarget" -> r -> r.metrics().trustInTarget();
            case "completed" -> r -> r.outcome() instanceof Outcome.Completed ? 1 : 0;
            case "collapsed" -> r -> r.outcome() instanceof Outcome.Collapsed ? 1 : 0;
            case "everCompleted" -> r -> r.metrics().everCompleted() ? 1 : 0;
            case "collapsedAfterCompletion" -> r -> r.outcome() instanceof Outcome.Collapsed c && c.afterCompletion() ? 1 : 0;
            default -> throw new IllegalArgumentException(metric);
        };
        Scenario common = apply(base, groups.get(0));
        double[] lo = values(apply(common, groups.get(1)), design, n, seed, f);
        double[] hi = values(apply(common, groups.get(2)), design, n, seed, f);
        double sl = 0, sh = 0, sum = 0, sq = 0;
        for (int k = 0; k < n; k++) { double d = hi[k] - lo[k]; sl += lo[k]; sh += hi[k]; sum += d; sq += d * d; }
        double mean = sum / n, se = Math.sqrt((sq - n * mean * mean) / (n - 1) / n), z = 2.576;
        System.out.printf(Locale.ROOT, "%s %s, %d paired runs, seed %d, %s; common %s; low %s; high %s%n  low %.4f, high %.4f, "
                + "paired difference %+.4f (99%% CI %+.4f to %+.4f)%n", a[0], design, n, seed, metric, groups.get(0),
                groups.get(1), groups.get(2), sl / n, sh / n, mean, mean - z * se, mean + z * se);
    }
}
