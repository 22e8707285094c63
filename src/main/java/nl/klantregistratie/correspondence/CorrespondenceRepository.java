package nl.klantregistratie.correspondence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorrespondenceRepository extends JpaRepository<Correspondence, Long> {

    List<Correspondence> findByDossierIdOrderByCreatedAtDescIdDesc(long dossierId);

    List<Correspondence> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId);
}
