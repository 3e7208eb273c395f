package io.github.bitforbit.cli;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    @Test
    void csvNumbersAreShortPlainAndLocaleFree() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.3", Numbers.csv(0.1 + 0.2));
            assertEquals("0.5", Numbers.csv(0.5));
            assertEquals("12", Numbers.csv(12.0));
            assertEquals("0", Numbers.csv(-0.0));
            assertEquals("-0.000123", Numbers.csv(-1.23e-4));
            assertEquals("0.00762434046155", Numbers.csv(0.007624340461549876));
            assertEquals("", Numbers.csv(Double.NaN));
            assertEquals("", Numbers.csv(Double.POSITIVE_INFINITY));
            assertEquals("41.2%", Numbers.percent(0.4123));
            assertEquals("10,000", Numbers.count(10_000));
            assertEquals("0.0", Numbers.points(-1e-9));
            assertEquals("+31.2", Numbers.signedPoints(0.312));
        } finally {
            Locale.setDefault(before);
        }
    }
}
