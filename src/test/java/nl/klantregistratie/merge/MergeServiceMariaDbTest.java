package nl.klantregistratie.merge;

import nl.klantregistratie.test.MariaDbTest;

/** Samenvoegen on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class MergeServiceMariaDbTest extends MergeServiceContract {}
