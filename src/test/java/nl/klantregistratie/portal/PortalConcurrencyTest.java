package nl.klantregistratie.portal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The portal API's keys under concurrent use on the embedded database (H2). */
@SpringBootTest
@ActiveProfiles("test")
class PortalConcurrencyTest extends PortalConcurrencyContract {

    @Override
    String runningKeyUpdatesSql() {
        return "select count(*) from information_schema.sessions"
                + " where lower(executing_statement) like 'update portal_api_key%'";
    }
}
