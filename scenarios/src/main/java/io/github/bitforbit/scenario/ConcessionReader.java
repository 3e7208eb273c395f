package io.github.bitforbit.scenario;

import io.github.bitforbit.scenario.Node.MapNode;
import io.github.bitforbit.scenario.Node.Scalar;
import io.github.bitforbit.scenario.Node.ScalarType;
import io.github.bitforbit.terms.Assurance;
import io.github.bitforbit.terms.AssuranceKind;
import io.github.bitforbit.terms.Concession;
import io.github.bitforbit.terms.DisarmamentStep;
import io.github.bitforbit.terms.Reimposition;
import io.github.bitforbit.terms.Relief;
import io.github.bitforbit.terms.Aid;
import io.github.bitforbit.terms.SanctionTranche;
import io.github.bitforbit.terms.SnapbackMode;
import io.github.bitforbit.validation.Suggestions;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code concessions} list: each disarmament step (deterrence share, reversibility,
 * verifiability, its own false-alarm rate, whether it is a continuing obligation), sanction tranche (weight, snapback, political cost,
 * re-imposition), aid (value per step in place of the weight, and an optional duration) and
 * assurance (threat reduction, pain relief, political cost), owned by the principal of its kind
 * unless it names an owner.
 */
final class ConcessionReader extends SectionReader {

    /**
     * @param values reads the values of the keys
     * @param where  where each concession read (or written but unreadable) is recorded
     */
    ConcessionReader(ValueReader values, SourceLocations where) {
        super(values, where);
    }

    /**
     * Every concession of the file's {@code concessions} that can be read.
     *
     * @param sanctionerIds the sanctioning side's members: the one member owns a tranche or
     *                      assurance that names none; a coalition's must name theirs
     * @param targetId     the owner of a step that names none (null if unknown)
     */
    List<Concession> read(MapNode root, List<String> sanctionerIds, String targetId) {
        List<Concession> concessions = new ArrayList<>();
        Node concessionsNode = root.get("concessions");
        if (concessionsNode != null) {
            where.put("concessions", "concessions", concessionsNode);
        }
        List<MapNode> cNodes = values.objects(root, Format.SCENARIO.get("concessions"), "");
        for (int i = 0; i < cNodes.size(); i++) {
            if (cNodes.get(i) != null) {
                Concession c = concession(cNodes.get(i), "concessions[" + i + "]", sanctionerIds, targetId);
                if (c != null) {
                    concessions.add(c);
                } else {
                    where.unreadable(cNodes.get(i));
                }
            }
        }
        return concessions;
    }

    private Concession concession(MapNode m, String path, List<String> sanctionerIds, String targetId) {
        ObjectSpec spec = Format.CONCESSION;
        Entry entry = entry(m, spec, path, "concessions");
        if (entry == null) {
            return null;
        }
        String id = entry.id();
        String kind = entry.variant();
        String owner = values.id(m, spec.get("owner"), path);
        if (owner == null && m.get("owner") == null) {
            if (!kind.equals(Format.DISARMAMENT) && sanctionerIds.size() > 1) {
                // a coalition: which member gives it is the point, so it is never guessed
                problems.add(m, path + ".owner", "a " + kind + " of a sanctioning side of several members needs an "
                        + "owner: one of " + String.join(", ", sanctionerIds));
                return null;
            }
            owner = kind.equals(Format.DISARMAMENT) ? targetId : sanctionerIds.isEmpty() ? null : sanctionerIds.get(0);
            if (owner == null) {
                return null; // the missing principal is reported once, on parties
            }
        }
        if (owner == null) {
            return null;
        }
        String base = "concessions." + id + ".";
        try {
            if (kind.equals(Format.DISARMAMENT)) {
                double deterrence = values.number(m, spec.get("deterrence", kind), path, base + "deterrence");
                Integer reversal = steps(m, spec.get("reversibility", kind), path);
                double verifiability = values.number(m, spec.get("verifiability", kind), path, base + "verifiability");
                double falseAlarm = m.get("falseAlarm") == null ? DisarmamentStep.SCENARIO_FALSE_ALARM
                        : values.number(m, spec.get("falseAlarm", kind), path, base + "falseAlarm");
                if (reversal == null) {
                    return null;
                }
                boolean continuing = values.bool(m, spec.get("continuing", kind), path,
                        DisarmamentStep.continuingByDefault(reversal));
                if (continuing && !DisarmamentStep.continuingByDefault(reversal)) {
                    // breaking an obligation is undoing the step: an irreversible one has nothing to break
                    problems.add(m.get("continuing"), path + ".continuing", "an irreversible step cannot be "
                            + "continuing: breaking the obligation would undo the step, and it cannot be undone "
                            + "(give it a reversibility in steps, or drop 'continuing: true')");
                    return null;
                }
                return new DisarmamentStep(id, owner, deterrence, reversal, verifiability, falseAlarm, continuing);
            }
            if (kind.equals(Format.TRANCHE) || kind.equals(Format.AID)) {
                boolean tranche = kind.equals(Format.TRANCHE);
                String size = tranche ? "weight" : "value";
                double amount = values.number(m, spec.get(size, kind), path, base + size);
                String snap = values.choice(m, spec.get("snapback", kind), path);
                Field costField = spec.get("politicalCost", kind);
                double cost = m.get("politicalCost") == null ? Relief.POLITICAL_COST_PER_UNIT * amount
                        : values.number(m, costField, path, base + "politicalCost");
                String re = values.choice(m, spec.get("reimposable", kind), path);
                // aid's duration: a whole number of steps >= 1; absent, it flows until suspended
                Integer duration = tranche || m.get("duration") == null ? Integer.valueOf(Aid.UNTIL_SUSPENDED)
                        : values.integer(m, spec.get("duration", kind), path);
                if (snap == null || re == null && m.get("reimposable") != null || duration == null) {
                    return null;
                }
                SnapbackMode mode = Format.constant(SnapbackMode.class, snap);
                Reimposition reimposable = re == null ? Reimposition.defaultFor(mode) : Format.constant(Reimposition.class, re);
                return tranche ? new SanctionTranche(id, owner, amount, mode, cost, reimposable)
                        : new Aid(id, owner, amount, mode, cost, reimposable, duration);
            }
            double threat = values.number(m, spec.get("threatReduction", kind), path, base + "threatReduction");
            double relief = values.number(m, spec.get("painRelief", kind), path, base + "painRelief");
            double cost = values.number(m, spec.get("politicalCost", kind), path, base + "politicalCost");
            return new Assurance(id, owner, Format.constant(AssuranceKind.class, kind), threat, relief, cost);
        } catch (IllegalArgumentException e) {
            problems.refused(m, path, e);
            return null;
        }
    }

    /** A step's reversibility: a whole number of steps, or {@code irreversible} (also when absent). */
    private Integer steps(MapNode m, Field f, String path) {
        Node n = m.get(f.name());
        String at = path + "." + f.name();
        if (n == null) {
            return DisarmamentStep.IRREVERSIBLE;
        }
        if (n instanceof Scalar s && s.type() == ScalarType.STRING && s.text().equals(Format.IRREVERSIBLE)) {
            return DisarmamentStep.IRREVERSIBLE;
        }
        if (n instanceof Scalar s && s.type() == ScalarType.INTEGER) {
            return values.integer(m, f, path);
        }
        problems.add(n, at, "expected a whole number of steps >= 1 or 'irreversible', found " + n.describe()
                + (n instanceof Scalar s && s.type() == ScalarType.STRING
                ? Suggestions.didYouMean(s.text(), List.of(Format.IRREVERSIBLE)) : ""));
        return null;
    }
}
