package io.github.bitforbit.scenario;

import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems found in one scenario file, each located where it is written: what every part of
 * the reader records into, in the order it reads, and what a {@link ScenarioException} lists in
 * file order once the whole file has been read.
 */
final class FileProblems {
    private static final Pattern FIELD_PATH = Pattern.compile("^[A-Za-z][\\w-]*(?:[.\\[][^:]*)?: (.*)$");

    private final List<Problem> problems = new ArrayList<>();
    private final MapNode root;

    /** @param root the file's tree: where a problem without a node of its own is located */
    FileProblems(MapNode root) {
        this.root = root;
    }

    /** Records a problem at {@code n} (the start of the file if it is null). */
    void add(Node n, String path, String message) {
        add(n == null ? root.at() : n.at(), path, message);
    }

    /** Records a problem at a place in a file. */
    void add(Position at, String path, String message) {
        problems.add(new Problem(at.file(), at.line(), at.column(), path, message));
    }

    /** Records why the core refused what is written at {@code n}, without the core's own field path. */
    void refused(Node n, String path, IllegalArgumentException e) {
        add(n, path, strip(e.getMessage()));
    }

    /** {@return the problems found so far} */
    int count() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** {@return the problems, each once, in file order (then in the order they were found)} */
    List<Problem> inFileOrder() {
        List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return sorted;
    }

    /** Drops a leading field path such as {@code parties.DPRK.discount: } from a core message. */
    static String strip(String message) {
        String m = TreeReader.oneLine(message);
        Matcher x = FIELD_PATH.matcher(m);
        if (x.matches() && m.indexOf(": ") > 0 && m.substring(0, m.indexOf(": ")).matches("[\\w.\\[\\]-]+")
                && m.substring(0, m.indexOf(": ")).contains(".")) {
            return x.group(1);
        }
        return m;
    }
}
