package io.github.bitforbit.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A recorder that keeps every event: the ordered story of one run, as data and as text.
 */
public final class Trace implements TraceRecorder {
    private final List<TraceEvent> events = new ArrayList<>();

    @Override
    public void record(TraceEvent event) {
        events.add(event);
    }

    /**
     * The whole story.
     *
     * @return the events in the order they happened (a read-only view)
     */
    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /**
     * The events of one type, e.g. every {@link TraceEvent.Inspected}.
     *
     * @param <T>  the event type
     * @param type its class
     * @return those events, in order (a copy)
     */
    public <T extends TraceEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The trace as text, one line per step with something to tell (plus a final line):
     * {@code month 3  DPRK performs test-freeze; test-freeze verified  trust USA->DPRK 0.31 DPRK->USA 0.40}.
     * Trust changes are left out of the lines; the trust at each step's end is printed instead.
     *
     * @param sanctioner the sanctioner's id, as the trust columns name it
     * @param target     the target's id
     * @return the text, lines ended by the platform's line separator
     */
    public String format(String sanctioner, String target) {
        StringBuilder out = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.StepEnd s) {
                if (!parts.isEmpty()) {
                    out.append(String.format(Locale.ROOT, "month %-3d %s  trust %s->%s %.2f %s->%s %.2f%n",
                            s.step() + 1, String.join("; ", parts), sanctioner, target, s.trustInTarget(), target,
                            sanctioner, s.trustInSanctioner()));
                    parts.clear();
                }
            } else if (e instanceof TraceEvent.Ended end) {
                out.append("outcome: ").append(end.outcome()).append(System.lineSeparator());
            } else if (!(e instanceof TraceEvent.TrustChanged)) {
                parts.add(e.describe());
            }
        }
        return out.toString();
    }
}
