package nl.klantregistratie.audit;

import nl.klantregistratie.test.MariaDbTest;

/** The audit log on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class AuditLogMariaDbTest extends AuditLogContract {}
