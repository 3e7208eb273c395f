package io.github.bitforbit.engine;

/**
 * The built-in modifier of summits (docs/ODD.md section 7.8): while one runs, each principal's
 * attention moves the summit's magnitude (a share) of the way to 1. A summit does not move
 * trust: beliefs change only on evidence (MODEL.md 4.3).
 */
final class Summit implements Modifier {

    @Override
    public double attention(String principal, double attention, World w) {
        if (w.step < w.summitUntil) {
            return attention + Math.min(1.0, w.summitMagnitude) * (1 - attention);
        }
        return attention;
    }
}
