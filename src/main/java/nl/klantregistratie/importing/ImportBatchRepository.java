package nl.klantregistratie.importing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    List<ImportBatch> findTop20ByOrderByIdDesc();

    /** Asks a running import to stop after its current chunk (any instance runs it: it reads this per chunk). */
    @Modifying
    @Query("update ImportBatch b set b.cancelRequested = true where b.id = :id and b.status = 'RUNNING'")
    int requestCancel(@Param("id") long id);

    @Query("select b.cancelRequested from ImportBatch b where b.id = :id")
    boolean isCancelRequested(@Param("id") long id);

    /** Running imports nobody works on any more: their instance stopped or crashed. */
    @Query("select b.id from ImportBatch b where b.status in ('RUNNING', 'FAILED') and b.heartbeatAt < :before")
    List<Long> findAbandoned(@Param("before") Instant before);

    /**
     * Claims an abandoned import for this instance: only one claim of the same heartbeat succeeds, so
     * two instances never run one import at the same time.
     */
    @Modifying
    @Query("update ImportBatch b set b.heartbeatAt = :now, b.status = 'RUNNING', b.version = b.version + 1 "
            + "where b.id = :id and b.heartbeatAt < :before and b.status in ('RUNNING', 'FAILED')")
    int claim(@Param("id") long id, @Param("before") Instant before, @Param("now") Instant now);
}
