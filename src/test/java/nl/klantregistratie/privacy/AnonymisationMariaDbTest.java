package nl.klantregistratie.privacy;

import nl.klantregistratie.test.MariaDbTest;

/** Anonymisation on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class AnonymisationMariaDbTest extends AnonymisationContract {}
