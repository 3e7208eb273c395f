package io.github.bitforbit.evidence;

import io.github.bitforbit.engine.CollapseCause;
import io.github.bitforbit.engine.Outcome;
import io.github.bitforbit.engine.OutcomeKind;
import io.github.bitforbit.engine.RunResult;

import java.util.List;
import java.util.Objects;

/**
 * What happened in a historical case, in the model's terms: the scenario's {@code observed}
 * block. A run matches the record at three levels: its outcome; its outcome within the month
 * window; and, for a collapse, also who walked out and why (each only if the record names it).
 *
 * <p>Months count from the scenario's step 0 (its start date): a run that ends at step s ended in
 * month s. Windows are deliberately wide (see docs/VALIDATION.md): the model is stylised, and the
 * question is whether the record is a likely outcome, not a tuned one.
 *
 * @param outcome    how it ended: completed, collapsed or stalled (to the horizon)
 * @param fromMonth  the first month of the window, {@code >= 0}
 * @param toMonth    the last month of the window, {@code >= fromMonth}
 * @param endedBy    the id of the party that walked out, for a collapse; null if the record does not say
 * @param cause      why it walked out, for a collapse; null if the record does not say
 * @param design     the design under which it happened: a template or rule set of the scenario
 *                   (usually {@code historical})
 * @param judgements every judgement made in reading the record into the model's terms
 * @param sources    public sources of the record
 * @param left       the coalition members that left on their own, each with its window; the
 *                   members not listed stayed (empty: the record says nothing of departures)
 */
public record ObservedRecord(OutcomeKind outcome, int fromMonth, int toMonth, String endedBy, CollapseCause cause,
                             String design, List<String> judgements, List<String> sources,
                             List<ObservedDeparture> left) {

    /** The design a record is read under unless it says otherwise. */
    public static final String DEFAULT_DESIGN = "historical";

    /**
     * Checks the fields and copies the lists.
     *
     * @param outcome see {@link #outcome()}
     * @param fromMonth see {@link #fromMonth()}
     * @param toMonth see {@link #toMonth()}
     * @param endedBy see {@link #endedBy()}
     * @param cause see {@link #cause()}
     * @param design see {@link #design()}
     * @param judgements see {@link #judgements()}
     * @param sources see {@link #sources()}
     * @param left    see {@link #left()}
     */
    public ObservedRecord {
        Objects.requireNonNull(outcome, "outcome");
        if (fromMonth < 0 || toMonth < fromMonth) {
            throw new IllegalArgumentException("observed: the window must be 0 <= from <= to months: " + fromMonth
                    + ".." + toMonth);
        }
        if ((endedBy != null || cause != null) && outcome != OutcomeKind.COLLAPSED) {
            throw new IllegalArgumentException("observed: endedBy and cause apply to a collapse only, not to "
                    + outcome.label());
        }
        design = design == null ? DEFAULT_DESIGN : design;
        judgements = List.copyOf(judgements == null ? List.of() : judgements);
        sources = List.copyOf(sources == null ? List.of() : sources);
        left = List.copyOf(left == null ? List.of() : left);
    }

    /**
     * A record of a side that had no member leave on its own (every version-1 record).
     *
     * @param outcome    how it ended
     * @param fromMonth  first month of the window
     * @param toMonth    last month of the window
     * @param endedBy    for a collapse, who walked out (null: anyone)
     * @param cause      for a collapse, why (null: any cause)
     * @param design     the design in force (null: {@value #DEFAULT_DESIGN})
     * @param judgements the judgements made in reading history into the model's terms
     * @param sources    public sources
     */
    public ObservedRecord(OutcomeKind outcome, int fromMonth, int toMonth, String endedBy, CollapseCause cause,
                          String design, List<String> judgements, List<String> sources) {
        this(outcome, fromMonth, toMonth, endedBy, cause, design, judgements, sources, List.of());
    }

    /**
     * {@return whether the run ended as recorded}
     *
     * @param run a run's result
     */
    public boolean matchesOutcome(RunResult run) {
        return run.outcome().kind() == outcome;
    }

    /**
     * {@return whether the run ended as recorded, within the window}
     *
     * @param run a run's result
     */
    public boolean matchesWindow(RunResult run) {
        int step = run.outcome().step();
        return matchesOutcome(run) && step >= fromMonth && step <= toMonth;
    }

    /**
     * {@return whether the run matches the whole record: outcome, window, and who ended it and how}
     *
     * @param run a run's result
     */
    public boolean matches(RunResult run) {
        if (!matchesWindow(run)) {
            return false;
        }
        if (!matchesDepartures(run)) {
            return false;
        }
        if (run.outcome() instanceof Outcome.Collapsed c) {
            return (endedBy == null || endedBy.equals(c.party())) && (cause == null || cause == c.cause());
        }
        return true;
    }

    /**
     * Whether the run's coalition departures are the record's: each member of {@link #left} left
     * within its window, and no other member left (the others stayed). A record without {@code
     * left} asks nothing of departures.
     *
     * @param run a run of the case's scenario
     * @return true if its departures match
     */
    public boolean matchesDepartures(RunResult run) {
        if (left.isEmpty()) {
            return true;
        }
        for (ObservedDeparture d : left) {
            boolean found = false;
            for (io.github.bitforbit.engine.Departure r : run.departures()) {
                if (r.party().equals(d.party()) && r.step() >= d.fromMonth() && r.step() <= d.toMonth()) {
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        for (io.github.bitforbit.engine.Departure r : run.departures()) {
            if (left.stream().noneMatch(d -> d.party().equals(r.party()))) {
                return false;
            }
        }
        return true;
    }
}
