package nl.klantregistratie.history;

import nl.klantregistratie.test.MariaDbTest;

/** The history on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class HistoryServiceMariaDbTest extends HistoryServiceContract {}
