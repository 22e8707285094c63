package nl.klantregistratie.history;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filter of the Historie page: changes by one user, in a period (dates inclusive, Dutch time), of one
 * registration (by klantnummer), of one kind. Every part is optional.
 */
public record HistoryQuery(
        @Nullable String username,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long klantnummer,
        HistoryEntry.@Nullable Kind kind) {

    public static HistoryQuery all() {
        return new HistoryQuery(null, null, null, null, null);
    }
}
