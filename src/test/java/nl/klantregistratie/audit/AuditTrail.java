package nl.klantregistratie.audit;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.SignedIn;
import org.jspecify.annotations.Nullable;

/**
 * Reads the audit log as applicatiebeheer reads it ({@link AuditService#search}), in the middle of a
 * test, and gives the test's own signed-in user back afterwards.
 */
public final class AuditTrail {

    private AuditTrail() {}

    /** The newest entries of the filter, at most {@code limit}. */
    public static List<AuditEntry> newest(AuditService audit, AuditFilter filter, int limit) {
        // Vaadin's security context strategy prefers the signed-in user of the current Vaadin session.
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        try {
            return SignedIn.as(Role.SUPPORT, () -> audit.search(filter, 0, limit));
        } finally {
            VaadinSession.setCurrent(session);
        }
    }

    /** The newest entries of this type, at most {@code limit}. */
    public static List<AuditEntry> newest(AuditService audit, AuditEvent.Type type, int limit) {
        return newest(audit, new AuditFilter(null, type, null, null, null, null), limit);
    }

    /** The newest entries of this type by this user (or stand-in), at most {@code limit}. */
    public static List<AuditEntry> newest(
            AuditService audit, AuditEvent.Type type, @Nullable String username, int limit) {
        return newest(audit, new AuditFilter(username, type, null, null, null, null), limit);
    }

    /** The newest entry of this type. */
    public static AuditEntry newest(AuditService audit, AuditEvent.Type type) {
        return newest(audit, type, 1).getFirst();
    }

    /** Where the log stands now: entries stored after this are {@link #since} it. */
    public static long mark(AuditService audit) {
        List<AuditEntry> newest = newest(audit, new AuditFilter(null, null, null, null, null, null), 1);
        return newest.isEmpty() ? 0 : newest.getFirst().getId();
    }

    /** The entries of this type stored after the mark, newest first: what the test itself caused. */
    public static List<AuditEntry> since(AuditService audit, long mark, AuditEvent.Type type) {
        return newest(audit, type, 100).stream()
                .filter(entry -> entry.getId() != null && entry.getId() > mark)
                .toList();
    }

    /** The newest entries whose subject or detail contains the text. */
    public static List<AuditEntry> containing(AuditService audit, String text) {
        return newest(audit, new AuditFilter(null, null, null, null, text, null), 100);
    }
}
