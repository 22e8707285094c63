package nl.klantregistratie.client;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface BsnRevealRepository extends JpaRepository<BsnReveal, Long>, JpaSpecificationExecutor<BsnReveal> {}
