package io.github.bitforbit.engine;

/**
 * The built-in modifier of exogenous elections (docs/ODD.md section 7.8): while one runs, the
 * attention of the sanctioner holding it (in a coalition, the member the election names, or every
 * member if it names none) falls by the election's magnitude (a share); that member's election
 * reneging factor says how much the election moves its reneging.
 */
final class Election implements Modifier {

    @Override
    public double attention(String principal, double attention, World w) {
        for (Sanctioner m : w.members) {
            if (principal.equals(m.id)) {
                return w.step < m.electionUntil ? attention * (1 - Math.min(1.0, m.electionMagnitude)) : attention;
            }
        }
        return attention;
    }
}
