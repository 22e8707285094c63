package nl.klantregistratie.base;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.klantregistratie.test.MariaDbTest;
import nl.klantregistratie.test.MariaDbTestSupport;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Required TLS refuses a plain connection: the test server offers none, and a start-up with
 * DB_REQUIRE_TLS=true against it must stop instead of sending private data unencrypted.
 */
@MariaDbTest
class DatabaseTlsMariaDbTest {

    @Test
    void aPlainConnectionIsRefusedWhenTlsIsRequired() throws Exception {
        MariaDbDataSource plain = new MariaDbDataSource(MariaDbTestSupport.url());
        plain.setUser(MariaDbTestSupport.user());
        plain.setPassword(MariaDbTestSupport.password());

        assertThatThrownBy(() -> new DatabaseTls(plain, true).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not encrypted")
                .hasMessageContaining("sslMode=verify-full");
    }
}
