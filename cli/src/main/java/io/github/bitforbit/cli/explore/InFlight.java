package io.github.bitforbit.cli.explore;

import io.github.bitforbit.montecarlo.CancellationToken;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The computations under way, by page and kind, so that a page's newer request cancels its older
 * one through the runner's {@link CancellationToken}. A page names itself with a random id; only
 * tokens of running computations are held (each is removed when it ends), never any settings.
 */
final class InFlight {

    private final ConcurrentMap<String, CancellationToken> running = new ConcurrentHashMap<>();

    /**
     * A fresh token for a new computation, cancelling the page's previous one of the same kind.
     *
     * @param client the page's id, or null (then nothing is cancelled or held)
     * @param kind   what is computed, e.g. {@code "compare"}
     */
    CancellationToken begin(String client, String kind) {
        CancellationToken token = new CancellationToken();
        if (client != null) {
            CancellationToken previous = running.put(client + "/" + kind, token);
            if (previous != null) {
                previous.cancel();
            }
        }
        return token;
    }

    /** Forgets a finished computation's token (unless a newer one has replaced it). */
    void end(String client, String kind, CancellationToken token) {
        if (client != null) {
            running.remove(client + "/" + kind, token);
        }
    }

    /** Computations under way. */
    int size() {
        return running.size();
    }
}
