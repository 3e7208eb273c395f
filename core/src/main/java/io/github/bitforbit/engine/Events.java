package io.github.bitforbit.engine;

import io.github.bitforbit.agents.TrustBelief;
import io.github.bitforbit.model.ExogenousEvent;

/**
 * The exogenous events of a scenario (docs/ODD.md section 7.8): each begins at its scheduled step
 * or with its hazard per step, and changes the world for its duration (exercises raise the
 * target's threat perception, elections distract the sanctioner (in a coalition, the member holding it, or every member), summits focus both principals
 * and reset their patience, postponements pause the talks). A random provocation is drawn with
 * the hazard of the target's type, and the sanctioner updates its belief by Bayes' rule on
 * whether one happened; a scheduled provocation is a fact of the case and carries no type
 * information.
 */
final class Events {
    private ExogenousEvent[] events;

    void compile(java.util.List<ExogenousEvent> list) {
        events = list.toArray(new ExogenousEvent[0]);
    }

    int count() {
        return events.length;
    }

    /** Stage 1: the events that begin this step take effect. */
    void begin(World w) {
        w.log.clear();
        w.provocationNow = false;
        Target t = w.target;
        for (ExogenousEvent e : events) {
            boolean starts;
            if (e.isScheduled()) {
                starts = e.at() == w.step;
            } else {
                starts = w.random.nextDouble() < e.hazardFor(t.cooperative);
                if (e.revealsType()) {
                    for (Sanctioner m : w.members) {
                        if (!m.left) {
                            m.believe(TrustBelief.update(m.trust, starts ? e.hazard() : 1 - e.hazard(),
                                    starts ? e.opportunistHazard() : 1 - e.opportunistHazard()),
                                    starts ? "provocation" : "no provocation");
                        }
                    }
                }
            }
            if (!starts) {
                continue;
            }
            int until = w.step + e.duration();
            double m = e.magnitude();
            switch (e.kind()) {
                case EXERCISES -> {
                    w.exercisesUntil = Math.max(w.exercisesUntil, until);
                    w.exerciseMagnitude = m;
                }
                case ELECTION -> {
                    for (Sanctioner member : w.members) {
                        if (e.concerns(member.id)) {
                            member.electionUntil = Math.max(member.electionUntil, until);
                            member.electionMagnitude = m;
                        }
                    }
                }
                case PROVOCATION -> w.provocationNow = true;
                case SUMMIT -> {
                    w.summitUntil = Math.max(w.summitUntil, until);
                    w.summitMagnitude = m;
                    for (Sanctioner member : w.members) {
                        member.lossStreak = 0;
                        member.rejections = 0;
                    }
                    t.lossStreak = 0;
                    t.rejections = 0;
                }
                case POSTPONEMENT -> w.postponedUntil = Math.max(w.postponedUntil, until);
            }
            if (w.tracing) {
                w.record(new TraceEvent.EventStarted(w.step, e.kind(), e.duration()));
            }
        }
    }
}
