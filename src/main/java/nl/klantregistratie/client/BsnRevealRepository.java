package nl.klantregistratie.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BsnRevealRepository extends JpaRepository<BsnReveal, Long> {

    List<BsnReveal> findByRegistrationIdOrderByRevealedAtDesc(long registrationId);
}
