package nl.klantregistratie.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The API keys. Revoking and marking a key used are targeted updates of their own columns, never a
 * write of the whole row: a call in flight while support revokes the key cannot write the old
 * "not revoked" back.
 */
interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    List<ApiKey> findAllByOrderByCreatedAtDescIdDesc();

    /** The id of the key with this hash if it is active now (neither revoked nor expired); reads no entity. */
    @Query("""
            select k.id from ApiKey k
            where k.keyHash = :hash and k.revokedAt is null and (k.expiresAt is null or k.expiresAt > :now)
            """)
    Optional<Long> findActiveId(@Param("hash") String hash, @Param("now") Instant now);

    @Modifying
    @Query("update ApiKey k set k.lastUsedAt = :now where k.id = :id")
    int markUsed(@Param("id") long id, @Param("now") Instant now);

    /** Revokes the key unless it is revoked already (the first revoke stays); the number of rows changed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ApiKey k set k.revokedAt = :now, k.revokedBy = :by where k.id = :id and k.revokedAt is null")
    int revoke(@Param("id") long id, @Param("now") Instant now, @Param("by") String by);
}
