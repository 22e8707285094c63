package nl.klantregistratie.privacy;

import nl.klantregistratie.test.MariaDbTest;

/** The retention job on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class RetentionMariaDbTest extends RetentionContract {}
