package io.github.bitforbit.engine;

/**
 * Something that changes what a principal can attend to or what relief costs it politically
 * (docs/ODD.md section 7.8): an election, a domestic crisis, a lobby. The model's own value is
 * passed in and the modifier returns the changed one; modifiers apply in order (the built-in
 * election first, then users' actors that are modifiers). A modifier must not draw randomness
 * here: these are asked while values are computed, not while events happen.
 */
public interface Modifier {

    /**
     * The chance in [0, 1] that principal {@code principal} attends to the talks this step, given
     * {@code attention}, the value so far. The default changes nothing.
     *
     * @param principal the id of the sanctioner or the target
     * @param attention the probability so far (the party's own, after earlier modifiers), 0 to 1
     * @param world     the run, read-only here
     * @return the changed probability, 0 to 1
     */
    default double attention(String principal, double attention, World world) {
        return attention;
    }

    /**
     * The sanctioner's political cost of giving concession {@code concession} (an index), given
     * {@code cost}, the value so far (utility, >= 0). The default changes nothing.
     *
     * @param concession the concession's index (see {@link World#concessionId(int)})
     * @param cost       the political cost so far (utility, &gt;= 0)
     * @param world      the run, read-only here
     * @return the changed cost (utility, &gt;= 0)
     */
    default double politicalCost(int concession, double cost, World world) {
        return cost;
    }
}
