package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.Verdict;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Number formatting for every output, independent of the default locale: data formats (CSV) get
 * a deterministic, round-trippable-enough form; text formats get rounded figures for people.
 */
public final class Numbers {

    /** Significant digits of numbers written to CSV data rows. */
    public static final int CSV_DIGITS = 12;

    private static final MathContext CSV = new MathContext(CSV_DIGITS);

    private Numbers() {
    }

    /**
     * A number for a CSV cell: at most {@value #CSV_DIGITS} significant digits, no exponent, no
     * trailing zeros ({@code 0.3}, {@code 12}, {@code -0.000123}); the empty cell (read as missing by
     * pandas and R) for NaN or an infinity. A function of the value alone, so the same figure
     * always gives the same bytes.
     *
     * @param x the number
     * @return the cell's text, empty for NaN or an infinity
     */
    public static String csv(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(CSV).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /**
     * {@link Double#toString} (exact), or the empty string for NaN.
     *
     * @param x the number
     * @return text that reads back as the same double (infinities as {@code Infinity}); empty for NaN
     */
    public static String exact(double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }

    /**
     * A share in [0, 1] as a percentage with one decimal, e.g. {@code 41.2%}; {@code -} for NaN.
     *
     * @param share a share or a difference of shares, in [-1, 1]
     * @return the percentage with its {@code %} sign
     */
    public static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : "-";
    }

    /**
     * A share as percentage points with one decimal, or more when one would print a non-zero
     * value as zero (so a bound never reads as its opposite), e.g. {@code 31.2} or {@code 0.02}.
     *
     * @param share a share or a difference of shares, in [-1, 1]
     * @return the points, without a sign or {@code %}; {@code -} for NaN
     */
    public static String points(double share) {
        return Verdict.points(share);
    }

    /**
     * A share as signed percentage points, e.g. {@code +31.2}, {@code -4.0} or {@code +0.02}.
     *
     * @param share a share or a difference of shares, in [-1, 1]
     * @return the points with a {@code +} or {@code -} sign
     */
    public static String signedPoints(double share) {
        return Verdict.signedPoints(share);
    }

    /**
     * A number with a fixed number of decimals; {@code -} for NaN.
     *
     * @param decimals the number of decimals, >= 0
     * @param x the number
     * @return the number, rounded half up to that many decimals; {@code -} for NaN or an infinity
     */
    public static String fixed(double x, int decimals) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + decimals + "f", x) : "-";
    }

    /**
     * A number with a fixed number of decimals and a sign; {@code -} for NaN.
     *
     * @param decimals the number of decimals, >= 0
     * @param x the number
     * @return the number with a {@code +} or {@code -} sign
     */
    public static String signed(double x, int decimals) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%+." + decimals + "f", x) : "-";
    }

    /**
     * A count with thousands separators, e.g. {@code 10,000}.
     *
     * @param n the count
     * @return the digits, grouped by commas whatever the locale
     */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * A figure for a table: three significant decimals for values below 10, otherwise two decimals.
     *
     * @param x the number
     * @return the figure; {@code -} for NaN
     */
    public static String figure(double x) {
        if (!Double.isFinite(x)) {
            return "-";
        }
        return Math.abs(x) < 10 ? String.format(Locale.ROOT, "%.3f", x) : String.format(Locale.ROOT, "%.2f", x);
    }
}
