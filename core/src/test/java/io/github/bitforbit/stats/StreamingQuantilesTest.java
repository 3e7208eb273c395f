package io.github.bitforbit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StreamingQuantilesTest {

    /** On 100,000 uniform draws the exact p-quantile is about p; P-square lands within 0.01. */
    @Test
    void closeToExactOnUniformDraws() {
        StreamingQuantiles quantiles = new StreamingQuantiles(0.1, 0.5, 0.9);
        SplittableRandom random = new SplittableRandom(42);
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble();
            quantiles.add(values[i]);
        }
        java.util.Arrays.sort(values);
        assertEquals(100_000, quantiles.count());
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            double exact = values[(int) Math.round(p * (values.length - 1))];
            assertEquals(exact, quantiles.quantile(p), 0.01, "p = " + p);
            assertEquals(p, quantiles.quantile(p), 0.01, "p = " + p);
        }
    }

    /** With at most five observations the result is one of them: the median of {5, 1, 4} is 4. */
    @Test
    void fewObservations() {
        StreamingQuantiles quantiles = new StreamingQuantiles(0.5);
        assertTrue(Double.isNaN(quantiles.quantile(0.5)));
        quantiles.add(5);
        quantiles.add(1);
        quantiles.add(4);
        assertEquals(4, quantiles.quantile(0.5));
        assertArrayEquals(new double[] {0.5}, quantiles.probabilities());
    }

    @Test
    void rejectsInvalidArguments() {
        assertThrows(IllegalArgumentException.class, StreamingQuantiles::new);
        assertEquals("probabilities[1] must be in (0, 1): 1.0",
                assertThrows(IllegalArgumentException.class, () -> new StreamingQuantiles(0.5, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StreamingQuantiles(0));
        assertThrows(IllegalArgumentException.class, () -> new StreamingQuantiles(0.5, 0.5));
        StreamingQuantiles quantiles = new StreamingQuantiles(0.1, 0.9);
        assertEquals("p must be one of the configured probabilities [0.1, 0.9]: 0.5",
                assertThrows(IllegalArgumentException.class, () -> quantiles.quantile(0.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> quantiles.add(Double.NaN));
    }
}
