package io.github.bitforbit.scenario;

import io.github.bitforbit.rules.AgreementDesign;
import io.github.bitforbit.rules.Template;
import io.github.bitforbit.scenario.Node.ListNode;
import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Position;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;
import io.github.bitforbit.validation.Warning;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each element of the scenario that the core names by a dotted path of ids (such as
 * {@code parties.DPRK} or {@code ruleSets.historical.phases.freeze}) is written in the file, and
 * under which path of the file ({@code parties[1]}, {@code ruleSets[0].phases[0]}). The readers
 * record each element as they read it; what the core then finds in the scenario (its problems,
 * its warnings) is located back in the file through it.
 */
final class SourceLocations {
    /** A name the core quotes in a message, e.g. {@code 'coal'}. */
    static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** Core path (ids) to where it is in the file. */
    private final Map<String, Located> where = new LinkedHashMap<>();
    /** Ids of parties and concessions that were written but cannot be read. */
    private final Set<String> unreadable = new HashSet<>();
    private final MapNode root;
    private final FileProblems problems;

    private record Located(String path, Node node) {
    }

    /**
     * @param root     the file's tree: the whole scenario, written at its start
     * @param problems where the core's problems are recorded once located
     */
    SourceLocations(MapNode root, FileProblems problems) {
        this.root = root;
        this.problems = problems;
    }

    /** Records that the element the core calls {@code corePath} is written at {@code node}, under {@code path}. */
    void put(String corePath, String path, Node node) {
        where.put(corePath, new Located(path, node));
    }

    /** Records the id of an entry that could not be read, so that references to it raise nothing more. */
    void unreadable(MapNode entry) {
        if (entry.get("id") instanceof Scalar id && id.type() == ScalarType.STRING) {
            unreadable.add(id.text());
        }
    }

    /** {@return whether a party or concession of this id is written but could not be read} */
    boolean isUnreadable(String id) {
        return unreadable.contains(id);
    }

    /** Locates a core problem (its dotted path and message) back in the file and records it. */
    void report(io.github.bitforbit.validation.Problem problem) {
        String p = problem.toString();
        String corePath = problem.path();
        String message = problem.message();
        String best = nearest(corePath);
        Located loc = at(best);
        String rest = rest(corePath, best);
        if (loc.path().equals("ruleSet") && best.startsWith("ruleSets.") && Template.byName(best.substring(9)).isPresent()) {
            problems.add(loc.node(), "ruleSet", "under the " + best.substring(9) + " template" + (rest.isEmpty() ? "" : ", "
                    + rest.replace("phases.", "phase '").replaceFirst("$", rest.startsWith("phases.") ? "'" : "")) + ": " + message);
            return;
        }
        Node node = loc.node();
        String path = loc.path();
        Located key = key(loc, rest);
        if (key != null) {
            node = key.node();
            path = key.path();
        } else if (!rest.isEmpty() && !(best.isEmpty() && corePath.startsWith("design"))) {
            path = ValueReader.join(path, rest);
        }
        if (node instanceof MapNode u && loc.path().equals("uncertain")) {
            Matcher q = QUOTED.matcher(message);
            if (q.find() && u.get(q.group(1)) != null) {
                problems.add(u.keyAt(q.group(1)), "uncertain." + q.group(1), message);
                return;
            }
        }
        if (node instanceof ListNode l) {
            Matcher q = QUOTED.matcher(message);
            if (q.find()) {
                for (int i = 0; i < l.items().size(); i++) {
                    if (l.items().get(i) instanceof Scalar s && s.text().equals(q.group(1))) {
                        node = s;
                        path = path + "[" + i + "]";
                        break;
                    }
                }
            }
        }
        if (best.isEmpty() && !corePath.isEmpty() && !corePath.matches("[\\w.\\[\\] -]+")) {
            message = p;
        } else if (best.isEmpty() && corePath.startsWith("design ")) {
            message = p;
            path = "ruleSet";
        }
        problems.add(node, path, message);
    }

    /**
     * The warnings, each at the element its path names: the phase or rule, or the key of it the
     * path ends in where that is written ({@code sanctioner}, {@code then}). A warning about the
     * default design ({@code ruleSet.…}) is located where that design is written: its inline rule
     * set, or the {@code ruleSet} key (the start of the file without one) for a template.
     *
     * @param warnings the scenario's warnings ({@code Scenario.warnings()})
     * @param design   the scenario's default design
     */
    List<LocatedWarning> locate(List<Warning> warnings, AgreementDesign design) {
        return warnings.stream().map(w -> {
            String corePath = w.path().equals("ruleSet") || w.path().startsWith("ruleSet.")
                    ? "ruleSets." + design.name() + w.path().substring("ruleSet".length()) : w.path();
            String best = nearest(corePath);
            Located loc = at(best);
            Located key = key(loc, rest(corePath, best));
            Position at = (key == null ? loc : key).node().at();
            return new LocatedWarning(at.file(), at.line(), at.column(), w);
        }).toList();
    }

    /** The longest core path recorded that is {@code corePath} or contains it ("" if none). */
    private String nearest(String corePath) {
        String best = "";
        for (String k : where.keySet()) {
            if (k.length() > best.length() && (corePath.equals(k) || corePath.startsWith(k + ".")
                    || corePath.startsWith(k + "["))) {
                best = k;
            }
        }
        return best;
    }

    private Located at(String corePath) {
        return where.getOrDefault(corePath, new Located("", root));
    }

    /** What of {@code corePath} is left below the element recorded as {@code best}. */
    private static String rest(String corePath, String best) {
        return corePath.length() > best.length() ? corePath.substring(best.length()).replaceFirst("^\\.", "") : "";
    }

    /** The key {@code rest} of the mapping at {@code loc} where it is written there, else null. */
    private static Located key(Located loc, String rest) {
        return !rest.isEmpty() && loc.node() instanceof MapNode m && m.get(rest) != null
                ? new Located(ValueReader.join(loc.path(), rest), m.get(rest)) : null;
    }
}
