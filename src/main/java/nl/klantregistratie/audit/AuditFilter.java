package nl.klantregistratie.audit;

import java.time.Instant;
import java.time.LocalDate;
import nl.klantregistratie.base.AuditEvent;
import org.jspecify.annotations.Nullable;

/**
 * Filter of the audit log: entries of one user, of one type, in a period (dates inclusive, Dutch time),
 * whose subject or detail contains a text (case ignored), recorded no later than a moment (so a page
 * being read does not shift while new entries come in). Every part is optional.
 */
public record AuditFilter(
        @Nullable String username,
        AuditEvent.@Nullable Type type,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String text,
        @Nullable Instant until) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public AuditFilter withUntil(@Nullable Instant moment) {
        return new AuditFilter(username, type, from, to, text, moment);
    }
}
