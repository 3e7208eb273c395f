package io.github.bitforbit.engine;

import io.github.bitforbit.model.ExogenousEvent;

/**
 * The exogenous events of a scenario (docs/ODD.md section 7.8): each begins at its scheduled step
 * or with its hazard per step, and changes the world for its duration (exercises raise the
 * target's threat perception, elections distract the sanctioner, provocations and summits move
 * trust, postponements pause the talks).
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
        Sanctioner s = w.sanctioner;
        Target t = w.target;
        for (ExogenousEvent e : events) {
            boolean starts = e.isScheduled() ? e.at() == w.step : w.random.nextDouble() < e.hazard();
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
                    w.electionUntil = Math.max(w.electionUntil, until);
                    w.electionMagnitude = m;
                }
                case PROVOCATION -> {
                    w.provocationNow = true;
                    s.believe(s.trust * (1 - Math.min(1.0, m)), "provocation");
                }
                case SUMMIT -> {
                    s.believe(s.trust + Math.min(1.0, m) * (1 - s.trust), "summit");
                    t.believe(t.trust + Math.min(1.0, m) * (1 - t.trust), "summit");
                }
                case POSTPONEMENT -> w.postponedUntil = Math.max(w.postponedUntil, until);
            }
            if (w.tracing) {
                w.record(new TraceEvent.EventStarted(w.step, e.kind(), e.duration()));
            }
        }
    }
}
