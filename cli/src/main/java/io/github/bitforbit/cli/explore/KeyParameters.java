package io.github.bitforbit.cli.explore;

import io.github.bitforbit.model.AgentParty;
import io.github.bitforbit.model.BuiltInParameters;
import io.github.bitforbit.model.ParameterPath;
import io.github.bitforbit.model.ParameterSpec;
import io.github.bitforbit.model.Party;
import io.github.bitforbit.model.Scenario;
import io.github.bitforbit.scenario.ScenarioParameter;
import io.github.bitforbit.scenario.Scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of a scenario the explorer offers as sliders, from the model's own descriptors
 * ({@link Scenarios#parameters}: the core's built-in parameters, a registered agent type's, and
 * the file format's for the scenario's keys and concessions). Offered: the scenario's horizon and
 * false-alarm rate; every parameter of a principal (sanctioner and target); a patron's, partner's
 * or registered agent type's own parameters (the parameters every party has mean little for a
 * third party: its trust is not used); and each disarmament step's verifiability. What a deal's
 * concessions are worth and when its events come are the deal's terms, changed through any path.
 *
 * <p>A slider spans the whole valid range when that is at most 1 wide (probabilities, shares,
 * the discount) and otherwise from its low end to four times the larger of the scenario's value
 * and the default, rounded up (deterrence value 0.5 gives 0 to 2, a horizon of 60 gives 1 to
 * 300); an open end is pulled in by one step; the scenario's own value, if outside, widens it.
 * Its step is a hundredth of its width, rounded down to 1, 2 or 5 times a power of ten, or finer
 * where the scenario's value has more decimals (1 for a whole number).
 */
public final class KeyParameters {

    /** A slider of a real number has at least this many steps. */
    private static final int STEPS = 100;

    private KeyParameters() {
    }

    /**
     * The sliders of a scenario.
     *
     * @param scenario the scenario (after any overrides: the values are its current ones)
     * @return the parameters, every one a valid path of the scenario, in path order
     */
    public static List<KeyParameter> of(Scenario scenario) {
        List<KeyParameter> out = new ArrayList<>();
        for (ScenarioParameter p : Scenarios.parameters(scenario)) {
            group(scenario, p).ifPresent(group -> out.add(slider(scenario, p, group)));
        }
        return out;
    }

    /** The group a parameter is shown in, or empty if it is not offered as a slider. */
    private static Optional<String> group(Scenario s, ScenarioParameter p) {
        String path = p.path();
        if (!path.contains(".")) {
            return Optional.of("scenario");
        }
        for (Party party : s.parties()) {
            if (path.startsWith("parties." + party.id() + ".")) {
                boolean common = BuiltInParameters.COMMON.contains(p.spec());
                return party.role().isPrincipal() || !common
                        ? Optional.of(party.id() + " (" + party.role().label() + ")") : Optional.empty();
            }
        }
        for (AgentParty a : s.agents()) {
            if (path.startsWith("parties." + a.id() + ".")) {
                return Optional.of(a.id() + " (" + a.type() + ")");
            }
        }
        if (path.startsWith("concessions.") && path.endsWith(".verifiability")) {
            return Optional.of("step " + path.substring("concessions.".length(), path.length() - ".verifiability".length()));
        }
        return Optional.empty();
    }

    private static KeyParameter slider(Scenario s, ScenarioParameter p, String group) {
        ParameterSpec spec = p.spec();
        double value = ParameterPath.get(s, p.path());
        double low = spec.min();
        double high = spec.max();
        boolean narrow = Double.isFinite(low) && Double.isFinite(high) && high - low <= 1;
        if (!narrow) {
            double reference = Math.max(Math.abs(value), p.hasDefault() ? Math.abs(spec.defaultValue()) : 0);
            double cap = reference > 0 ? roundUp(4 * reference) : 1;
            high = Math.min(high, cap);
            low = Double.isFinite(low) ? low : -high;
        }
        double step = spec.whole() ? 1 : step(high - low, value);
        if (spec.minOpen() && low == spec.min()) {
            low += step;
        }
        if (spec.maxOpen() && high == spec.max()) {
            high -= step;
        }
        low = Math.min(low, value);
        high = Math.max(high, value);
        return new KeyParameter(spec.name(), group, p.path(), spec.unit(), spec.range(), tidy(low), tidy(high), step,
                value, p.hasDefault() ? spec.defaultValue() : null, spec.doc());
    }

    /**
     * A real slider's step: a round hundredth of its width or finer, so that the scenario's own
     * value is one of the slider's points (0.002 gets 0.001), but never finer than a ten-thousandth.
     */
    private static double step(double width, double value) {
        int decimals = Math.max(0, new BigDecimal(Double.toString(value)).stripTrailingZeros().scale());
        double step = Math.min(roundDown(width / STEPS), Math.pow(10, -decimals));
        return tidy(Math.max(step, roundDown(width / (STEPS * STEPS))));
    }

    /** {@code x > 0} rounded up to a whole multiple of its power of ten: 0.12 to 0.2, 240 to 300. */
    private static double roundUp(double x) {
        double unit = Math.pow(10, Math.floor(Math.log10(x)));
        return tidy(Math.ceil(tidy(x / unit)) * unit);
    }

    /** {@code x > 0} rounded down to 1, 2 or 5 times a power of ten: 0.19 to 0.1, 0.04 to 0.02. */
    private static double roundDown(double x) {
        double unit = Math.pow(10, Math.floor(Math.log10(x)));
        double f = tidy(x / unit);
        return tidy((f >= 5 ? 5 : f >= 2 ? 2 : 1) * unit);
    }

    /** Drops the binary noise of decimal arithmetic (0.30000000000000004 is 0.3). */
    private static double tidy(double x) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", x));
    }
}
