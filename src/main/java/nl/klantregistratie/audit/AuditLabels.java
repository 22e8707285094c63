package nl.klantregistratie.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.OfficeTime;

/** How the audit log's page and its export name an entry's time, user and type, in the user's language. */
public final class AuditLabels {

    private static final String TYPE_PREFIX = "audit.type.";

    private AuditLabels() {}

    public static String when(Instant instant) {
        return OfficeTime.formatToTheSecond(instant); // the order of sign-ins and refusals matters
    }

    /** "audit.type.login_failed": the translation key of a type. */
    public static String typeKey(AuditEvent.Type type) {
        return TYPE_PREFIX + type.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type in the user's language; its name when no translation exists yet (a type added by
     * other work is shown, never hidden).
     */
    public static String type(AuditEvent.Type type, Function<String, String> translate) {
        String text = translate.apply(typeKey(type));
        return text.startsWith("!") ? type.name() : text;
    }

    /** The username, or the translated stand-in for nobody known. */
    public static String who(String username, Function<String, String> translate) {
        return switch (username) {
            case AuditEntry.UNKNOWN_USERNAME -> translate.apply("audit.who.unknown");
            case AuditEntry.ANONYMOUS -> translate.apply("audit.who.anonymous");
            case AuditEntry.SYSTEM -> translate.apply("audit.who.system");
            default -> username;
        };
    }
}
