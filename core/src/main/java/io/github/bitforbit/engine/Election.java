package io.github.bitforbit.engine;

/**
 * The built-in modifier of exogenous elections (docs/ODD.md section 7.8): while one runs, the
 * sanctioner's attention falls by the election's magnitude (a share).
 */
final class Election implements Modifier {

    @Override
    public double attention(String principal, double attention, World w) {
        if (w.step < w.electionUntil && principal.equals(w.sanctioner.id)) {
            return attention * (1 - Math.min(1.0, w.electionMagnitude));
        }
        return attention;
    }
}
