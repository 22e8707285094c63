package nl.klantregistratie.portal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiCallRepository extends JpaRepository<ApiCall, Long> {

    List<ApiCall> findAllByOrderByCalledAtDescIdDesc(Pageable page);

    @Modifying
    @Query("delete from ApiCall c where c.calledAt < :cutoff")
    int deleteCalledBefore(@Param("cutoff") Instant cutoff);
}
