package nl.klantregistratie.merge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MergeRepository extends JpaRepository<Merge, Long> {

    /** The merges into this registration that are not undone, newest first. */
    @Query("""
            select m from Merge m where m.survivorId = :id and m.undoneAt is null and m.recordsRemovedAt is null
            order by m.mergedAt desc, m.id desc
            """)
    List<Merge> findOpenInto(@Param("id") long survivorId);

    /** The merge that made this registration a merged record, while it is one. */
    @Query("""
            select m from Merge m join m.parts p
            where p.what = 'MERGED' and p.itemId = :id and m.undoneAt is null and m.recordsRemovedAt is null
            order by m.id desc
            """)
    List<Merge> findOpenOf(@Param("id") long mergedId);

    /** The merges made before the cut-off whose records are still kept (not undone). */
    @Query("""
            select m from Merge m where m.mergedAt < :cutoff and m.undoneAt is null and m.recordsRemovedAt is null
            order by m.id
            """)
    List<Merge> findExpired(@Param("cutoff") Instant cutoff);

    default Optional<Merge> findOpenMergeOf(long mergedId) {
        return findOpenOf(mergedId).stream().findFirst();
    }
}
