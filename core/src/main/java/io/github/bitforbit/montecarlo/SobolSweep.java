package io.github.bitforbit.montecarlo;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.stats.SobolIndices;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * {@link Sweep#sensitivity}: the Saltelli points of a sweep's axes run by a {@link PointRunner},
 * then the Sobol indices of the collapse share estimated from the points' results.
 */
final class SobolSweep {
    private SobolSweep() {
    }

    static SensitivityResult run(Sweep sweep, List<SweepAxis> axes, int baseSamples, int bootstrap, PointRunner runner,
                                 long seed, long runsPerPoint, double confidence) {
        Scenario scenario = sweep.scenario();
        if (baseSamples < 2 || Integer.bitCount(baseSamples) != 1) {
            throw new IllegalArgumentException("baseSamples must be a power of two >= 2: " + baseSamples);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0: " + bootstrap);
        }
        SweepPoints.check(axes, false);
        Sweep.checkPoints("baseSamples * (parameters + 2)", (long) baseSamples * (axes.size() + 2));
        List<Boolean> whole = SweepPoints.prepare(axes, scenario);
        int k = axes.size();
        SobolIndices.Plan plan = SobolIndices.plan(k, baseSamples);
        List<SweepPoint> points = new ArrayList<>((k + 2) * baseSamples);
        for (int m = 0; m < k + 2; m++) {
            double[][] matrix = m == 0 ? plan.a() : m == 1 ? plan.b() : plan.ab(m - 2);
            for (int j = 0; j < baseSamples; j++) {
                points.add(sweep.point(m * baseSamples + j, SweepPoints.unitValues(axes, matrix[j], whole)));
            }
        }
        double[][] outputs = new double[k + 2][baseSamples];
        int[] done = new int[1];
        runner.run(sweep, points, (point, result) -> {
            if (result.partial()) {
                return false;
            }
            SweepRow row = sweep.row(points, done[0]++, point, result);
            outputs[point.index() / baseSamples][point.index() % baseSamples] = row.collapseShare();
            return true;
        });
        if (done[0] < points.size()) {
            throw new CancellationException("sensitivity analysis cancelled");
        }
        double[][] fab = new double[k][];
        System.arraycopy(outputs, 2, fab, 0, k);
        SobolIndices.Result indices = SobolIndices.estimate(outputs[0], outputs[1], fab, bootstrap, confidence,
                RunSeeds.mix(seed ^ 0x424F4F5453545250L));
        List<ParameterSensitivity> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            SobolIndices.Index index = indices.index(i);
            out.add(new ParameterSensitivity(axes.get(i).path(), index.firstOrder(), index.total()));
        }
        return new SensitivityResult(scenario.name(), seed, runsPerPoint, baseSamples,
                plan.evaluations(), bootstrap, confidence, out);
    }

}
