package io.github.bitforbit.scenario;

/**
 * Which files a scenario's {@code extends} may name. A built-in scenario name is always allowed.
 * See docs/SCENARIOS.md, "extends".
 */
public enum ExtendsPolicy {
    /** Any readable scenario file, by a relative or an absolute path: for a user's own files. */
    ANY_PATH,
    /**
     * Only files inside the directory tree of the scenario being loaded, judged by real paths (so
     * neither {@code ../}, an absolute path nor a symbolic link can leave it). Parsed text without
     * a directory may extend built-in scenarios only. The mode for files that come from someone
     * else: the explorer, a service, a shared directory.
     */
    CONFINED
}
