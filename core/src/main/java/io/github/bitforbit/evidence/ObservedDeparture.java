package io.github.bitforbit.evidence;

import java.util.Objects;

/**
 * In a historical record, a member of a sanctioning coalition that left while the rest of its
 * side went on, and the window of months in which it did (docs/ODD.md 7.11; docs/VALIDATION.md).
 *
 * @param party     the member's id
 * @param fromMonth first month of the window, counted from step 0, &gt;= 0
 * @param toMonth   last month of the window, &gt;= fromMonth
 */
public record ObservedDeparture(String party, int fromMonth, int toMonth) {
    /**
     * Checks the window.
     *
     * @param party     the member's id, not null
     * @param fromMonth from 0
     * @param toMonth   from {@code fromMonth}
     */
    public ObservedDeparture {
        Objects.requireNonNull(party, "party");
        if (fromMonth < 0 || toMonth < fromMonth) {
            throw new IllegalArgumentException("observed.left." + party + ": the window must be 0 <= from <= to months: "
                    + fromMonth + ".." + toMonth);
        }
    }
}
