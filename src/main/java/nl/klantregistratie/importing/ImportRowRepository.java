package nl.klantregistratie.importing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRowRepository extends JpaRepository<ImportRow, Long> {

    List<ImportRow> findByBatchIdOrderByRowNumber(long batchId);

    List<ImportRow> findByBatchIdAndRowNumberLessThanOrderByRowNumber(long batchId, int rowNumber);
}
