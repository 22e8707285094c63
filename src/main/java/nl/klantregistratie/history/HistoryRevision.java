package nl.klantregistratie.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One revision: a transaction that changed registrations, with who made it and when. Envers writes
 * it (filled by {@link HistoryRevisionListener}); the audit rows in {@code registration_aud} point
 * at it. Numbers come from a sequence with increment 1, so the order of revisions is the order of
 * the changes, also with more than one application node.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(HistoryRevisionListener.class)
class HistoryRevision {

    /** Revision of the baseline written by V4__history.sql for registrations older than the history. */
    static final long BASELINE = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
    @RevisionNumber
    private @Nullable Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private @Nullable Instant changedAt;

    @Column(nullable = false, length = 100)
    private String username = HistoryEntry.SYSTEM_USER;

    /** Why, when more than a user at a form: an import (base.ChangeContext). */
    @Column(length = 200)
    private @Nullable String reason;

    protected HistoryRevision() {}

    @Nullable
    String getReason() {
        return reason;
    }

    void setReason(@Nullable String reason) {
        this.reason = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
    }

    long getId() {
        return id == null ? 0 : id;
    }

    Instant getChangedAt() {
        return changedAt == null ? Instant.EPOCH : changedAt;
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
