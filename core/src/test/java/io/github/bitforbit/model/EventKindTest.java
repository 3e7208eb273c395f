package io.github.bitforbit.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventKindTest {

    @Test
    void anEffectNamesItsMagnitudeWhereTheKindHasOne() {
        assertEquals("both sides' attention moves 0.25 of the way to 1 and their patience starts afresh",
                EventKind.SUMMIT.effect(0.25));
        assertEquals("the target's threat perception rises by 1.50 while they run", EventKind.EXERCISES.effect(1.5));
        assertEquals("talks pause: no offers and nothing implemented while it lasts",
                EventKind.POSTPONEMENT.effect(0.7));
    }
}
