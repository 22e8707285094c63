package nl.klantregistratie.audit;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the audit log as applicatiebeheer reads it ({@link AuditService#search}), in the middle of a
 * test, and gives the test's own signed-in user back afterwards.
 */
public final class AuditTrail {

    private AuditTrail() {}

    /** The newest entries of the filter, at most {@code limit}. */
    public static List<AuditEntry> newest(AuditService audit, AuditFilter filter, int limit) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext support = SecurityContextHolder.createEmptyContext();
        support.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                Role.SUPPORT.name().toLowerCase(Locale.ROOT),
                null,
                Role.SUPPORT.included().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
        // Vaadin's security context strategy prefers the signed-in user of the current Vaadin session.
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        SecurityContextHolder.setContext(support);
        try {
            return audit.search(filter, 0, limit);
        } finally {
            SecurityContextHolder.setContext(previous);
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

    /** The newest entries whose subject or detail contains the text. */
    public static List<AuditEntry> containing(AuditService audit, String text) {
        return newest(audit, new AuditFilter(null, null, null, null, text, null), 100);
    }
}
