package io.github.bitforbit.model;

/**
 * The regularized incomplete beta function {@code I_x(a, b)}, the cumulative distribution
 * function of Beta(a, b), and its inverse, the beta quantile, computed without allocating and
 * with {@link StrictMath} only, so that a draw is the same double on every JVM and platform.
 *
 * <p>{@link #regularized} evaluates the continued fraction of {@code I_x(a, b)} (Abramowitz and
 * Stegun 26.5.8) by the modified Lentz method, as Numerical Recipes' {@code betacf}, on whichever
 * of {@code I_x(a, b)} and {@code 1 - I_{1-x}(b, a)} converges fast; {@link #logBeta} shifts both
 * shapes to 10 or more by {@code B(a, b) = B(a + 1, b) (a + b) / a} and sums Stirling's series
 * there. For shapes up to about 50 both are accurate to about 1e-14 relative; the error grows
 * with the shapes, as {@code a log x + b log(1 - x)} does (about 1e-12 at shapes of 1e4).
 *
 * <p>{@link #inverse} solves {@code I_x(a, b) = p} by Halley steps from the Numerical Recipes
 * ({@code invbetai}) first guess inside a bisection bracket that every evaluation narrows; a step
 * that would leave the bracket bisects it instead, so the iteration cannot diverge for any shape,
 * including shapes below 1 whose density is infinite at an end. It stops when a step is below
 * 1e-15 relative, giving the quantile to a few ulp: 2 to 5 evaluations of {@code I_x} on average
 * for uniform p and shapes from 0.3 to 50, never more than 11. A quantile below the least
 * positive double is 0 (and its mirror above 1 - 2^-53 is 1).
 */
public final class IncompleteBeta {
    /** Relative size of a Lentz factor's departure from 1, or of a Halley step, that ends the iteration. */
    private static final double EPSILON = 1e-15;
    /** Stands in for a zero denominator in the Lentz recurrence. */
    private static final double TINY = 1e-300;
    /** Continued-fraction terms before giving up: the count needed grows as sqrt(max(a, b)). */
    private static final int MAX_TERMS = 100_000;
    /** Halley or bisection steps before returning the best point found. */
    private static final int MAX_STEPS = 200;
    /** Stirling's series for log Gamma is summed at arguments at least this large. */
    private static final double STIRLING_FROM = 10;
    private static final double HALF_LOG_TWO_PI = 0.9189385332046727;
    /** Coefficients B_2k / (2k (2k - 1)) of Stirling's series, k = 1 to 7: enough at 10 and above. */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156};

    private IncompleteBeta() {
    }

    /**
     * The regularized incomplete beta function, the probability that a Beta(a, b) variable is
     * at most x.
     *
     * @param x the point, 0 to 1 (values outside are clamped to the support)
     * @param a first shape, &gt; 0
     * @param b second shape, &gt; 0
     * @return {@code I_x(a, b)}, 0 to 1
     */
    public static double regularized(double x, double a, double b) {
        return regularized(x, a, b, logBeta(a, b));
    }

    /**
     * The beta quantile: the x at which {@code I_x(a, b) = p}.
     *
     * @param p a cumulative probability, 0 to 1
     * @param a first shape, finite and &gt; 0
     * @param b second shape, finite and &gt; 0
     * @return the quantile, 0 to 1; exactly 0 for {@code p = 0} and 1 for {@code p = 1}
     * @throws IllegalArgumentException if p is not in [0, 1] or a shape is not a finite number above 0
     */
    public static double inverse(double p, double a, double b) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("beta quantile: " + p + " is not in [0, 1]");
        }
        if (!(a > 0 && b > 0 && a < Double.POSITIVE_INFINITY && b < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("beta quantile: shapes " + a + ", " + b + " are not finite and above 0");
        }
        if (p == 0 || p == 1) {
            return p;
        }
        double lnB = logBeta(a, b);
        // solving for the smaller tail keeps p - I free of cancellation; 1 - p is exact for p >= 0.5
        return p <= 0.5 ? lowerInverse(p, a, b, lnB) : 1 - lowerInverse(1 - p, b, a, lnB);
    }

    /**
     * The natural logarithm of the beta function {@code B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b)}.
     *
     * @param a first shape, &gt; 0
     * @param b second shape, &gt; 0
     * @return {@code log B(a, b)}
     */
    public static double logBeta(double a, double b) {
        if (a > b) {
            // in one order, so that B(a, b) and B(b, a) are the same double
            return logBeta(b, a);
        }
        // the shifts' factors are summed as logs, since their product can overflow for tiny shapes
        double shift = 0;
        while (a < STIRLING_FROM) {
            shift += StrictMath.log((a + b) / a);
            a += 1;
        }
        while (b < STIRLING_FROM) {
            shift += StrictMath.log((a + b) / b);
            b += 1;
        }
        // Stirling for each log Gamma, regrouped so the large (x - 1/2) log x terms cancel exactly:
        // log(a / (a + b)) = -log1p(b / a) keeps its digits when one shape dwarfs the other
        double main = -(a - 0.5) * StrictMath.log1p(b / a) - (b - 0.5) * StrictMath.log1p(a / b)
                - 0.5 * StrictMath.log(a + b) + HALF_LOG_TWO_PI;
        return main + (stirling(a) + stirling(b) - stirling(a + b)) + shift;
    }

    /** log Gamma(x) - ((x - 1/2) log x - x + log sqrt(2 pi)), for x &gt;= 10. */
    private static double stirling(double x) {
        double inv2 = 1 / (x * x);
        double sum = STIRLING[STIRLING.length - 1];
        for (int k = STIRLING.length - 2; k >= 0; k--) {
            sum = sum * inv2 + STIRLING[k];
        }
        return sum / x;
    }

    private static double regularized(double x, double a, double b, double lnB) {
        if (!(x > 0)) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = front(x, a, b, lnB);
        // the fraction converges fast below the mean-like point (a + 1) / (a + b + 2), slowly above
        if (x < (a + 1) / (a + b + 2)) {
            return front * fraction(x, a, b) / a;
        }
        return 1 - front * fraction(1 - x, b, a) / b;
    }

    /** {@code x^a (1 - x)^b / B(a, b)}, in logs so that neither power underflows on its own. */
    private static double front(double x, double a, double b, double lnB) {
        return StrictMath.exp(a * StrictMath.log(x) + b * StrictMath.log1p(-x) - lnB);
    }

    /** The continued fraction of {@code I_x(a, b)} by modified Lentz (Numerical Recipes {@code betacf}). */
    private static double fraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_TERMS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double factor = d * c;
            h *= factor;
            if (Math.abs(factor - 1) <= EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta: no convergence for x " + x + ", a " + a + ", b " + b);
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    /** The x in (0, 1) with {@code I_x(a, b) = p}, for {@code 0 < p <= 1/2}. */
    private static double lowerInverse(double p, double a, double b, double lnB) {
        double lo = 0;
        double hi = 1;
        double x = firstGuess(p, a, b, lnB);
        if (!(x > lo && x < hi)) {
            x = 0.5;
        }
        for (int step = 0; step < MAX_STEPS; step++) {
            double front = front(x, a, b, lnB);
            double cdf = x < (a + 1) / (a + b + 2)
                    ? front * fraction(x, a, b) / a
                    : 1 - front * fraction(1 - x, b, a) / b;
            double error = cdf - p;
            if (error == 0) {
                return x;
            }
            if (error < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double density = front / (x * (1 - x));
            double newton = error / density;
            // Halley's correction with density'/density = (a - 1)/x - (b - 1)/(1 - x), its divisor
            // kept within [1/2, 2]: unbounded, it shrinks steps from far below a root to x -> 5x
            double curvature = (a - 1) / x - (b - 1) / (1 - x);
            double next = x - newton / (1 - 0.5 * Math.max(-2, Math.min(1, newton * curvature)));
            if (Math.abs(next - x) <= EPSILON * x) {
                // converged; a last step that rounds onto the bracket's end is no reason to bisect
                return next >= lo && next <= hi ? next : x;
            }
            if (!(next > lo && next < hi)) {
                // also catches NaN and infinite steps when the density under- or overflows; the
                // geometric midpoint finds a root of 1e-300 in a few dozen halvings, not a thousand,
                // and one below the least double ends at 0 once the bracket is [0, MIN_VALUE]
                double floor = Math.max(lo, Double.MIN_VALUE);
                next = hi > 4 * floor ? StrictMath.sqrt(floor) * StrictMath.sqrt(hi) : 0.5 * (lo + hi);
            }
            if (next == lo || next == hi) {
                // the bracket is two adjacent doubles
                return next;
            }
            x = next;
        }
        return x;
    }

    /**
     * The starting point of Numerical Recipes' {@code invbetai}: Abramowitz and Stegun 26.5.22
     * (a normal approximation) for shapes of 1 and more, else the leading power of either tail.
     */
    private static double firstGuess(double p, double a, double b, double lnB) {
        if (a >= 1 && b >= 1) {
            double t = StrictMath.sqrt(-2 * StrictMath.log(p));
            double z = -((2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t);
            double lambda = (z * z - 3) / 6;
            double h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
            double w = z * StrictMath.sqrt(lambda + h) / h
                    - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5.0 / 6 - 2 / (3 * h));
            return a / (a + b * StrictMath.exp(2 * w));
        }
        double lower = StrictMath.exp(a * StrictMath.log(a / (a + b)) - lnB) / a;
        double upper = StrictMath.exp(b * StrictMath.log(b / (a + b)) - lnB) / b;
        if (p < lower / (lower + upper)) {
            // I_x ~ x^a / (a B(a, b)) near 0
            return StrictMath.exp((StrictMath.log(p) + StrictMath.log(a) + lnB) / a);
        }
        return 1 - StrictMath.exp((StrictMath.log1p(-p) + StrictMath.log(b) + lnB) / b);
    }
}
