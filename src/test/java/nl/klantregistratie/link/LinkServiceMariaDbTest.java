package nl.klantregistratie.link;

import nl.klantregistratie.test.MariaDbTest;

/** The koppeling rules on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class LinkServiceMariaDbTest extends LinkServiceContract {}
