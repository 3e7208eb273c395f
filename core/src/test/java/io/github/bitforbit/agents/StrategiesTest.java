package io.github.bitforbit.agents;

import io.github.bitforbit.terms.Role;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrategiesTest {

    /** A fixed situation: trust 0.5, value 4, cost 1 (expected utility 1, surplus 1 with a = 0). */
    record Fixed(double trust, double value, double cost, double temptation, boolean everythingRemaining,
                 boolean counterpartDefected, double draw, int step, double precision) implements Situation {
        Fixed(boolean defected, double draw) {
            this(0.5, 4, 1, 0, false, defected, draw, 0);
        }

        /** A best-responding decider. */
        Fixed(double trust, double value, double cost, double temptation, boolean everythingRemaining,
              boolean counterpartDefected, double draw, int step) {
            this(trust, value, cost, temptation, everythingRemaining, counterpartDefected, draw, step,
                    QuantalResponse.BEST_RESPONSE);
        }

        @Override
        public String self() {
            return "X";
        }

        @Override
        public Role role() {
            return Role.TARGET;
        }

        @Override
        public int horizon() {
            return 60;
        }

        @Override
        public double random() {
            return draw;
        }
    }

    /** A quantal-response choice draws against its logistic probability; the best response ignores the draw. */
    @Test
    void choicesAreQuantalResponsesAndTheBestResponseIgnoresTheDraw() {
        // surplus 1 at lambda 1: p = 0.731
        assertTrue(new Fixed(0.5, 4, 1, 0, false, false, 0.72, 0, 1.0).chooses(1.0));
        assertFalse(new Fixed(0.5, 4, 1, 0, false, false, 0.74, 0, 1.0).chooses(1.0));
        // the best response takes a tie and refuses any loss, whatever the draw would say
        assertTrue(new Fixed(false, 0.999).chooses(0.0));
        assertFalse(new Fixed(false, 0.0).chooses(-1e-12));
        // Reciprocal accepts a phase with surplus -1 at lambda 1 when the draw is below 0.269
        Fixed losing = new Fixed(0.5, 4, 3, 0, false, false, 0.26, 0, 1.0);
        assertEquals(-1.0, losing.surplus(), 1e-12);
        assertTrue(Strategies.reciprocal().accepts(losing));
        assertFalse(Strategies.reciprocal().accepts(new Fixed(0.5, 4, 3, 0, false, false, 0.28, 0, 1.0)));
    }

    @Test
    void kyddThresholdAndSurplus() {
        Fixed s = new Fixed(0.5, 4, 1, 0.5, false, false, 0, 0);
        assertEquals(1.0, s.expectedUtility(), 1e-12);
        assertEquals(0.5 * 0.5 * 3, s.threshold(), 1e-12);
        assertEquals(1.0 - 0.75, s.surplus(), 1e-12);
    }

    @Test
    void reciprocalIsTitForTat() {
        Strategy r = Strategies.reciprocal();
        assertTrue(r.accepts(new Fixed(false, 0)));
        assertFalse(r.accepts(new Fixed(true, 0)));
        assertTrue(r.performs(new Fixed(false, 0)));
        assertFalse(r.performs(new Fixed(true, 0)));
        assertFalse(r.accepts(new Fixed(0.2, 4, 1, 0, false, false, 0, 0))); // 0.8 - 1 < 0
    }

    @Test
    void generousForgivesWithItsProbability() {
        Strategy g = Strategies.generous(0.3);
        assertTrue(g.accepts(new Fixed(true, 0.2)));   // draw 0.2 < 0.3: forgiven
        assertFalse(g.accepts(new Fixed(true, 0.5)));  // draw 0.5 >= 0.3: resented
        assertTrue(g.performs(new Fixed(true, 0.29)));
    }

    @Test
    void gritAcceptsSmallLossesWhileReciprocated() {
        Strategy g = Strategies.grit(0.2);
        // trust 0.1: EU = 0.4 - 1 = -0.6 >= -0.2 * 4 = -0.8
        assertTrue(g.accepts(new Fixed(0.1, 4, 1, 0, false, false, 0, 0)));
        // trust 0.0: EU = -1 < -0.8
        assertFalse(g.accepts(new Fixed(0.0, 4, 1, 0, false, false, 0, 0)));
        assertFalse(g.accepts(new Fixed(0.9, 4, 1, 0, false, true, 0, 0)));
    }

    @Test
    void hardlinerAcceptsOnlyEverythingAtOnce() {
        Strategy h = Strategies.hardliner();
        assertFalse(h.accepts(new Fixed(0.9, 4, 1, 0, false, false, 0, 0)));
        assertTrue(h.accepts(new Fixed(0.9, 4, 1, 0, true, false, 0, 0)));
    }

    @Test
    void trustThresholdActsOnlyAboveItsThreshold() {
        Strategy t = Strategies.trustThreshold(0.6);
        assertFalse(t.accepts(new Fixed(false, 0)));
        assertFalse(t.performs(new Fixed(false, 0)));
        assertTrue(t.accepts(new Fixed(0.6, 4, 1, 0, false, false, 0, 0)));
    }

    @Test
    void timeDependentConcedesBoulwareLateAndConcederEarly() {
        // halfway (30 of 60), value - cost = 3, surplus 1
        Fixed half = new Fixed(0.5, 4, 1, 0, false, false, 0, 30);
        // Boulware beta 0.5: conceded (0.5)^2 = 0.25, aspiration 0.75 * 3 = 2.25 > 1: reject
        assertEquals(0.25, new Strategies.TimeDependent(0.5).conceded(30, 60), 1e-12);
        assertFalse(Strategies.timeDependent(0.5).accepts(half));
        // Conceder beta 2: conceded sqrt(0.5) = 0.7071, aspiration 0.2929 * 3 = 0.879 < 1: accept
        assertTrue(Strategies.timeDependent(2.0).accepts(half));
        // at the horizon everyone concedes fully
        assertTrue(Strategies.timeDependent(0.5).accepts(new Fixed(0.5, 4, 1, 0, false, false, 0, 60)));
    }

    @Test
    void registryCreatesByNameAndRejectsUnknowns() {
        assertEquals(new Strategies.Generous(0.6), Strategies.create("generous", Map.of("forgiveness", 0.6)));
        assertEquals(new Strategies.Generous(0.3), Strategies.create("generous", Map.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Strategies.create("reciprocall", Map.of()));
        assertTrue(e.getMessage().contains("did you mean 'reciprocal'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Strategies.create("generous", Map.of("forgive", 0.1)));
        assertTrue(e.getMessage().contains("did you mean 'forgiveness'"), e.getMessage());
    }
}
