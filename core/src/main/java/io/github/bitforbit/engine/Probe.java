package io.github.bitforbit.engine;

/**
 * A user metric (docs/ODD.md section 4, Observation): read from the {@link World} when a run ends. The Monte
 * Carlo runner summarises every probe's values like the built-in metrics (mean, interval), under
 * the probe's name.
 */
public interface Probe {

    /**
     * The name its summary goes under.
     *
     * @return a lower-camel-case identifier, e.g. {@code "liftsVetoed"}, unique among probes
     */
    String name();

    /**
     * Its value for the run that just ended.
     *
     * @param world the run, in its final state
     * @return a finite number, in the probe's own unit
     */
    double read(World world);
}
