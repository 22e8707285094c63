package nl.klantregistratie.correspondence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CorrespondenceRepository extends JpaRepository<Correspondence, Long> {

    List<Correspondence> findByDossierIdOrderByCreatedAtDescIdDesc(long dossierId, Pageable page);

    long countByDossierId(long dossierId);

    List<Correspondence> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    long countByRecipientId(long recipientId);

    @Query("select c.id from Correspondence c where c.dossierId = :id")
    List<Long> findIdsInDossierOf(@Param("id") long registrationId);

    @Query("select c.id from Correspondence c where c.recipientId = :id")
    List<Long> findIdsSentTo(@Param("id") long registrationId);

    /** Samenvoegen: these messages are filed in another klant's dossier. */
    @Modifying
    @Query("update Correspondence c set c.dossierId = :to where c.id in :ids")
    int moveToDossier(@Param("ids") Collection<Long> ids, @Param("to") long registrationId);

    /** Samenvoegen: these messages were sent to the registration that now stands for their recipient. */
    @Modifying
    @Query("update Correspondence c set c.recipientId = :to where c.id in :ids")
    int moveToRecipient(@Param("ids") Collection<Long> ids, @Param("to") long registrationId);

    /** Removes the messages made before the cut-off (retention); returns how many. */
    @Modifying
    @Query("delete from Correspondence c where c.createdAt < :cutoff")
    int deleteMadeBefore(@Param("cutoff") Instant cutoff);

    /** When the newest message to or in the dossier of this registration was made. */
    @Query("select max(c.createdAt) from Correspondence c where c.recipientId = :id or c.dossierId = :id")
    Optional<Instant> findNewestOf(@Param("id") long registrationId);

    /** Erases what the messages to this registration say of the person (AVG): they stay as a record only. */
    @Modifying
    @Query("""
            update Correspondence c
            set c.recipientName = :name, c.toAddress = '', c.subject = '', c.body = '', c.failureDetail = null
            where c.recipientId = :id
            """)
    int anonymiseRecipient(@Param("id") long registrationId, @Param("name") String name);
}
