package io.github.bitforbit.engine;

import io.github.bitforbit.rules.Order;
import io.github.bitforbit.rules.Phase;

import java.util.Arrays;
import java.util.Map;

/** A phase as the engine runs it: concessions as indices. Immutable. */
final class Bit {
    final String name;
    final int[] target;
    final int[] sanctioner;
    final Order order;
    final int deadline;
    final boolean verify;
    final boolean unilateral;

    Bit(String name, int[] target, int[] sanctioner, Order order, int deadline, boolean verify, boolean unilateral) {
        this.name = name;
        this.target = target;
        this.sanctioner = sanctioner;
        this.order = order;
        this.deadline = deadline;
        this.verify = verify;
        this.unilateral = unilateral;
    }

    static Bit of(Phase p, Map<String, Integer> index) {
        return new Bit(p.name(), indices(p.targetGives(), index), indices(p.sanctionerGives(), index), p.order(),
                p.deadline(), p.verifyBeforeReward(), p.unilateral());
    }

    private static int[] indices(java.util.List<String> ids, Map<String, Integer> index) {
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index.get(ids.get(i));
        }
        return out;
    }

    /** Whether the phase can be cut in two for a counter-offer. */
    boolean splittable() {
        return target.length > 1 || sanctioner.length > 1;
    }

    /** The smaller bit of a counter-offer: the first half (rounded up) of each side. */
    Bit firstHalf() {
        return new Bit(name + ".1", Arrays.copyOf(target, (target.length + 1) / 2),
                Arrays.copyOf(sanctioner, (sanctioner.length + 1) / 2), order, deadline, verify, unilateral);
    }

    /** What remains of this phase once {@code first} is taken out of it. */
    Bit rest(Bit first) {
        return new Bit(name + ".2", Arrays.copyOfRange(target, first.target.length, target.length),
                Arrays.copyOfRange(sanctioner, first.sanctioner.length, sanctioner.length), order, deadline, verify,
                unilateral);
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
