package nl.klantregistratie.importing;

import nl.klantregistratie.test.MariaDbTest;

@MariaDbTest
class ImportMariaDbTest extends ImportContract {}
