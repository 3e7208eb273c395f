package io.github.bitforbit.engine;

import java.util.Arrays;

/**
 * What happened to the concessions this step, in order, as primitive pairs (kind, concession):
 * the input of the rules stage (docs/ODD.md section 7.7). Cleared at the start of every step; it
 * grows only if a step has more events than ever before, so a run allocates nothing here.
 */
final class EventLog {
    static final byte COMPLETED = 1;
    static final byte VERIFIED = 2;
    static final byte VIOLATED = 3;
    static final byte DETECTED = 4;
    static final byte RESTORED = 5;
    /** A continuing obligation openly broken (always with a VIOLATED of it): not a rule condition of its own. */
    static final byte BROKEN = 6;

    int[] kind = new int[64];
    int[] concession = new int[64];
    int count;

    void clear() {
        count = 0;
    }

    void emit(int type, int i) {
        if (count == kind.length) {
            kind = Arrays.copyOf(kind, count * 2);
            concession = Arrays.copyOf(concession, count * 2);
        }
        kind[count] = type;
        concession[count] = i;
        count++;
    }
}
