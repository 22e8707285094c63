package nl.klantregistratie.client;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BsnRevealRepository extends JpaRepository<BsnReveal, Long>, JpaSpecificationExecutor<BsnReveal> {

    @Modifying
    @Query("delete from BsnReveal b where b.revealedAt < :cutoff")
    int deleteByRevealedAtBefore(@Param("cutoff") Instant cutoff);
}
