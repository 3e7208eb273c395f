package io.github.bitforbit.validation;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" suggestions for unknown names, by edit distance (Levenshtein 1966).
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code name}: one it is a prefix of (or that is a prefix of it), else
     * the nearest by edit distance if within a third of its length (at least 2 edits). Case is
     * ignored; prefixes count only for names of 3 characters or more.
     *
     * @param name       the unknown name as given
     * @param candidates the known names
     * @return the suggestion, or empty if none is close enough
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() >= 3) {
            for (String c : candidates) {
                String lc = c.toLowerCase(java.util.Locale.ROOT);
                if (!lc.equals(lower) && (lc.startsWith(lower) || lower.startsWith(lc))) {
                    return Optional.of(c);
                }
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int limit = Math.max(2, name.length() / 3);
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /**
     * The suggestion as a message ends with it.
     *
     * @param name       the unknown name as given
     * @param candidates the known names
     * @return {@code " (did you mean 'x'?)"}, or the empty string if nothing is close
     */
    public static String didYouMean(String name, Collection<String> candidates) {
        return closest(name, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /**
     * Levenshtein edit distance, case-sensitive.
     *
     * @param a one string
     * @param b the other
     * @return the least number of single-character insertions, deletions and substitutions that
     *         turn {@code a} into {@code b}
     */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
