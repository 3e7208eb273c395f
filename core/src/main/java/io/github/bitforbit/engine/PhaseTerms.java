package io.github.bitforbit.engine;

import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;

import java.util.Arrays;
import java.util.Map;

/**
 * The terms of one phase as the engine runs it: who gives which concessions (as indices into the
 * {@link Ledger}), in what order, by when. Immutable; a counter-offer or a remedy is a new one.
 */
final class PhaseTerms {
    final String name;
    final int[] target;
    final int[] sanctioner;
    final Order order;
    final int deadline;
    final boolean verify;
    final boolean unilateral;
    /** The earliest step it may be offered (0: at once). */
    final int notBefore;
    /**
     * byMember[m]: the items of {@link #sanctioner} that coalition member m gives, in order;
     * computed on first use (never for a side of one principal, whose one member gives them all).
     */
    private int[][] byMember;

    PhaseTerms(String name, int[] target, int[] sanctioner, Order order, int deadline, boolean verify, boolean unilateral) {
        this(name, target, sanctioner, order, deadline, verify, unilateral, 0);
    }

    PhaseTerms(String name, int[] target, int[] sanctioner, Order order, int deadline, boolean verify, boolean unilateral,
               int notBefore) {
        this.notBefore = notBefore;
        this.name = name;
        this.target = target;
        this.sanctioner = sanctioner;
        this.order = order;
        this.deadline = deadline;
        this.verify = verify;
        this.unilateral = unilateral;
    }

    static PhaseTerms of(Phase p, Map<String, Integer> index) {
        return new PhaseTerms(p.name(), indices(p.targetGives(), index), indices(p.sanctionerGives(), index), p.order(),
                p.deadline(), p.verifyBeforeReward(), p.unilateral(), p.notBefore());
    }

    private static int[] indices(java.util.List<String> ids, Map<String, Integer> index) {
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index.get(ids.get(i));
        }
        return out;
    }

    /**
     * The smaller bit a party counters with: it gives only the first half (rounded up) of its own
     * side, the cheapest first; the other side is unchanged. Null when its side has one item or none.
     */
    PhaseTerms smallerFor(boolean counterIsTarget) {
        int[] own = counterIsTarget ? target : sanctioner;
        if (own.length <= 1) {
            return null;
        }
        int[] keep = Arrays.copyOf(own, (own.length + 1) / 2);
        return counterIsTarget
                ? new PhaseTerms(name + "'", keep, sanctioner, order, deadline, verify, unilateral, notBefore)
                : new PhaseTerms(name + "'", target, keep, order, deadline, verify, unilateral, notBefore);
    }

    /**
     * The counter-offer when no later phase can take what it leaves out: both sides give only the
     * first half (rounded up) of their items, so that the rest, a new last phase, still gives
     * something on each side. Null when either side has one item or none.
     */
    PhaseTerms halved() {
        if (target.length <= 1 || sanctioner.length <= 1) {
            return null;
        }
        return new PhaseTerms(name + "'", Arrays.copyOf(target, (target.length + 1) / 2),
                Arrays.copyOf(sanctioner, (sanctioner.length + 1) / 2), order, deadline, verify, unilateral, notBefore);
    }

    /** The items of {@code side} that {@code smaller} left out of it. */
    static int[] missing(int[] side, int[] smaller) {
        return Arrays.copyOfRange(side, smaller.length, side.length);
    }

    /** This phase with extra items added at the front of each side. */
    PhaseTerms plus(int[] moreTarget, int[] moreSanctioner) {
        return new PhaseTerms(name, concat(moreTarget, target), concat(moreSanctioner, sanctioner), order, deadline, verify,
                unilateral, notBefore);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * The items of the sanctioning side that member {@code m} of {@code members} gives, in order;
     * {@code owner[i]} is concession i's member ({@link Ledger#owner}).
     */
    int[] sanctionerOf(int m, int members, int[] owner) {
        if (byMember == null) {
            int[][] split = new int[members][];
            for (int k = 0; k < members; k++) {
                int n = 0;
                for (int i : sanctioner) {
                    if (owner[i] == k) {
                        n++;
                    }
                }
                split[k] = new int[n];
                n = 0;
                for (int i : sanctioner) {
                    if (owner[i] == k) {
                        split[k][n++] = i;
                    }
                }
            }
            byMember = split;
        }
        return byMember[m];
    }

    boolean contains(int concession) {
        for (int t : target) {
            if (t == concession) {
                return true;
            }
        }
        for (int s : sanctioner) {
            if (s == concession) {
                return true;
            }
        }
        return false;
    }
}
