package io.github.bitforbit.cli.explore;

/**
 * One parameter the explorer offers as a slider: its descriptor (docs/ODD.md section 9), where it
 * lives, and the slider's ends and step.
 *
 * @param name         the key a scenario file writes, e.g. {@code "trust.initial"}
 * @param group        what it belongs to, e.g. {@code "DPRK (target)"}, {@code "step yongbyon"} or
 *                     {@code "scenario"}
 * @param path         its {@link io.github.bitforbit.model.ParameterPath} in the scenario, e.g.
 *                     {@code parties.DPRK.trust.initial}
 * @param unit         its unit, e.g. {@code "probability"}, {@code "steps (months)"}; empty for a
 *                     pure number
 * @param range        its valid range in words, e.g. {@code "[0, 1]"}, {@code ">= 0"}
 * @param min          the slider's low end, within the valid range
 * @param max          the slider's high end, {@code > min}, within the valid range
 * @param step         the slider's step, {@code > 0} (1 for whole-number parameters)
 * @param value        the scenario's current value, in {@code [min, max]}
 * @param defaultValue its value when a file leaves it out; null when a file must give it, or leaving
 *                     it out means something else
 * @param doc          what it means in the model, one line (shown as a tooltip)
 */
public record KeyParameter(String name, String group, String path, String unit, String range, double min,
                           double max, double step, double value, Double defaultValue, String doc) {

    /**
     * Checks the slider's bounds.
     *
     * @param name  short label
     * @param group what it belongs to
     * @param path  its parameter path
     * @param unit  its unit
     * @param range the valid range, in words
     * @param min   the slider's low end
     * @param max   the slider's high end, above {@code min}
     * @param step  the slider's step, above 0
     * @param value the current value
     * @param defaultValue its value when a file leaves it out; null when a file must give it
     * @param doc   its meaning
     * @throws IllegalArgumentException if {@code min < max} or {@code step > 0} does not hold
     */
    public KeyParameter {
        if (!(min < max) || !(step > 0) || !(min <= value && value <= max)) {
            throw new IllegalArgumentException(path + ": need min < max, step > 0 and min <= value <= max");
        }
    }
}
