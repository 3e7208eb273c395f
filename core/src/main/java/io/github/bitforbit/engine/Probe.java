package io.github.bitforbit.engine;

/**
 * A user metric (docs/ODD.md section 4, Observation): read from the {@link World} when a run ends. The Monte
 * Carlo runner summarises every probe's values like the built-in metrics (mean, interval), under
 * the probe's name.
 */
public interface Probe {

    /** Its name in results, e.g. {@code "liftsVetoed"}; a lower-camel-case identifier. */
    String name();

    /** Its value for the run that just ended. */
    double read(World world);
}
