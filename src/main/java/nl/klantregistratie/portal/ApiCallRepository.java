package nl.klantregistratie.portal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiCallRepository extends JpaRepository<ApiCall, Long> {

    List<ApiCall> findAllByOrderByCalledAtDescIdDesc(Pageable page);

    @Query("select c.id from ApiCall c where c.headId = :headId")
    List<Long> findIdsAbout(@Param("headId") long headId);

    /** Samenvoegen: these calls read the access of the registration that now stands for that person. */
    @Modifying
    @Query("update ApiCall c set c.headId = :headId where c.id in :ids")
    int moveTo(@Param("ids") Collection<Long> ids, @Param("headId") long headId);

    @Modifying
    @Query("delete from ApiCall c where c.calledAt < :cutoff")
    int deleteCalledBefore(@Param("cutoff") Instant cutoff);
}
