package nl.klantregistratie.base;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code klantregistratie.database.require-tls=true} (DB_REQUIRE_TLS in the mariadb profile) the
 * application refuses to start unless its connection to MariaDB is encrypted: a JDBC URL without
 * {@code sslMode}, or a server without TLS, would otherwise send BSNs and private data in plain text
 * without anyone noticing.
 */
@Component
class DatabaseTls implements InitializingBean {

    private final DataSource dataSource;
    private final boolean required;

    DatabaseTls(DataSource dataSource, @Value("${klantregistratie.database.require-tls:false}") boolean required) {
        this.dataSource = dataSource;
        this.required = required;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (required) {
            check(dataSource);
        }
    }

    /** Throws unless a connection of the data source is encrypted (MariaDB's {@code Ssl_cipher}). */
    static void check(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet cipher = statement.executeQuery("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) {
            String used = cipher.next() ? cipher.getString(2) : null;
            if (used == null || used.isBlank()) {
                throw new IllegalStateException("The database connection is not encrypted, but "
                        + "klantregistratie.database.require-tls (DB_REQUIRE_TLS) requires it: add "
                        + "sslMode=verify-full to DB_URL and make sure the server offers TLS.");
            }
        }
    }
}
