package nl.klantregistratie.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * The few SQL types that H2 and MariaDB spell differently, as Flyway placeholders, so one set of
 * migrations serves both: {@code ${datetime}} is a timestamp without time zone (MariaDB's
 * TIMESTAMP would end in 2038); {@code ${blob}} holds a file of up to the import's limit (MariaDB's
 * BLOB holds only 64 KB).
 */
@Component
public class FlywayDialect implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        boolean mariaDb = isMariaDb(configuration);
        configuration.placeholders(placeholders(mariaDb));
    }

    /** The placeholders for MariaDB or for H2 (also for tests that run Flyway themselves). */
    public static Map<String, String> placeholders(boolean mariaDb) {
        return Map.of(
                "datetime", mariaDb ? "DATETIME(6)" : "TIMESTAMP(6)",
                "blob", mariaDb ? "LONGBLOB" : "BLOB");
    }

    private static boolean isMariaDb(FluentConfiguration configuration) {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mariadb") || product.contains("mysql");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot determine the database for the migrations", e);
        }
    }
}
