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
 */
public record ObservedRecord(OutcomeKind outcome, int fromMonth, int toMonth, String endedBy, CollapseCause cause,
                             String design, List<String> judgements, List<String> sources) {

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
        if (run.outcome() instanceof Outcome.Collapsed c) {
            return (endedBy == null || endedBy.equals(c.party())) && (cause == null || cause == c.cause());
        }
        return true;
    }
}
