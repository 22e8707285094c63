package nl.klantregistratie.correspondence;

import nl.klantregistratie.test.MariaDbTest;

/** The correspondence rules on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class CorrespondenceServiceMariaDbTest extends CorrespondenceServiceContract {}
