package nl.klantregistratie.suggestion;

import org.springframework.data.jpa.repository.JpaRepository;

interface RejectionRepository extends JpaRepository<Rejection, Long> {

    boolean existsByFirstIdAndSecondId(long firstId, long secondId);
}
