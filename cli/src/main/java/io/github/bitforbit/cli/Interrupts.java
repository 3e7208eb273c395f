package io.github.bitforbit.cli;

import io.github.bitforbit.montecarlo.CancellationToken;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM: a shutdown hook cancels the running Monte Carlo or sweep through
 * a {@link CancellationToken}, waits for the command to stop (a sweep's completed rows are already
 * flushed; half-written output files are deleted), and lets the JVM exit with its signal status
 * (130 for SIGINT).
 */
public final class Interrupts {

    /** How long the hook waits for the command to stop, in seconds. */
    static final long GRACE_SECONDS = 30;

    private static final CancellationToken TOKEN = new CancellationToken();
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static volatile boolean exiting;
    private static volatile boolean signalled;
    private static Thread hook;

    private Interrupts() {
    }

    /** Installs the shutdown hook (once). */
    public static synchronized void install() {
        if (hook != null) {
            return;
        }
        hook = new Thread(() -> {
            if (exiting) {
                return;
            }
            signalled = true;
            TOKEN.cancel();
            ProgressBar.clearCurrent();
            try {
                DONE.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            AtomicOutput.deleteTemporaries();
        }, "bitforbit-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** {@return the token every long-running command passes to the library} */
    public static CancellationToken token() {
        return TOKEN;
    }

    /** {@return whether the work was cancelled by a signal} */
    public static boolean cancelled() {
        return TOKEN.isCancelled();
    }

    /**
     * Throws the interrupt failure if a signal cancelled the work.
     *
     * @param whatIsKept what an interrupt leaves behind, for the message
     * @throws CliException (exit 130) if cancelled
     */
    public static void check(String whatIsKept) {
        if (TOKEN.isCancelled()) {
            throw CliException.interrupted("interrupted: " + whatIsKept);
        }
    }

    /** {@return whether the JVM is shutting down because of a signal (then {@link System#exit} must not be called)} */
    public static boolean signalled() {
        return signalled;
    }

    /** Tells the hook that the command has finished (its messages are printed). */
    public static void finished() {
        DONE.countDown();
    }

    /** Marks a normal exit, so that the hook does nothing. */
    public static void exiting() {
        exiting = true;
    }
}
