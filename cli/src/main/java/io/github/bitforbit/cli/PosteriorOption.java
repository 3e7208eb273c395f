package io.github.bitforbit.cli;

import io.github.bitforbit.engine.RunParameters;
import io.github.bitforbit.evidence.PosteriorParameters;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --posterior FILE.csv} option of {@code run}, {@code compare} and {@code sweep}: every
 * run draws its parameters jointly from the weighted posterior sample in the file
 * ({@link PosteriorCsv}), with a uniform derived from the run's own seed, so the figures integrate
 * over the posterior and stay the same on any number of threads.
 */
public final class PosteriorOption {

    private static final Pattern PARTICLE = Pattern.compile("particle (\\d+): (.*)", Pattern.DOTALL);

    @Option(names = "--posterior", paramLabel = "FILE.csv",
            description = "draw every run's parameters from this weighted posterior sample (a CSV with one column "
                    + "per parameter path and a weight column, as docs/CLI.md describes)")
    Path file;

    private PosteriorCsv.Read read;

    /**
     * Reads the posterior and checks it against the scenario and the other options.
     *
     * @param s         the scenario every run modifies
     * @param set       the paths {@code --set} sets, which the posterior may not set
     * @param varied    the paths {@code --vary} varies (empty for commands without it), likewise
     * @return the per-run parameters, or null without {@code --posterior}
     * @throws CliException (exit 2) for a missing or malformed file, a path not in the scenario, a
     *                      value the scenario refuses (all as {@code file:line: what}), or a taken path
     */
    public RunParameters load(LoadedScenario s, List<String> set, List<String> varied) {
        if (file == null) {
            return null;
        }
        s.checkNotInput(file, "--posterior");
        read = PosteriorCsv.read(file);
        PosteriorParameters p;
        try {
            p = PosteriorParameters.of(read.posterior(), s.scenario());
        } catch (IllegalArgumentException e) {
            Matcher m = PARTICLE.matcher(e.getMessage());
            if (m.matches()) {
                int line = read.lines().get(Integer.parseInt(m.group(1)));
                throw PosteriorCsv.error(file, line, m.group(2));
            }
            throw PosteriorCsv.error(file, read.header(), e.getMessage());
        }
        for (String path : p.paths()) {
            if (set.contains(path) || varied.contains(path)) {
                throw CliException.usage((set.contains(path) ? "--set " : "--vary ") + path + " and --posterior " + file + " exclude each other: "
                        + "the posterior sets " + path + " in every run");
            }
        }
        return p;
    }

    /**
     * Refuses {@code --posterior} on an engine other than this machine's: the sample is not
     * shipped to a cluster's executors, whose figures would then silently ignore it.
     *
     * @param engine where the Monte Carlos run
     * @throws CliException (exit 2) with {@code --posterior} on another engine
     */
    public void requireLocal(MonteCarloEngine engine) {
        if (file != null && engine != MonteCarloEngine.LOCAL) {
            throw CliException.usage("--posterior runs on this machine only: the Spark entry does not ship the "
                    + "sample to its executors yet");
        }
    }

    /**
     * Adds the posterior file, its SHA-256 and its particle count to a provenance (nothing without the option).
     *
     * @param p the provenance
     * @return {@code p}
     */
    public Provenance describe(Provenance p) {
        if (read == null) {
            return p;
        }
        return p.with("posterior", file.toString()).with("posteriorSha256", sha256(file))
                .with("posteriorParticles", (long) read.posterior().particles().size());
    }

    private static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw CliException.usage("--posterior " + file + ": cannot read it: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
