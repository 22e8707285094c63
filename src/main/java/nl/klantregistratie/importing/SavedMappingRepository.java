package nl.klantregistratie.importing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedMappingRepository extends JpaRepository<SavedMapping, Long> {

    List<SavedMapping> findAllByOrderByNameAsc();

    Optional<SavedMapping> findByName(String name);
}
