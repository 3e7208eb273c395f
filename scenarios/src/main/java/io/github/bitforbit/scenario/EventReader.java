package io.github.bitforbit.scenario;

import io.github.bitforbit.model.EventKind;
import io.github.bitforbit.model.ExogenousEvent;
import io.github.bitforbit.scenario.Node.MapNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code events} list: exogenous events (exercises, elections, provocations, summits,
 * postponements), each either scheduled ({@code at} a step) or random (a {@code hazard} per step),
 * with its duration and magnitude, a random provocation's hazard for an opportunist target, and the
 * sanctioner an election belongs to.
 */
final class EventReader extends SectionReader {

    /**
     * @param values reads the values of the keys
     * @param where  where each event read is recorded
     */
    EventReader(ValueReader values, SourceLocations where) {
        super(values, where);
    }

    /** Every event of the file's {@code events} that can be read. */
    List<ExogenousEvent> read(MapNode root) {
        List<ExogenousEvent> events = new ArrayList<>();
        List<MapNode> eNodes = values.objects(root, Format.SCENARIO.get("events"), "");
        for (int i = 0; i < eNodes.size(); i++) {
            if (eNodes.get(i) != null) {
                ExogenousEvent e = event(eNodes.get(i), "events[" + i + "]", events.size());
                if (e != null) {
                    events.add(e);
                }
            }
        }
        return events;
    }

    /** The event at {@code path}, the {@code index}-th the core will see. */
    private ExogenousEvent event(MapNode m, String path, int index) {
        ObjectSpec spec = Format.EVENT;
        values.checkKeys(m, spec, null, path);
        where.put("events[" + index + "]", path, m);
        String kind = values.choice(m, spec.get("kind"), path);
        Integer at = m.get("at") == null ? Integer.valueOf(-1) : values.integer(m, spec.get("at"), path);
        String base = "events[" + index + "].";
        double hazard = values.number(m, spec.get("hazard"), path, base + "hazard");
        Integer duration = values.integer(m, spec.get("duration"), path);
        double opportunistHazard = m.get("opportunistHazard") == null ? Double.NaN
                : values.number(m, spec.get("opportunistHazard"), path, base + "opportunistHazard");
        if (m.get("magnitude") == null && kind != null && !kind.equals("postponement") && !kind.equals("provocation")) {
            problems.add(m, path, "missing required key 'magnitude' (the strength of the " + kind + ")");
        }
        double magnitude = values.number(m, spec.get("magnitude"), path, base + "magnitude");
        String party = m.get("party") == null ? null : values.id(m, spec.get("party"), path);
        if (kind == null || at == null || duration == null) {
            return null;
        }
        if (party != null && !kind.equals(EventKind.ELECTION.label())) {
            problems.add(m.get("party"), path + ".party", "only an election is held by one party (this is " + kind + ")");
            return null;
        }
        if (at >= 0 && m.get("hazard") != null) {
            problems.add(m.get("hazard"), path + ".hazard", "a scheduled event (at " + at + ") cannot also have a hazard");
            return null;
        }
        if (at < 0 && m.get("hazard") == null) {
            problems.add(m, path, "give 'at' (a scheduled event) or 'hazard' (a random one)");
            return null;
        }
        try {
            return new ExogenousEvent(Format.constant(EventKind.class, kind), at, hazard, duration, magnitude,
                    opportunistHazard, party);
        } catch (IllegalArgumentException e) {
            problems.refused(m, path, e);
            return null;
        }
    }
}
