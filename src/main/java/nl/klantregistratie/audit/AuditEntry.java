package nl.klantregistratie.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.klantregistratie.base.AuditEvent;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log: when, who (a username, or one of the stand-ins {@link #UNKNOWN_USERNAME},
 * {@link #ANONYMOUS}, {@link #SYSTEM}), from which client address, what, about whom or what, and more
 * about it. Written once, never changed; its texts are on one line and hold no BSN ({@link AuditTexts}).
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    /** Who tried to sign in with a name that is no account (it may have been a password typed in the wrong field). */
    public static final String UNKNOWN_USERNAME = "onbekende gebruikersnaam";

    /** Nobody was signed in (a request before sign-in). No username has parentheses, so none looks like this. */
    public static final String ANONYMOUS = "(anoniem)";

    /** The application itself, outside any request: start-up, scheduled work. */
    public static final String SYSTEM = "(systeem)";

    static final int USERNAME_LENGTH = 100;
    static final int ADDRESS_LENGTH = 64;
    static final int SUBJECT_LENGTH = 200;
    static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username = "";

    @Column(length = ADDRESS_LENGTH)
    private @Nullable String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private AuditEvent.Type type = AuditEvent.Type.LOGIN;

    @Column(length = SUBJECT_LENGTH)
    private @Nullable String subject;

    @Column(length = DETAIL_LENGTH)
    private @Nullable String detail;

    protected AuditEntry() {}

    AuditEntry(
            Instant occurredAt,
            String username,
            @Nullable String clientAddress,
            AuditEvent.Type type,
            @Nullable String subject,
            @Nullable String detail) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.clientAddress = clientAddress;
        this.type = type;
        this.subject = subject;
        this.detail = detail;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public @Nullable String getClientAddress() {
        return clientAddress;
    }

    public AuditEvent.Type getType() {
        return type;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    @Override
    public String toString() {
        return occurredAt + " " + username + " " + clientAddress + " " + type + " " + subject + " " + detail;
    }
}
