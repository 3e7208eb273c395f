package io.github.bitforbit.engine;

/**
 * The built-in modifier of exogenous elections (docs/ODD.md section 7.8): while one runs, the
 * attention of the sanctioning side (each member of a coalition) falls by the election's
 * magnitude (a share); each member's election reneging factor says how much the election moves it.
 */
final class Election implements Modifier {

    @Override
    public double attention(String principal, double attention, World w) {
        if (w.step < w.electionUntil) {
            for (Sanctioner m : w.members) {
                if (principal.equals(m.id)) {
                    return attention * (1 - Math.min(1.0, w.electionMagnitude));
                }
            }
        }
        return attention;
    }
}
