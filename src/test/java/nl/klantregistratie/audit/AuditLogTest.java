package nl.klantregistratie.audit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The audit log on the embedded database (H2). */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class AuditLogTest extends AuditLogContract {}
