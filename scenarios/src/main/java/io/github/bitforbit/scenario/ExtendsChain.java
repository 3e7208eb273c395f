package io.github.bitforbit.scenario;

import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Position;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;
import io.github.bitforbit.validation.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads scenario files and applies {@code extends}: the base (a built-in scenario or a file)
 * first, the extending document on top ({@link Merge}), at most {@value #MAX_DEPTH} levels deep,
 * never round in a circle, and under an {@link ExtendsPolicy}. It remembers the real path of
 * every file it read. Files are read through a bounded stream, never more than the size limit
 * plus one byte, so a device or an endless pipe cannot exhaust memory.
 */
final class ExtendsChain {
    /** Most levels of {@code extends}. */
    static final int MAX_DEPTH = 16;

    private static final String RESOURCES = "/io/github/bitforbit/scenario/builtin/";

    private final ExtendsPolicy policy;
    private final List<Path> read = new ArrayList<>();
    /** The real directory that confined file extends must stay in (null: no file may be extended). */
    private Path root;

    ExtendsChain(ExtendsPolicy policy) {
        this.policy = policy;
    }

    /** The real paths of every file read, in the order they were read. */
    List<Path> files() {
        return List.copyOf(read);
    }

    /** A scenario file with its extends chain applied. */
    MapNode file(Path file) {
        Path shown = file.normalize().toString().isEmpty() ? file : file.normalize();
        MapNode doc = read(file, new Position(shown.toString(), 1, 1));
        Path dir = file.toAbsolutePath().getParent();
        root = real(dir);
        Path real = real(file);
        if (real != null) {
            read.add(real);
        }
        return resolve(doc, dir, shown.getParent(), List.of(real != null ? real.toString() : key(file)));
    }

    /** Parsed text named {@code sourceName}, with its extends chain applied. */
    MapNode text(MapNode doc, String sourceName) {
        Path dir;
        Path shownDir;
        try {
            Path p = Path.of(sourceName);
            dir = p.toAbsolutePath().getParent();
            shownDir = p.normalize().getParent();
        } catch (InvalidPathException e) {
            dir = null;
            shownDir = null;
        }
        // confined text may only extend files in the directory of its source, if that exists
        root = dir == null ? null : real(dir);
        return resolve(doc, dir, shownDir, List.of(sourceName));
    }

    /** A built-in scenario with its extends chain applied. */
    static MapNode builtIn(String name) {
        String k = "builtin/" + name + ".yaml";
        return new ExtendsChain(ExtendsPolicy.CONFINED).resolve(builtInTree(name, null), null, null, List.of(k));
    }

    private static MapNode builtInTree(String name, Position from) {
        String file = "builtin/" + name + ".yaml";
        try (InputStream in = Scenarios.class.getResourceAsStream(RESOURCES + name + ".yaml")) {
            if (in == null) {
                throw new ScenarioException(new Problem(from == null ? file : from.file(), from == null ? 1 : from.line(),
                        from == null ? 1 : from.column(), "extends", "built-in scenario '" + name + "' is missing"));
            }
            return TreeReader.read(in.readNBytes((int) TreeReader.MAX_BYTES + 1), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file's document, at most the size limit plus one byte of it. */
    private static MapNode read(Path file, Position at) {
        try {
            if (Files.isDirectory(file)) {
                throw fileProblem(at, "is a directory, not a scenario file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > TreeReader.MAX_BYTES) {
                throw fileProblem(at, "file is " + Files.size(file) + " bytes, over the " + TreeReader.MAX_BYTES
                        + "-byte limit");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) TreeReader.MAX_BYTES + 1);
            }
            if (bytes.length > TreeReader.MAX_BYTES) {
                // a device, a pipe or a file that grew: the size was not known in advance
                throw fileProblem(at, "more than " + TreeReader.MAX_BYTES + " bytes, over the limit (reading stopped there)");
            }
            return TreeReader.read(bytes, at.file());
        } catch (NoSuchFileException e) {
            throw fileProblem(at, "no such file");
        } catch (AccessDeniedException e) {
            throw fileProblem(at, "cannot be read: permission denied");
        } catch (IOException | SecurityException e) {
            throw fileProblem(at, "cannot be read: " + TreeReader.oneLine(e.getMessage()));
        }
    }

    private MapNode resolve(MapNode doc, Path dir, Path shownDir, List<String> chain) {
        Node ext = doc.get("extends");
        if (ext == null) {
            return doc;
        }
        if (!(ext instanceof Scalar s) || s.type() != ScalarType.STRING || s.text().isBlank()) {
            throw problem(ext.at(), "expected a built-in scenario name or a file path, found " + ext.describe());
        }
        if (chain.size() > MAX_DEPTH) {
            throw problem(ext.at(), "more than " + MAX_DEPTH + " levels of extends");
        }
        String target = s.text().trim();
        List<String> next = new ArrayList<>(chain);
        boolean isFile = target.contains("/") || target.contains("\\") || target.matches(".*\\.(ya?ml|json)$");
        if (!isFile) {
            if (!Scenarios.BUILT_IN.contains(target)) {
                throw problem(ext.at(), "unknown built-in scenario '" + Node.excerpt(target) + "'"
                        + Suggestions.didYouMean(target, Scenarios.BUILT_IN) + " (built in: "
                        + String.join(", ", Scenarios.BUILT_IN) + "; a file path needs a / or a .yaml ending)");
            }
            String k = "builtin/" + target + ".yaml";
            next.add(circle(chain, k, ext));
            return Merge.extend(resolve(builtInTree(target, ext.at()), null, null, next), doc);
        }
        String quoted = "extends '" + Node.excerpt(target) + "': ";
        Path p;
        Path shown;
        try {
            p = dir == null ? Path.of(target) : dir.resolve(target);
            shown = (shownDir == null ? Path.of(target) : shownDir.resolve(target)).normalize();
        } catch (InvalidPathException e) {
            throw problem(ext.at(), "'" + Node.excerpt(target) + "' is not a valid path");
        }
        if (!Files.exists(p)) {
            throw problem(ext.at(), quoted + "no such file");
        }
        if (Files.isDirectory(p)) {
            throw problem(ext.at(), quoted + "is a directory, not a scenario file");
        }
        if (!Files.isRegularFile(p)) {
            throw problem(ext.at(), quoted + "not a regular file (a device, a pipe or a socket), not a scenario file");
        }
        Path real = real(p);
        if (real == null) {
            throw problem(ext.at(), quoted + "cannot be read");
        }
        if (policy == ExtendsPolicy.CONFINED && (root == null || !real.startsWith(root))) {
            throw problem(ext.at(), quoted + "outside the scenario's directory; extends is confined to it"
                    + " (a built-in name, or a file in the same directory tree)");
        }
        next.add(circle(chain, real.toString(), ext));
        MapNode base = read(p, new Position(shown.toString(), 1, 1));
        read.add(real);
        return Merge.extend(resolve(base, p.toAbsolutePath().getParent(), shown.getParent(), next), doc);
    }

    private static String circle(List<String> chain, String k, Node ext) {
        if (chain.contains(k)) {
            throw problem(ext.at(), "extends goes round in a circle: " + display(chain) + " -> " + display(List.of(k)));
        }
        return k;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static String key(Path file) {
        try {
            return file.toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return file.toString();
        }
    }

    private static String display(List<String> chain) {
        List<String> out = new ArrayList<>();
        for (String c : chain) {
            int slash = Math.max(c.lastIndexOf('/'), c.lastIndexOf('\\'));
            out.add(c.startsWith("builtin/") ? c : c.substring(slash + 1));
        }
        return String.join(" -> ", out);
    }

    private static ScenarioException fileProblem(Position at, String message) {
        return new ScenarioException(new Problem(at.file(), 1, 1, "", message));
    }

    private static ScenarioException problem(Position at, String message) {
        return new ScenarioException(new Problem(at.file(), at.line(), at.column(), "extends", message));
    }
}
