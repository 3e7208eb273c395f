package io.github.bitforbit.spark;

import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.montecarlo.MonteCarlo;
import io.github.bitforbit.montecarlo.RunBlocks;
import io.github.bitforbit.montecarlo.SweepPoint;
import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.scenario.Scenarios;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an executor needs to run any block of a job: the scenario in its canonical JSON (the
 * executor parses it once), the designs (each as the JSON of the scenario under it; none: every
 * point's own design), the master seed and the values of every point (one empty point for a plain
 * Monte Carlo). Broadcast once per Monte Carlo or sweep.
 */
final class BlockPlan implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SOURCE = "the driver's scenario";

    private final String scenario;
    private final List<String> designs;
    private final long seed;
    private final List<Map<String, Object>> points;
    /** The parsed scenario and designs, made once per executor (the plan is shared by its tasks). */
    private transient volatile Parsed parsed;

    private record Parsed(Scenario scenario, AgreementDesign[] designs) {
    }

    private BlockPlan(String scenario, List<String> designs, long seed, List<Map<String, Object>> points) {
        this.scenario = scenario;
        this.designs = List.copyOf(designs);
        this.seed = seed;
        this.points = List.copyOf(points);
    }

    /**
     * A plan for a Monte Carlo of {@code designs} on one point, or for the points of a sweep
     * (with no designs: each point's scenario's own).
     *
     * @throws IllegalArgumentException if the scenario or a design does not come back the same
     *                                  from its JSON form, so executors could not rebuild it
     */
    static BlockPlan of(Scenario scenario, List<AgreementDesign> designs, long seed,
                        List<Map<String, Object>> points) {
        String json = checked(scenario);
        List<String> designJson = new ArrayList<>(designs.size());
        for (AgreementDesign d : designs) {
            Scenario under = scenario.withDesign(d);
            String text = checked(under);
            if (!Scenarios.parse(text, SOURCE).design().equals(d)) {
                throw new IllegalArgumentException("design '" + d.name() + "' does not survive the scenario's JSON "
                        + "form, so Spark executors cannot rebuild it: give it as a rule set of the scenario");
            }
            designJson.add(text);
        }
        return new BlockPlan(json, designJson, seed, points);
    }

    /** A plan for the points of a sweep, each under its own design. */
    static BlockPlan ofPoints(Scenario base, long seed, List<SweepPoint> points) {
        List<Map<String, Object>> values = new ArrayList<>(points.size());
        points.forEach(p -> values.add(p.values()));
        return of(base, List.of(), seed, values);
    }

    private static String checked(Scenario s) {
        String json = Scenarios.toJson(s);
        if (!Scenarios.parse(json, SOURCE).equals(s)) {
            throw new IllegalArgumentException("scenario '" + s.name() + "' does not survive its JSON form, so Spark "
                    + "executors cannot rebuild it (is every agent type and probe registered through "
                    + "META-INF/services?)");
        }
        return json;
    }

    /** A worker for the blocks of point {@code point}, for the calling task only. */
    RunBlocks blocks(int point) {
        Parsed p = parsed();
        Scenario at = new SweepPoint(point, points.get(point)).applyTo(p.scenario());
        return MonteCarlo.of(at).seed(seed).blocks(p.designs());
    }

    private Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            synchronized (this) {
                p = parsed;
                if (p == null) {
                    AgreementDesign[] d = new AgreementDesign[designs.size()];
                    for (int i = 0; i < d.length; i++) {
                        d[i] = Scenarios.parse(designs.get(i), SOURCE).design();
                    }
                    p = new Parsed(Scenarios.parse(scenario, SOURCE), d);
                    parsed = p;
                }
            }
        }
        return p;
    }
}
