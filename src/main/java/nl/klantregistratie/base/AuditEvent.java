package nl.klantregistratie.base;

import org.jspecify.annotations.Nullable;

/**
 * Something the security audit trail must record (docs/decisions/0017-audit-log.md): published with
 * Spring's {@code ApplicationEventPublisher} by the feature where it happens, stored by the
 * {@code audit} package with who (the signed-in user, or the given actor), when and from which
 * address. Features publish; none depends on the audit package.
 *
 * @param type what happened
 * @param subject whom or what it concerns: a klant by number only ("klantnummer 100012", for the log
 *     outlives an anonymisation), a username, an API key's name; never a password or a BSN
 * @param detail more about it (a role change "MEDEWERKER → SUPPORT", the number of rows exported)
 * @param actor who did it when nobody is signed in yet (a sign-in attempt), otherwise null
 */
public record AuditEvent(
        Type type,
        @Nullable String subject,
        @Nullable String detail,
        @Nullable String actor) {

    public AuditEvent(Type type, @Nullable String subject, @Nullable String detail) {
        this(type, subject, detail, null);
    }

    /** A list exported: what ("Koppelingen"), and how many rows. */
    public static AuditEvent export(String what, int rows) {
        return new AuditEvent(Type.EXPORT, what, rows == 1 ? "1 rij" : rows + " rijen");
    }

    public enum Type {
        LOGIN,
        LOGIN_FAILED,
        LOGIN_THROTTLED,
        LOGOUT,
        SESSION_EXPIRED,
        ACCESS_DENIED,
        CALL_DENIED,
        USER_CREATED,
        USER_CHANGED,
        USER_DEACTIVATED,
        USER_ACTIVATED,
        PASSWORD_RESET,
        EXPORT,
        BSN_REVEALED,
        BSN_CHANGED,
        ANONYMISED,
        API_KEY_CREATED,
        API_KEY_REVOKED,
        RETENTION
    }
}
