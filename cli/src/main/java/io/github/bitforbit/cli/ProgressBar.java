package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.ProgressListener;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar with rate and ETA on stderr, redrawn in place at most ten times a
 * second: {@code [##########----------]  50%  5,000/10,000 runs  12,000 runs/s  ETA 0:01}. It is
 * shown only when stderr is a terminal ({@link Terminal}), whatever stdin and stdout are,
 * and never with {@code --quiet};
 * otherwise every method does nothing.
 */
public final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static volatile ProgressBar current;

    private final PrintStream err;
    private final boolean enabled;
    private String label = "";
    private long lastDraw;
    private int lastLength;
    private long offset;
    private long total;

    private ProgressBar(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /**
     * A progress bar on stderr.
     *
     * @param quiet true to never show it
     * @return a bar that draws only on a terminal and when not quiet
     */
    public static ProgressBar create(boolean quiet) {
        boolean on = !quiet && Terminal.stderrIsTerminal();
        ProgressBar bar = new ProgressBar(System.err, on);
        current = bar;
        return bar;
    }

    /** {@return whether it draws anything} */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Sets a label shown before the bar (e.g. {@code point 3/12}) and, for work made of several
     * Monte Carlos, the runs already done before the current one and the runs of all of them.
     *
     * @param newLabel the label, or null for none
     * @param runsBefore runs done before the current Monte Carlo
     * @param runsInAll runs of all the Monte Carlos, or 0 for the current one alone
     * @return this builder
     */
    public ProgressBar stage(String newLabel, long runsBefore, long runsInAll) {
        this.label = newLabel == null ? "" : newLabel + "  ";
        this.offset = runsBefore;
        this.total = runsInAll;
        return this;
    }

    @Override
    public void progress(long runsDone, long runsPlanned, double runsPerSecond) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (runsDone < runsPlanned && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        long done = offset + runsDone;
        long planned = total > 0 ? total : runsPlanned;
        double fraction = planned == 0 ? 1 : Math.min(1, done / (double) planned);
        int filled = (int) Math.round(fraction * WIDTH);
        double etaSeconds = runsPerSecond > 0 ? (planned - done) / runsPerSecond : Double.NaN;
        String line = String.format(Locale.ROOT, "%s[%s%s] %3.0f%%  %s/%s runs  %s runs/s  ETA %s", label,
                "#".repeat(filled), "-".repeat(WIDTH - filled), 100 * fraction, Numbers.count(done),
                Numbers.count(planned), Numbers.count(Math.round(runsPerSecond)), eta(etaSeconds));
        draw(line);
    }

    /** Removes the bar from the screen. */
    public synchronized void finish() {
        if (enabled && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    /** Removes the bar of the current command, if any (on interrupt). */
    static void clearCurrent() {
        ProgressBar bar = current;
        if (bar != null) {
            bar.finish();
        }
    }

    private synchronized void draw(String line) {
        String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
        err.print("\r" + padded);
        err.flush();
        lastLength = line.length();
    }

    private static String eta(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "-";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
