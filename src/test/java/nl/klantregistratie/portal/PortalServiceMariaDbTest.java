package nl.klantregistratie.portal;

import nl.klantregistratie.test.MariaDbTest;

/** Portal access on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class PortalServiceMariaDbTest extends PortalServiceContract {}
