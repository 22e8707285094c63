package nl.klantregistratie.correspondence;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorrespondenceRepository extends JpaRepository<Correspondence, Long> {

    List<Correspondence> findByDossierIdOrderByCreatedAtDescIdDesc(long dossierId, Pageable page);

    long countByDossierId(long dossierId);

    List<Correspondence> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    long countByRecipientId(long recipientId);
}
