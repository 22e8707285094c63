package nl.klantregistratie.client;

import nl.klantregistratie.test.MariaDbTest;

/** The service rules on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class ClientServiceMariaDbTest extends ClientServiceContract {}
