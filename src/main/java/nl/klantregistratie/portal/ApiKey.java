package nl.klantregistratie.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import nl.klantregistratie.base.OfficeTime;
import org.jspecify.annotations.Nullable;

/**
 * A key a portal client (Client-Online) uses for {@code /api/portal/**}. Only the SHA-256 hash of
 * the key is stored; the first characters (prefix) let support staff recognise it. A key may have an
 * expiry date, the last day it works. Once stored, the
 * entity is never written as a whole: revoking and last use are targeted updates
 * ({@link ApiKeyRepository#revoke}, {@link ApiKeyRepository#markUsed}).
 */
@Entity
@Table(name = "portal_api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private @Nullable String name;

    @Column(nullable = false, length = 12)
    private String keyPrefix = "";

    @Column(nullable = false, length = 64, unique = true)
    private String keyHash = "";

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false, length = 100)
    private String createdBy = "";

    private @Nullable Instant revokedAt;

    @Column(length = 100)
    private @Nullable String revokedBy;

    private @Nullable Instant lastUsedAt;

    /** The moment the key stops working: the start of the day after its expiry date; none if it does not expire. */
    private @Nullable Instant expiresAt;

    protected ApiKey() {}

    ApiKey(@Nullable String name, String keyPrefix, String keyHash, String createdBy, @Nullable LocalDate expiryDate) {
        this.name = name == null ? null : name.strip();
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.expiresAt = expiryDate == null ? null : OfficeTime.endOf(expiryDate);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name == null ? "" : name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    String getKeyHash() {
        return keyHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public @Nullable String getRevokedBy() {
        return revokedBy;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public @Nullable Instant getExpiresAt() {
        return expiresAt;
    }

    /** The last day the key works (Dutch time), if it expires. */
    public @Nullable LocalDate getExpiryDate() {
        return expiresAt == null
                ? null
                : expiresAt.atZone(OfficeTime.ZONE).toLocalDate().minusDays(1);
    }

    /** Whether the key has stopped working because its expiry date has passed. */
    public boolean isExpired() {
        return expiresAt != null && !Instant.now().isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "ApiKey[id=" + id + ", prefix=" + keyPrefix + "]";
    }
}
