package nl.klantregistratie.portal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiCallRepository extends JpaRepository<ApiCall, Long> {

    List<ApiCall> findAllByOrderByCalledAtDescIdDesc(Pageable page);
}
