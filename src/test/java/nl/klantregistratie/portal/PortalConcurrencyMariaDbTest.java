package nl.klantregistratie.portal;

import nl.klantregistratie.test.MariaDbTest;

/** The portal API's keys under concurrent use on MariaDB (skipped when no server is reachable, except in CI). */
@MariaDbTest
class PortalConcurrencyMariaDbTest extends PortalConcurrencyContract {

    @Override
    String runningKeyUpdatesSql() {
        return "select count(*) from information_schema.processlist"
                + " where db = database() and lower(info) like 'update portal_api_key%'";
    }
}
